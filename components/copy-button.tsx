'use client';

import { useState } from 'react';

/**
 * Copies a given text to the clipboard and says so in a live region. The text arrives as a plain string prop:
 * this island never sees a content document.
 */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2500);
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold hover:border-fg"
    >
      <span>{label}</span>
      <span aria-live="polite" className="text-accent">
        {copied ? done : ''}
      </span>
    </button>
  );
}

'use client';

import { useState, type ReactNode } from 'react';

/** Both forms where the browser takes them (a word processor pastes the HTML), else the plain text alone. */
async function writeClipboard(text: string, html?: string) {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

/**
 * Copies a given text (and, when given, its HTML form) to the clipboard and says so in a live region. The texts
 * arrive as plain string props: this island never sees a content document. Hidden without JavaScript (the
 * `no-js` variant), where it could do nothing.
 */
export function CopyButton({
  text,
  html,
  label,
  done,
  icon,
  className,
}: {
  text: string;
  html?: string;
  label: string;
  done: string;
  icon?: ReactNode;
  className: string;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await writeClipboard(text, html);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2500);
  }
  return (
    <button type="button" onClick={copy} className={`no-js:hidden ${className}`}>
      {icon}
      <span>{label}</span>
      <span aria-live="polite" className="sr-only">
        {copied ? done : ''}
      </span>
      {copied && (
        <span aria-hidden="true" className="text-accent">
          ✓
        </span>
      )}
    </button>
  );
}

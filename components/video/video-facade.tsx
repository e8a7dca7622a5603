'use client';

import { useRef, useState, type ReactNode } from 'react';

/**
 * The film's poster with a play button over it; the browser's own controls appear on the first press, and the film
 * plays. Until then the `<video>` has no `controls`: Chromium builds and styles its controls (a shadow tree of
 * buttons and sliders, styled again when the film's metadata arrives) for every player on the page, which cost a
 * release page a third of its style time (bench/README.md, issue 22). Hidden without JavaScript, where the
 * `<noscript>` player of VideoPlayer stands instead.
 */
export function VideoFacade({ label, children }: { label: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [started, setStarted] = useState(false);
  const start = () => {
    const video = frame.current?.querySelector('video');
    if (!video) return;
    video.controls = true;
    setStarted(true);
    video.focus();
    void video.play().catch(() => {
      // Refused (a browser that wants another gesture): the controls are there to start it.
    });
  };
  return (
    <div ref={frame} className="relative no-js:hidden">
      {children}
      {!started && (
        <button
          type="button"
          onClick={start}
          aria-label={label}
          className="group absolute inset-0 flex items-center justify-center"
        >
          <span className="flex size-16 items-center justify-center rounded-full bg-black/70 text-white ring-2 ring-white/80 group-hover:bg-black/90 group-focus-visible:ring-4">
            <svg viewBox="0 0 24 24" aria-hidden="true" className="size-8 translate-x-0.5 fill-current">
              <path d="M8 5v14l11-7z" />
            </svg>
          </span>
        </button>
      )}
    </div>
  );
}

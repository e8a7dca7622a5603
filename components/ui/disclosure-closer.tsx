'use client';

import { useEffect, useRef } from 'react';

/**
 * Gives the <details> it sits in the manners of a menu: Escape closes it (focus back on its summary) and so does a
 * click or tap anywhere outside it. The disclosure itself works without JavaScript; this only adds the closing.
 */
export function DisclosureCloser() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const details = marker.current?.closest('details');
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);
  return <span ref={marker} hidden />;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ogColors } from '@/lib/og/card';

describe('Open Graph card', () => {
  it('uses the colour tokens of app/globals.css', () => {
    const css = readFileSync('app/globals.css', 'utf8').toLowerCase();
    for (const colour of Object.values(ogColors)) expect(css).toContain(colour);
  });
});

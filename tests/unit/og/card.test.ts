import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ogColors } from '@/lib/og/card';

/** The colour tokens of the first :root block of app/globals.css, each `--name: light-dark(light, dark)`. */
function themeTokens(css: string): Map<string, { light: string; dark: string }> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const declarations = root.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi);
  return new Map(
    [...declarations].map(([, name = '', light = '', dark = '']) => [
      name,
      { light: light.toLowerCase(), dark: dark.toLowerCase() },
    ]),
  );
}

describe('Open Graph card', () => {
  it('takes each colour from its own token of app/globals.css, as the dark theme draws a page', () => {
    const tokens = themeTokens(readFileSync('app/globals.css', 'utf8'));
    expect(ogColors).toEqual({
      // The card is dark whatever the reader's theme: the ink of the light theme as ground, the dark theme's text.
      background: tokens.get('fg')?.light,
      text: tokens.get('fg')?.dark,
      muted: tokens.get('muted')?.dark,
      accent: tokens.get('accent')?.dark,
      band: tokens.get('accent')?.light,
    });
  });
});

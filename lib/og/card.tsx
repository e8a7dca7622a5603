import type { CSSProperties } from 'react';
import { rtlTokens } from './bidi';
import { ogFontFamily } from './fonts';

/**
 * The Open Graph card (1200×630): "smart Newsroom", the title in its language and, for a release, its date, in the
 * newsroom's colours (tokens of app/globals.css: the dark theme's background, text, muted and accent, and the
 * light theme's accent for the band). Right-to-left text goes through rtlTokens (see bidi.ts).
 */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Inner width of the card: its width less 80 px of padding on each side. */
const CONTENT_WIDTH = OG_SIZE.width - 2 * 80;

export const ogColors = {
  background: '#101216',
  text: '#eef0f3',
  muted: '#a9b0bb',
  accent: '#6fd3c6',
  band: '#0b6b62',
} as const;

export type OgCard = { title: string; date?: string; rtl: boolean };

/** Longer titles get smaller type; Chinese characters count about double, being twice as wide as Latin letters. */
function titleSize(title: string): number {
  const width = [...title].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 1.9 : 1), 0);
  if (width <= 40) return 76;
  if (width <= 70) return 64;
  if (width <= 100) return 54;
  return 46;
}

/** One paragraph: plain for left-to-right text, token by token on right-to-left lines. */
function Text({ text, rtl, style }: { text: string; rtl: boolean; style: CSSProperties & { fontSize: number } }) {
  if (!rtl) return <div style={{ ...style, display: 'flex' }}>{text}</div>;
  const gap = Math.round(style.fontSize * 0.28);
  return (
    <div
      style={{
        ...style,
        display: 'flex',
        flexDirection: 'row-reverse',
        flexWrap: 'wrap',
        justifyContent: 'flex-start',
      }}
    >
      {rtlTokens(text).map((token, i) => (
        <span key={i} style={{ marginLeft: token.spaceAfter ? gap : 0 }}>
          {token.text}
        </span>
      ))}
    </div>
  );
}

export function OgCardView({ title, date, rtl }: OgCard) {
  const align = rtl ? 'flex-end' : 'flex-start';
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: ogColors.background,
        fontFamily: ogFontFamily,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: align,
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: '64px 80px 48px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 38, color: ogColors.text }}>
          <span style={{ fontWeight: 700 }}>smart</span>
          <span style={{ marginLeft: 12, color: ogColors.accent, fontWeight: 400 }}>Newsroom</span>
        </div>
        <div style={{ display: 'flex', width: CONTENT_WIDTH, justifyContent: align }}>
          <Text
            text={title}
            rtl={rtl}
            style={{
              fontSize: titleSize(title),
              fontWeight: 700,
              lineHeight: 1.2,
              color: ogColors.text,
              width: CONTENT_WIDTH,
            }}
          />
        </div>
        <div style={{ display: 'flex', minHeight: 40 }}>
          {date ? (
            <Text text={date} rtl={rtl} style={{ fontSize: 32, fontWeight: 400, color: ogColors.muted }} />
          ) : null}
        </div>
      </div>
      <div style={{ display: 'flex', height: 16, background: ogColors.band }} />
    </div>
  );
}

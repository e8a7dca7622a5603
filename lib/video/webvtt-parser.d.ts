/**
 * The part of webvtt-parser 2.2.0 (w3c/webvtt.js, the engine of the W3C's WebVTT validator) that lib/video/webvtt.ts
 * uses: it ships no types. A CommonJS module that sets its exports at run time, so Node's ES module loader sees only
 * a default export.
 */
declare module 'webvtt-parser' {
  export type WebVTTNode =
    | { type: 'text'; value: string }
    | { type: 'timestamp'; value: number }
    | { type: 'object'; name: string; classes: string[]; value?: string; children: WebVTTNode[] };

  export type WebVTTCue = {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: WebVTTNode[] };
  };

  /** `line` is 1-based; `col` is given for some errors only. */
  export type WebVTTError = { message: string; line: number; col?: number };

  interface WebVTTParser {
    parse(
      input: string,
      mode?: 'metadata' | 'chapters',
    ): { cues: WebVTTCue[]; errors: WebVTTError[]; styles: string[] };
  }

  const webvtt: {
    /** `entities`: character references by name, with and without their semicolon (html-entities.json). */
    WebVTTParser: new (entities?: Record<string, string>) => WebVTTParser;
  };
  export default webvtt;
}

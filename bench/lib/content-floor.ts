import { chromium } from 'playwright-core';

/**
 * The content floor (issue 22): a page of ours reduced to its elements and text, which the bare Next page renders
 * as React elements in the same run. It keeps what the content itself costs the framework and the browser (the
 * elements React hydrates one by one, their layout, the text, the images) and leaves out what is ours to choose
 * (the stylesheet, the web fonts, the client components and their scripts, the head). Its styled variant keeps
 * the elements' classes, our stylesheet and fonts, and leaves out only the scripts and the head.
 *
 * A node is a text or [tag, React props, children]. Attributes are kept only where they decide what is drawn or
 * laid out (classes, links, images, form fields' types, SVG geometry, language and direction); an element our
 * stylesheet hides is kept, with `hidden`, so that React hydrates as many elements as on the page.
 */
export type ContentNode = string | [tag: string, props: Record<string, string | boolean>, children: ContentNode[]];

type Attributes = Record<string, string>;

/**
 * A page's content floor: its body's nodes and element count; for the styled variant, the <html> and <body>
 * attributes, the stylesheets and preloaded fonts (as paths on the bare site) and their files (path → bytes).
 */
export type Content = {
  nodes: ContentNode[];
  elements: number;
  html: Attributes;
  body: Attributes;
  stylesheets: string[];
  fonts: string[];
  assets: Record<string, Uint8Array>;
};

/** Where the bare site serves a file of ours (from its public/ folder), at the path the site serves it. */
const oursPath = (url: URL) => `/ours${url.pathname}`;

/** A stylesheet of the site, and each file it refers to, at their paths under /ours; its references point there. */
async function copyStylesheet(href: string, assets: Record<string, Uint8Array>): Promise<string> {
  const url = new URL(href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  let css = await response.text();
  for (const [reference, target] of Array.from(
    css.matchAll(/url\((['"]?)([^'")]+)\1\)/g),
    (m) => [m[0], m[2]] as const,
  )) {
    if (!target || target.startsWith('data:') || target.startsWith('#')) continue;
    const file = new URL(target, url);
    if (!(oursPath(file) in assets)) assets[oursPath(file)] = await download(file);
    css = css.replaceAll(reference, `url(${oursPath(file)})`);
  }
  assets[oursPath(url)] = new TextEncoder().encode(css);
  return oursPath(url);
}

async function download(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** HTML attribute → React prop, for those kept. */
const kept: Record<string, string> = {
  class: 'className',
  href: 'href',
  src: 'src',
  srcset: 'srcSet',
  sizes: 'sizes',
  alt: 'alt',
  width: 'width',
  height: 'height',
  loading: 'loading',
  decoding: 'decoding',
  fetchpriority: 'fetchPriority',
  datetime: 'dateTime',
  type: 'type',
  lang: 'lang',
  dir: 'dir',
  viewBox: 'viewBox',
  d: 'd',
  points: 'points',
  cx: 'cx',
  cy: 'cy',
  r: 'r',
  x: 'x',
  y: 'y',
  x1: 'x1',
  y1: 'y1',
  x2: 'x2',
  y2: 'y2',
};

/** Elements that are not content: the head's kind, and what the browser never draws. */
const skipped = ['script', 'style', 'link', 'meta', 'noscript', 'template', 'next-route-announcer'];

/**
 * Each page's body as the server sent it (scripts off, so nothing of the client has run), with the page's
 * language and direction on the outermost element. Images' addresses are made absolute, so that the bare page,
 * on its own port, loads the same files.
 */
export async function captureContent(pages: Record<string, string>, executablePath: string) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const contents: Record<string, Content> = {};
    for (const [name, url] of Object.entries(pages)) {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      // tsx compiles this file keeping functions' names, with a helper the page does not have.
      await page.evaluate('globalThis.__name = (f) => f');
      const captured = await page.evaluate(
        ({ kept, skipped }) => {
          let elements = 0;
          const absolute = (value: string) => new URL(value, location.href).href;
          const walk = (node: Node): ContentNode | undefined => {
            if (node.nodeType === Node.TEXT_NODE)
              return node.textContent?.trim() ? (node.textContent ?? '') : undefined;
            if (!(node instanceof Element) || skipped.includes(node.localName)) return undefined;
            elements++;
            const props: Record<string, string | boolean> = {};
            for (const { name, value } of Array.from(node.attributes)) {
              const prop = kept[name];
              if (!prop) continue;
              if (name === 'src' || name === 'href') props[prop] = absolute(value);
              else if (name === 'srcset')
                props[prop] = value
                  .split(',')
                  .map((candidate) => candidate.trim().replace(/^\S+/, absolute))
                  .join(', ');
              else props[prop] = value;
            }
            if (getComputedStyle(node).display === 'none') props.hidden = true;
            const children = Array.from(node.childNodes)
              .map(walk)
              .filter((child): child is ContentNode => child !== undefined);
            return [node.localName, props, children];
          };
          const body = walk(document.body) as [string, Record<string, string | boolean>, ContentNode[]];
          elements--; // the body itself: the bare page has its own
          const root = document.documentElement;
          const attributes = (element: Element) =>
            Object.fromEntries(
              ['class', 'lang', 'dir']
                .filter((name) => element.hasAttribute(name))
                .map((name) => [name === 'class' ? 'className' : name, element.getAttribute(name) ?? '']),
            );
          return {
            nodes: [['div', { lang: root.lang, dir: root.dir || 'ltr' }, body[2]]] as ContentNode[],
            elements,
            html: attributes(root),
            body: attributes(document.body),
            stylesheets: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'), (l) => l.href),
            fonts: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]'), (l) => l.href),
          };
        },
        { kept, skipped },
      );
      const assets: Record<string, Uint8Array> = {};
      const stylesheets = [];
      for (const href of captured.stylesheets) stylesheets.push(await copyStylesheet(href, assets));
      const fonts = captured.fonts.map((href) => oursPath(new URL(href)));
      for (const font of fonts)
        if (!(font in assets)) throw new Error(`${font} is preloaded but no stylesheet uses it`);
      contents[name] = { ...captured, stylesheets, fonts, assets };
    }
    return contents;
  } finally {
    await browser.close();
  }
}

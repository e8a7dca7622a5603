import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { everywhereSlug, locales } from '../support/site';

/**
 * URL fuzzing: hundreds of generated URLs and methods, each answered with 4xx (or a page or redirect where one
 * exists), never 5xx. The generator is seeded, so a failure names a URL that fails again on the next run.
 */
test.describe.configure({ timeout: 120_000 });

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20_261_127);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const word = (length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_') =>
  Array.from({ length }, () => pick([...alphabet])).join('');
const oddText = [
  '日本語',
  'смарт',
  'عربي',
  '🚗⚡',
  'a b',
  'x"y',
  "o'k",
  '<script>',
  '%',
  '?q',
  '#frag',
  ';',
  '\\',
  '\u0000',
  '\u202e',
];

/** Paths that name nothing: the localized 404 page, status 404. */
function unknownPaths(): string[] {
  const paths: string[] = [];
  for (let i = 0; i < 40; i++) {
    const locale = pick(locales);
    const noise = word(6 + Math.floor(next() * 30));
    paths.push(
      ...[
        `/${locale}/${noise}`,
        `/${locale}/releases/${noise}`,
        `/${locale}/releases/page/${Math.floor(next() * 1e6) + 500}`,
        `/${locale}/releases/topic/${noise}`,
        `/${locale}/releases/year/${Math.floor(next() * 9000) + 1000}0`,
        `/${locale}/releases/model/${noise}/page/2`,
        `/${locale}/${encodeURIComponent(pick(oddText))}${noise}`,
        `/${locale}/about/${noise}/${noise}`,
      ],
    );
  }
  const locale = pick(locales);
  paths.push(
    `/${locale}/releases/page/0`,
    `/${locale}/releases/page/1`,
    `/${locale}/releases/page/-3`,
    `/${locale}/releases/page/1e3`,
  );
  paths.push(
    `/${locale}/${'a'.repeat(2_000)}`,
    `/${locale}/releases/${'x'.repeat(6_000)}`,
    `/${locale}/${'%F0%9F%9A%97'.repeat(300)}`,
  );
  return paths;
}

/** Files under a locale or /media/ that do not exist: a plain 404 from the proxy or the route. */
function unknownFiles(): string[] {
  return Array.from({ length: 30 }, () => {
    const locale = pick(locales);
    return pick([
      `/${locale}/feeds/${word(8)}.${pick(['rss', 'atom', 'json', 'xml'])}`,
      `/${locale}/contacts/${word(10)}.vcf`,
      `/media/${word(12)}/${word(6)}.${pick(['jpg', 'png', 'pdf', 'exe'])}`,
      `/media/${everywhereSlug}/${word(6)}.jpg`,
    ]);
  });
}

test('generated unknown URLs answer 404, never 5xx', async ({ request }) => {
  const paths = [...unknownPaths(), ...unknownFiles()];
  expect(paths.length).toBeGreaterThan(300);
  const failures: string[] = [];
  for (let i = 0; i < paths.length; i += 8) {
    await Promise.all(
      paths.slice(i, i + 8).map(async (path) => {
        const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
        const status = response.status();
        // Very long URLs may be refused before routing (414/431): still a 4xx.
        const ok = path.length > 4_000 ? status >= 400 && status < 500 : status === 404;
        if (!ok) failures.push(`${status} ${path.slice(0, 120)}`);
      }),
    );
  }
  expect(failures).toEqual([]);
});

test('unknown locales, odd spellings and unknown root files end in a 404 or the canonical page', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const unknown = [
    'xx',
    'en-US',
    'zh-Hant',
    'pt',
    'iw',
    'ara',
    '-',
    '_next',
    'undefined',
    'null',
    ...Array.from({ length: 30 }, () => word(2, 'abcdefghijklmnopqrstuvwxyz')),
  ];
  const failures: string[] = [];
  const check = async (path: string, expected: (status: number, url: string) => boolean) => {
    const response = await request.get(path, { maxRedirects: 5, failOnStatusCode: false });
    if (!expected(response.status(), response.url()))
      failures.push(`${response.status()} ${path} -> ${response.url()}`);
  };
  for (const prefix of unknown.filter((p) => !(locales as readonly string[]).includes(p))) {
    for (const rest of ['', '/releases', `/releases/${everywhereSlug}`, '/about/history']) {
      // Un-prefixed paths are sent to a language first (cookie, Accept-Language, English), where they do not exist.
      await check(`/${prefix}${rest}`, (status) => status === 404);
    }
  }
  // A locale spelled in capitals is the same language: redirected to its canonical, lower-case URL.
  for (const prefix of ['EN', 'De', 'ZH'])
    await check(
      `/${prefix}/releases`,
      (status, url) => status === 200 && url === `${origin}/${prefix.toLowerCase()}/releases`,
    );
  for (let i = 0; i < 20; i++)
    await check(`/${word(10)}.${pick(['php', 'env', 'bak', 'sql', 'xml', 'txt'])}`, (status) => status === 404);
  expect(failures).toEqual([]);
});

/** A raw request: the path goes on the wire byte for byte (URL classes would normalize ../ and %-escapes). */
function raw(path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(test.info().project.use.baseURL ?? '');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, path, method, headers: { connection: 'close' }, timeout: 15_000 },
      (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => (body.length < 200_000 ? (body += chunk) : undefined));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

test('traversal and malformed encodings never reach a file outside the site and never fail', async () => {
  const paths = [
    '/../../../../etc/passwd',
    '/en/../../etc/passwd',
    '/en/..%2f..%2f..%2fetc%2fpasswd',
    '/en/%2e%2e/%2e%2e/package.json',
    `/media/${everywhereSlug}/..%2f..%2f..%2fpackage.json`,
    `/media/${everywhereSlug}/..%2findex.en.md`,
    `/media/${everywhereSlug}/index.en.md`,
    '/media/..%2f..%2fpackage.json/hero.jpg',
    '/media/%2e%2e/%2e%2e/package.json',
    '/_next/static/..%2f..%2fpackage.json',
    '/_next/static/../../package.json',
    '/_next/../package.json',
    '/_next/static/chunks/%2e%2e%2f%2e%2e%2fBUILD_ID',
    '/en/feeds/..%2f..%2fpackage.json',
    '/en/contacts/..%2f..%2fcontent%2fcontacts%2fdesk.yaml',
    '/package.json',
    '/.env',
    '/.git/config',
    '/.next/BUILD_ID',
    '/content/releases',
    '/node_modules/next/package.json',
    '/en/%',
    '/en/%zz',
    '/en/%c0%af',
    '/en/%ff%fe',
    '/en/%00',
    '/%00',
    '/en/releases/%2e%2e',
    '//etc/passwd',
    '/en//releases',
    `/en/releases/${everywhereSlug}%00`,
    '/en/%E0%A4%A',
    '/en/releases/%uFF0E%uFF0E',
    `/en/${'%2e%2e%2f'.repeat(50)}etc/passwd`,
    '/en?%',
    '/en?a=%zz&b=%00',
  ];
  const failures: string[] = [];
  for (const path of paths) {
    const { status, body } = await raw(path);
    const leaked =
      /root:x:0:0|"name":\s*"smart-newsroom"|^[0-9A-Za-z_-]{21}$|\[core\]|title: "/m.test(body) && status === 200;
    if (
      status >= 500 ||
      leaked ||
      (status >= 200 && status < 300 && !path.startsWith('/en?') && path !== '/en//releases')
    ) {
      failures.push(`${status}${leaked ? ' (leaked)' : ''} ${path}`);
    }
  }
  expect(failures).toEqual([]);
});

test('odd methods never fail: 405 for writes to read-only URLs, 400 for unknown methods', async () => {
  const targets = [
    '/en',
    `/en/releases/${everywhereSlug}`,
    '/en/no-such-page',
    '/en/contacts/global-communications.vcf',
    '/en/feeds/releases.rss',
    `/media/${everywhereSlug}/hero.jpg`,
  ];
  const failures: string[] = [];
  for (const path of targets) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'HEAD', 'OPTIONS']) {
      const { status } = await raw(path, method);
      // Pages, feeds and files are read-only (proxy.ts and the download handler refuse writes).
      const refused = ['POST', 'PUT', 'DELETE', 'PATCH'].includes(method);
      if (status >= 500 || (refused && status !== 405)) failures.push(`${method} ${path}: ${status}`);
    }
    // Node's HTTP parser refuses methods it does not know before any routing.
    const { status } = await raw(path, 'FOO');
    if (status !== 400) failures.push(`FOO ${path}: ${status}`);
  }
  expect(failures).toEqual([]);
});

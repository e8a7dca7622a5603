import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { formatFileSize } from '../../lib/media/format';
import { everywhereSlug, expectAccessible, locales, messages } from '../support/site';

/** Release videos as a person meets them: the player with captions, the transcript, the downloads, the embed. */
const folder = 'content/releases/2025-07-15-first-half-2025';
const firstCue = (locale: string) =>
  readFileSync(`${folder}/b-roll.${locale}.vtt`, 'utf8')
    .split(/\r?\n\r?\n/)[1]
    ?.split('\n')
    .slice(1)
    .join('\n');

for (const locale of ['en', 'ar'] as const) {
  test(`the ${locale} player plays the film and shows the ${locale} captions`, async ({ page }) => {
    await page.goto(`/${locale}/embed/${everywhereSlug}/b-roll`);
    const video = page.locator('video');
    const tracks = await video.evaluate((element: HTMLVideoElement) =>
      [...element.textTracks].map((track) => [track.language, track.mode]),
    );
    expect(tracks.map(([language]) => language)).toEqual(['en', 'de', 'fr', 'es', 'zh-Hans', 'ar']);
    expect(tracks.filter(([, mode]) => mode === 'showing').map(([language]) => language)).toEqual([
      locale === 'en' ? 'en' : 'ar',
    ]);
    await video.evaluate((element: HTMLVideoElement) => {
      element.muted = true;
      return element.play();
    });
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 8_000 })
      .toBeGreaterThan(1);
    expect(await video.evaluate((element: HTMLVideoElement) => element.videoWidth)).toBe(1280);
    // Back to 0:01, inside the first cue: the showing track's active cue is the locale's first.
    const cue = await video.evaluate(async (element: HTMLVideoElement) => {
      element.pause();
      await new Promise((resolve) => {
        element.addEventListener('seeked', resolve, { once: true });
        element.currentTime = 1;
      });
      const showing = [...element.textTracks].find((track) => track.mode === 'showing');
      for (let i = 0; i < 50; i++) {
        const active = showing?.activeCues?.[0];
        if (active instanceof VTTCue && active.startTime === 0) return active.text;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return undefined;
    });
    expect(cue).toBe(firstCue(locale));
  });
}

test('the player shows its poster and a play button; the press starts the film with the browser’s controls', async ({
  page,
  browser,
}) => {
  await page.goto(`/ar/releases/${everywhereSlug}`);
  const section = page.getByRole('region', { name: messages('ar').video.heading });
  const title = (await section.locator('h3').first().textContent()) ?? '';
  const video = section.locator('video');
  // No controls yet: Chromium would build and style them for a player nobody has started (issue 22).
  await expect(video).toHaveCount(1);
  await expect(video).not.toHaveAttribute('controls');
  const play = section.getByRole('button', { name: messages('ar').video.play.replace('{title}', title) });
  await play.click();
  await expect(play).toHaveCount(0);
  await expect(video).toHaveAttribute('controls');
  await expect(video).toBeFocused();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 8_000 })
    .toBeGreaterThan(0.5);
  // The reader's captions are there as before.
  const showing = await video.evaluate((element: HTMLVideoElement) =>
    [...element.textTracks].filter((track) => track.mode === 'showing').map((track) => track.language),
  );
  expect(showing).toEqual(['ar']);

  // Without JavaScript the browser's own player stands there from the start, and nothing that needs a script.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`/ar/releases/${everywhereSlug}`);
  const player = still.getByRole('region', { name: messages('ar').video.heading });
  const shown = player.locator('video:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute('controls');
  await expect(player.locator('button:visible')).toHaveCount(0);
  await context.close();
});

test('the player page may be framed by another site; a release page may not', async ({ page, baseURL }) => {
  const embed = `${baseURL}/en/embed/${everywhereSlug}/b-roll`;
  const response = await page.request.get(embed);
  expect(response.headers()['x-frame-options']).toBeUndefined();
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(response.headers()['x-robots-tag'] ?? (await response.text())).toMatch(/noindex/);
  // Another site, served from this machine (a page Playwright made up would count as public, and Chromium keeps
  // public pages from framing loopback addresses).
  const html = `<!doctype html><title>elsewhere</title><iframe id="a" src="${embed}"></iframe><iframe id="b" src="${baseURL}/en/releases/${everywhereSlug}"></iframe>`;
  const elsewhere = createServer((_request, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(html),
  );
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  const address = elsewhere.address();
  await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
  // The player loads in its frame; the release page's frame is refused (Chromium shows its error page instead).
  await expect.poll(() => page.frame({ url: embed })?.locator('video').count()).toBe(1);
  await expect
    .poll(() => page.frames().map((frame) => frame.url().replace(/^chrome-error:.*$/, 'refused')))
    .toEqual([page.url(), embed, 'refused']);
  elsewhere.close();
});

test('the release page shows the transcript, downloads with their sizes and the embed code', async ({
  page,
  request,
}) => {
  await page.goto(`/de/releases/${everywhereSlug}`);
  const section = page.getByRole('region', { name: messages('de').video.heading });
  await section.getByText(messages('de').video.transcript, { exact: true }).click();
  await expect(section.locator('details p').first()).toContainText('abstrakte Grafik');
  for (const link of await section.locator('a[data-bytes]').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    const size = (await request.head(href)).headers()['content-length'];
    expect(await link.getAttribute('data-bytes'), href).toBe(size);
    if (href.endsWith('.mp4')) await expect(link).toContainText(formatFileSize('de', Number(size)));
  }
  await expect(section.locator('textarea')).toHaveValue(
    new RegExp(`^<iframe src="http://[^"]+/de/embed/${everywhereSlug}/b-roll" title="[^"]+"`),
  );
});

for (const locale of locales) {
  test(`the player page and a release with a video pass axe in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/embed/${everywhereSlug}/b-roll`);
    await expectAccessible(page);
    await page.goto(`/${locale}/releases/${everywhereSlug}`);
    await expectAccessible(page);
  });
}

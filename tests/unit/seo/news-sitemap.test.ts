import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsSitemapXml, recentReleases } from '@/lib/seo/news-sitemap';
import { fixtureRelease as release } from '@/tests/support/release-data';

const site = 'https://newsroom.example';

describe('news sitemap', () => {
  const clock = new Date('2025-06-10T12:00:00Z');
  const hours = (h: number) => new Date(clock.getTime() - h * 3_600_000).toISOString();
  const releases = [
    release('just-now', 'en', hours(1)),
    release('just-now', 'zh', hours(1), { title: '标题 & <特别>' }),
    release('almost-two-days', 'de', hours(47.9)),
    release('too-old', 'en', hours(48.1)),
    release('embargoed', 'en', hours(-1)),
    release('draft', 'en', hours(2), { draft: true }),
  ];

  it('keeps exactly the public translations of the last two days, newest first', () => {
    expect(recentReleases(releases, clock).map((r) => `${r.locale}/${r.slug}`)).toEqual([
      'en/just-now',
      'zh/just-now',
      'de/almost-two-days',
    ]);
    expect(recentReleases(releases, new Date(clock.getTime() + 48 * 3_600_000)).map((r) => r.slug)).toEqual([
      'embargoed',
    ]);
  });

  it('writes the news namespace with publication, language, date and title', () => {
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(
      newsSitemapXml(recentReleases(releases, clock), site),
    );
    const zh = parsed.urlset.url[1];
    expect(zh.loc).toBe(`${site}/zh/releases/just-now`);
    expect(zh['news:news']['news:publication']).toEqual({ 'news:name': 'smart Newsroom', 'news:language': 'zh-cn' });
    expect(zh['news:news']['news:publication_date']).toBe(hours(1));
    expect(zh['news:news']['news:title']).toBe('标题 & <特别>');
    expect(newsSitemapXml([], site)).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });
});

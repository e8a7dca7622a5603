import { describe, expect, it } from 'vitest';
import { breadcrumbList, isoDuration, newsArticle, organization, serializeJsonLd } from '@/lib/seo/structured-data';

const site = 'https://newsroom.example';

describe('structured data', () => {
  it('describes a release as a NewsArticle with dates, dateline, language, three images and its publisher', () => {
    const article = newsArticle({
      siteUrl: site,
      path: '/zh/releases/x',
      headline: '标题',
      description: '摘要',
      datePublished: '2025-07-15T10:00:00+08:00',
      dateline: 'Shanghai',
      inLanguage: 'zh-Hans',
      images: ['/media/x/hero.jpg/1x1', '/media/x/hero.jpg/4x3', '/media/x/hero.jpg/16x9'],
    });
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '标题',
      description: '摘要',
      datePublished: '2025-07-15T10:00:00+08:00',
      dateModified: '2025-07-15T10:00:00+08:00',
      dateline: 'Shanghai',
      inLanguage: 'zh-Hans',
      url: `${site}/zh/releases/x`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${site}/zh/releases/x` },
      image: [`${site}/media/x/hero.jpg/1x1`, `${site}/media/x/hero.jpg/4x3`, `${site}/media/x/hero.jpg/16x9`],
      author: { '@type': 'Organization', name: 'smart' },
      publisher: {
        '@type': 'Organization',
        name: 'smart',
        url: site,
        logo: { '@type': 'ImageObject', url: `${site}/logo.png` },
      },
    });
    expect(
      newsArticle({
        ...article,
        siteUrl: site,
        path: '/x',
        headline: 'h',
        description: 'd',
        datePublished: '2025-01-01T00:00:00Z',
        dateModified: '2025-02-01T00:00:00Z',
        dateline: 'Berlin',
        inLanguage: 'de',
        images: [],
      }).dateModified,
    ).toBe('2025-02-01T00:00:00Z');
  });

  it('names each video as a VideoObject with its files, length, transcript and rights', () => {
    const article = newsArticle({
      siteUrl: site,
      path: '/de/releases/x',
      headline: 'h',
      description: 'd',
      datePublished: '2025-07-15T10:00:00+08:00',
      dateline: 'Shanghai',
      inLanguage: 'de',
      images: [],
      videos: [
        {
          name: 'B-Roll',
          description: 'Zehn Sekunden',
          thumbnail: '/media/x/b-roll.jpg',
          content: '/media/x/b-roll.mp4',
          embed: '/de/embed/x/b-roll',
          duration: 10.01,
          transcript: 'Musik.',
          credit: 'smart',
          copyrightNotice: '© 2025 smart',
        },
      ],
    });
    expect(article.video).toEqual([
      {
        '@type': 'VideoObject',
        name: 'B-Roll',
        description: 'Zehn Sekunden',
        thumbnailUrl: `${site}/media/x/b-roll.jpg`,
        uploadDate: '2025-07-15T10:00:00+08:00',
        duration: 'PT10S',
        contentUrl: `${site}/media/x/b-roll.mp4`,
        embedUrl: `${site}/de/embed/x/b-roll`,
        inLanguage: 'de',
        transcript: 'Musik.',
        creditText: 'smart',
        copyrightNotice: '© 2025 smart',
        acquireLicensePage: `${site}/de/releases/x`,
      },
    ]);
    expect([isoDuration(0.4), isoDuration(60), isoDuration(75), isoDuration(3601)]).toEqual([
      'PT0S',
      'PT1M',
      'PT1M15S',
      'PT60M1S',
    ]);
  });

  it('describes the organization without sameAs (we know no official profiles)', () => {
    const org = organization(site);
    expect(org).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'smart',
      url: site,
      logo: { '@type': 'ImageObject', url: `${site}/logo.png` },
    });
  });

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const list = breadcrumbList(site, [
      { href: '/en', label: 'Home' },
      { href: '/en/about', label: 'About' },
      { href: '/en/about/history', label: 'History' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/en` },
      { '@type': 'ListItem', position: 2, name: 'About', item: `${site}/en/about` },
      { '@type': 'ListItem', position: 3, name: 'History', item: `${site}/en/about/history` },
    ]);
  });

  it('escapes "<" so that no value can close the script element, and stays valid JSON', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> <!-- x' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> <!-- x' });
  });
});

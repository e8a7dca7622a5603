import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEditorial, parseReleases } from '@/lib/content/check/editorial';
import { linkFacts, sitePathProblem } from '@/lib/content/check/link-facts';
import { scanContent } from '@/lib/content/check/validate';

describe('the link rule of the content check, over the real content', () => {
  const root = path.resolve('content');
  const scan = scanContent(root);
  const parsed = parseReleases(scan);
  const facts = linkFacts(scan, root, parsed);

  it('accepts every URL the site answers, including those it used to refuse', () => {
    const fine = [
      '/en/press-kits/first-half-2025.zip',
      '/ar/press-kits/first-half-2025.zip',
      '/en/media/page/2',
      '/en/media/topic/brand',
      '/de/media/model/smart-5',
      '/news-sitemap.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/en/feeds/partnerships.json',
      '/zh/og/releases/first-half-2025.png',
      '/en/og/about.png',
      '/media/first-half-2025/hero.jpg',
      '/media/first-half-2025/hero.jpg/16x9',
      '/media/first-half-2025/b-roll.mp4',
      '/media/first-half-2025/b-roll-720p.mp4',
      '/media/first-half-2025/b-roll.jpg',
      '/media/first-half-2025/b-roll.ar.vtt',
      '/en/contacts/global-communications.vcf',
      '/fr/search',
      '/es/subscribe',
      '/fr/releases/smart-5-ai-interaction',
      '/releases/first-half-2025',
      '/',
      '/en/releases/year/2025',
      '/en/releases/topic/products/model/smart-5',
    ];
    expect(fine.map((url) => [url, sitePathProblem(facts, url)])).toEqual(fine.map((url) => [url, undefined]));
  });

  it('refuses URLs that do not exist, with a suggestion', () => {
    const broken = [
      '/en/releases/first-half-2052',
      '/en/media/page/99',
      '/fr/press-kits/smart-5-ai-interaction.zip',
      '/en/contacts/nobody.vcf',
      '/media/first-half-2025/nope.jpg',
      '/media/first-half-2025/b-roll.xx.vtt',
      '/media/global-operation-2025/b-roll.mp4',
      '/en/releases/year/1999',
    ];
    for (const url of broken) expect(sitePathProblem(facts, url), url).toMatch(/does not exist/);
    expect(sitePathProblem(facts, '/en/releases/first-half-2052')).toContain(
      'Did you mean /en/releases/first-half-2025?',
    );
    expect(sitePathProblem(facts, '/en/releases/model/smart-5/topic/products')).toContain(
      'Did you mean /en/releases/topic/products/model/smart-5?',
    );
  });

  it('finds no broken link in the real content', async () => {
    expect((await checkEditorial(scan, root)).filter((f) => f.rule === 'link')).toEqual([]);
  });
});

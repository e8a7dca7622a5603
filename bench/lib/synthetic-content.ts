import { cpSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '../../lib/i18n/locales';
import { releaseFileName } from '../../lib/content/file-names';
import { models, topics } from '../../lib/content/taxonomy';

/**
 * A content folder of `count` synthetic releases in all six languages (realistic length: dateline fields,
 * highlights, a hero image, a few paragraphs, a heading, a list and a pull quote), added to a copy of content/. Written to a temporary folder by bench/scale.ts, never committed.
 */
const sentences: Record<(typeof locales)[number], string> = {
  en: 'smart continued to expand its global footprint with new partners, stores and services for urban electric mobility.',
  de: 'smart hat seine weltweite Präsenz mit neuen Partnern, Stores und Diensten für urbane Elektromobilität weiter ausgebaut.',
  fr: 'smart a poursuivi son expansion mondiale avec de nouveaux partenaires, magasins et services pour la mobilité électrique urbaine.',
  es: 'smart siguió ampliando su presencia mundial con nuevos socios, tiendas y servicios para la movilidad eléctrica urbana.',
  zh: 'smart 持续拓展全球业务，为城市电动出行带来新的合作伙伴、门店和服务。',
  ar: 'واصلت smart توسيع حضورها العالمي مع شركاء ومتاجر وخدمات جديدة للتنقل الكهربائي في المدن.',
};

function release(index: number, locale: (typeof locales)[number], date: Date): string {
  const sentence = sentences[locale];
  const paragraph = (n: number) => Array.from({ length: 4 }, (_, k) => `${sentence} (${index}.${n}.${k})`).join(' ');
  const topic = topics[index % topics.length] ?? 'corporate';
  const second = topics[(index * 7 + 3) % topics.length] ?? 'brand';
  const model = models[index % models.length] ?? 'smart-1';
  return `---
title: "Synthetic release ${index} (${locale}): smart news for the scale benchmark"
summary: "${sentence}"
publishedAt: "${date.toISOString().slice(0, 10)}T10:00:00+08:00"
timeZone: "Asia/Shanghai"
location: "Shanghai"
topics: [${topic === second ? topic : `${topic}, ${second}`}]
models: [${model}]
highlights:
  - "${sentence}"
  - "Highlight ${index} for the benchmark"
hero:
  file: "hero.jpg"
  alt: "A teal rectangle standing in for a press photograph"
  caption: "Synthetic artwork ${index}"
  credit: "smart Automobile Co., Ltd."
  usage: "editorial"
contacts: [global-communications]
---

${paragraph(1)}

> "${sentence}"
>
> — Tong Xiangbei, Global CEO of smart

## Section ${index}

${paragraph(2)}

- ${sentence}
- ${sentence}
- ${sentence}

${paragraph(3)}
`;
}

/** Writes the folder; images are hard links to one small JPEG, so 5,000 releases cost little disk. */
export function writeSyntheticContent(target: string, count: number, projectRoot: string): { files: number } {
  const source = path.join(projectRoot, 'content');
  // The real content comes along (its brand pages link to its releases, which the content check verifies).
  cpSync(source, target, { recursive: true });
  const image = path.join(projectRoot, 'tests', 'fixtures', 'content', 'releases', '2025-07-15-sample', 'hero.jpg');
  const newest = Date.UTC(2025, 5, 30);
  let files = 0;
  for (let index = 0; index < count; index++) {
    // About two releases every three days, going back in time: ten years at 5,000 releases.
    const date = new Date(newest - Math.floor(index * 0.7) * 86_400_000);
    const folder = path.join(target, 'releases', `${date.toISOString().slice(0, 10)}-synthetic-release-${index}`);
    mkdirSync(folder, { recursive: true });
    linkSync(image, path.join(folder, 'hero.jpg'));
    for (const locale of locales) {
      writeFileSync(path.join(folder, releaseFileName(locale)), release(index, locale, date));
      files++;
    }
  }
  return { files };
}

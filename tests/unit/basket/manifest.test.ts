import { describe, expect, it } from 'vitest';
import { basketReadme, manifestCsv, type PlannedFile, type Refusal } from '@/lib/basket/manifest';

const hero: PlannedFile = {
  path: 'first-half-2025/hero.jpg',
  kind: 'image',
  releaseTitle: 'Absatz, erstes Halbjahr',
  releaseUrl: 'https://newsroom.example/de/releases/first-half-2025',
  rendition: 'original',
  width: 3000,
  height: 2000,
  bytes: 1_234_567,
  credit: 'smart Automobile Co., Ltd.',
  copyright: '© 2025 smart Automobile Co., Ltd.',
  usage: 'Nur für redaktionelle Zwecke',
  expires: '2027-12-31',
  caption: 'Der "smart #5"\n  in Mailand',
  alt: 'Ein blauer smart #5',
};
const video: PlannedFile = {
  path: 'smart-5/broll-1080p.mp4',
  kind: 'video',
  releaseTitle: 'سيارة smart #5 BRABUS',
  releaseUrl: 'https://newsroom.example/ar/releases/smart-5',
  rendition: '1080p',
  width: 1920,
  height: 1080,
  bytes: 427_796,
  duration: 10,
  credit: 'smart',
  usage: 'للاستخدام التحريري فقط',
  caption: 'سيارة smart #5 في ميلانو',
};
const captions: PlannedFile = {
  path: 'smart-5/broll.ar.vtt',
  kind: 'captions',
  releaseTitle: 'سيارة smart #5 BRABUS',
  releaseUrl: 'https://newsroom.example/ar/releases/smart-5',
  bytes: 312,
};
const refused: Refusal[] = [
  { key: 'embargoed/hero.jpg:web', reason: 'unavailable' },
  { key: 'old-news/sheet.pdf:original', reason: 'expired', expires: '2026-11-30' },
];

describe('manifest.csv', () => {
  it('has a BOM, English columns, CRLF rows and RFC 4180 quoting (comma, quote, newline, Arabic)', () => {
    const csv = manifestCsv('de', [hero, video, captions]);
    expect(csv.startsWith('\uFEFFpath,kind,release_title,')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'path,kind,release_title,release_url,rendition,width,height,bytes,duration,credit,copyright,usage,usage_terms,expires,caption,alt',
      'first-half-2025/hero.jpg,image,"Absatz, erstes Halbjahr",https://newsroom.example/de/releases/first-half-2025,original,3000,2000,1234567,,"smart Automobile Co., Ltd.","© 2025 smart Automobile Co., Ltd.",Nur für redaktionelle Zwecke,Nur für redaktionelle Zwecke. Nutzbar bis 31. Dezember 2027.,2027-12-31,"Der ""smart #5""\n  in Mailand",Ein blauer smart #5',
      'smart-5/broll-1080p.mp4,video,سيارة smart #5 BRABUS,https://newsroom.example/ar/releases/smart-5,1080p,1920,1080,427796,10,smart,,للاستخدام التحريري فقط,للاستخدام التحريري فقط,,سيارة smart #5 في ميلانو,',
      'smart-5/broll.ar.vtt,captions,سيارة smart #5 BRABUS,https://newsroom.example/ar/releases/smart-5,,,,312,,,,,,,,',
      '',
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const hostile = ['=HYPERLINK("https://evil.example")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'a=b'];
    const rows = hostile.map((caption) => manifestCsv('en', [{ ...captions, caption }]).split('\r\n')[1]);
    expect(rows.map((row) => row?.split(',').slice(14).join(','))).toEqual([
      `"'=HYPERLINK(""https://evil.example"")",`,
      "'+1,",
      "'-2+3,",
      "'@SUM(A1),",
      "'\tx,",
      `"'\rx",`,
      'a=b,',
    ]);
  });
});

describe('README.txt', () => {
  it('tells a German basket’s files, rights and refusals in German', () => {
    expect(basketReadme('de', '2026-12-05T10:00:00Z', [hero, captions], refused).split('\n')).toEqual([
      'smart Newsroom: Downloadkorb',
      'Erstellt am 5. Dezember 2026 um 10:00 UTC.',
      '',
      'Bildnachweise und Nutzungsbedingungen stehen auch in jeder Bilddatei, als IPTC- und XMP-Metadaten.',
      'manifest.csv enthält dieselben Angaben als Tabelle, eine Zeile pro Datei.',
      '',
      'first-half-2025/hero.jpg',
      '  Pressemitteilung: Absatz, erstes Halbjahr',
      '  Bildnachweis: smart Automobile Co., Ltd.',
      '  Copyright: © 2025 smart Automobile Co., Ltd.',
      '  Nutzungsbedingungen: Nur für redaktionelle Zwecke. Nutzbar bis 31. Dezember 2027.',
      '  Quelle: https://newsroom.example/de/releases/first-half-2025',
      '  Bildunterschrift: Der "smart #5" in Mailand',
      '',
      'smart-5/broll.ar.vtt',
      '  Pressemitteilung: \u2068سيارة smart #5 BRABUS\u2069',
      '  Quelle: https://newsroom.example/ar/releases/smart-5',
      '',
      'Nicht enthalten:',
      '  Nicht mehr verfügbar: embargoed/hero.jpg:web',
      '  Nutzungszeitraum am 30. November 2026 abgelaufen: old-news/sheet.pdf:original',
      '',
    ]);
  });

  it('tells an Arabic basket in Arabic, Latin values isolated in their lines', () => {
    expect(basketReadme('ar', '2026-12-05T10:00:00Z', [video], refused).split('\n')).toEqual([
      'smart المركز الإعلامي: سلة التنزيل',
      'أُنشئ في 5 ديسمبر 2026 في 10:00 ص UTC.',
      '',
      'حقوق الصور وشروط الاستخدام مكتوبة أيضًا داخل كل ملف صورة، في بيانات IPTC وXMP الوصفية.',
      'يسرد الملف manifest.csv المعلومات نفسها لجداول البيانات، سطرًا لكل ملف.',
      '',
      'smart-5/broll-1080p.mp4',
      '  بيان صحفي: \u2068سيارة smart #5 BRABUS\u2069',
      '  حقوق الصورة: \u2068smart\u2069',
      '  شروط الاستخدام: للاستخدام التحريري فقط',
      '  المصدر: \u2068https://newsroom.example/ar/releases/smart-5\u2069',
      '  التعليق: \u2068سيارة smart #5 في ميلانو\u2069',
      '',
      'غير مضمَّن:',
      '  لم يعد متاحًا: \u2068embargoed/hero.jpg:web\u2069',
      '  انتهت فترة الاستخدام في 30 نوفمبر 2026: \u2068old-news/sheet.pdf:original\u2069',
      '',
    ]);
  });

  it('has no refusal section when nothing was refused', () => {
    expect(basketReadme('en', '2026-12-05T10:00:00Z', [captions], [])).toBe(
      [
        'smart Newsroom: download basket',
        'Made on 5 December 2026 at 10:00 UTC.',
        '',
        'Credits and terms of use are also written into every image file, as IPTC and XMP metadata.',
        'manifest.csv lists the same facts for a spreadsheet, one row per file.',
        '',
        'smart-5/broll.ar.vtt',
        '  Press release: \u2068سيارة smart #5 BRABUS\u2069',
        '  Source: https://newsroom.example/ar/releases/smart-5',
        '',
      ].join('\n'),
    );
  });
});

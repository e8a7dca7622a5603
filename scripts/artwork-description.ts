import type { Locale } from '@/lib/i18n/locales';
import type { ArtworkSpec, Palette, Shape } from './artwork';

/**
 * What the placeholder artwork shows, in the six languages, word for word the alt text a release gives it, and the
 * word that opens its caption. The artwork is not a photograph of the event, so neither text may read like one.
 * make:artwork prints the English description for each image it draws; a unit test holds the content to these.
 */
const paletteWords: Record<Palette, Record<Locale, string>> = {
  'blue-teal': {
    en: 'deep blue and teal',
    de: 'Dunkelblau und Türkis',
    fr: 'bleu nuit et turquoise',
    es: 'azul oscuro y turquesa',
    zh: '深蓝与青绿',
    ar: 'الأزرق الداكن والفيروزي',
  },
  'violet-amber': {
    en: 'violet and amber',
    de: 'Violett und Bernsteingelb',
    fr: 'violet et ambre',
    es: 'violeta y ámbar',
    zh: '紫色与琥珀色',
    ar: 'البنفسجي والكهرماني',
  },
  'green-lime': {
    en: 'dark green and lime',
    de: 'Dunkelgrün und Limettengrün',
    fr: 'vert foncé et vert citron',
    es: 'verde oscuro y verde lima',
    zh: '深绿与青柠绿',
    ar: 'الأخضر الداكن والأخضر الليموني',
  },
  'burgundy-coral': {
    en: 'burgundy and coral',
    de: 'Bordeauxrot und Korallenrot',
    fr: 'bordeaux et corail',
    es: 'burdeos y coral',
    zh: '酒红与珊瑚色',
    ar: 'العنابي والمرجاني',
  },
  'graphite-orange': {
    en: 'graphite grey and orange',
    de: 'Graphitgrau und Orange',
    fr: 'gris graphite et orange',
    es: 'gris grafito y naranja',
    zh: '石墨灰与橙色',
    ar: 'الرمادي الداكن والبرتقالي',
  },
  'navy-pink': {
    en: 'navy and pink',
    de: 'Marineblau und Rosa',
    fr: 'bleu marine et rose',
    es: 'azul marino y rosa',
    zh: '藏青与粉色',
    ar: 'الكحلي والوردي',
  },
  'petrol-gold': {
    en: 'petrol blue and gold',
    de: 'Petrolblau und Gold',
    fr: 'bleu pétrole et or',
    es: 'azul petróleo y dorado',
    zh: '石油蓝与金色',
    ar: 'الأزرق البترولي والذهبي',
  },
  'plum-mint': {
    en: 'plum and mint green',
    de: 'Pflaumenviolett und Mintgrün',
    fr: 'prune et vert menthe',
    es: 'ciruela y verde menta',
    zh: '梅紫与薄荷绿',
    ar: 'البرقوقي والأخضر النعناعي',
  },
};

// German after "mit" takes the dative.
const shapeWords: Record<Shape, Record<Locale, string>> = {
  ring: { en: 'a ring', de: 'einem Ring', fr: 'un anneau', es: 'un anillo', zh: '一个圆环', ar: 'حلقة' },
  wave: { en: 'a wave', de: 'einer Welle', fr: 'une vague', es: 'una onda', zh: '一道波浪', ar: 'موجة' },
  stripes: {
    en: 'diagonal stripes',
    de: 'diagonalen Streifen',
    fr: 'des bandes diagonales',
    es: 'franjas diagonales',
    zh: '几道斜条纹',
    ar: 'خطوط مائلة',
  },
  dots: {
    en: 'a grid of dots',
    de: 'einem Punkteraster',
    fr: 'une grille de points',
    es: 'una cuadrícula de puntos',
    zh: '一组整齐排列的圆点',
    ar: 'شبكة من النقاط',
  },
  arcs: {
    en: 'concentric arcs',
    de: 'konzentrischen Bögen',
    fr: 'des arcs concentriques',
    es: 'arcos concéntricos',
    zh: '几道同心圆弧',
    ar: 'أقواس متحدة المركز',
  },
};

const sentence: Record<Locale, (palette: string, first: string, second: string) => string> = {
  en: (p, a, b) => `Abstract artwork in ${p}, with ${a} and ${b}`,
  de: (p, a, b) => `Abstrakte Grafik in ${p} mit ${a} und ${b}`,
  fr: (p, a, b) => `Composition abstraite en ${p}, avec ${a} et ${b}`,
  es: (p, a, b) => `Composición abstracta en ${p}, con ${a} y ${b}`,
  zh: (p, a, b) => `以${p}为主色的抽象图案，带有${a}和${b}`,
  ar: (p, a, b) => `عمل فني تجريدي بدرجات ${p}، فيه ${a} و${b}`,
};

/** The alt text of a placeholder image: what it shows, in the reader's language. */
export function describeArtwork(spec: ArtworkSpec, locale: Locale): string {
  const [first, second] = spec.shapes;
  return sentence[locale](paletteWords[spec.palette][locale], shapeWords[first][locale], shapeWords[second][locale]);
}

/** How the caption of a placeholder image begins, so that no reader takes it for a picture of the event. */
export const illustrationLabel: Record<Locale, string> = {
  en: 'Illustration: ',
  de: 'Illustration: ',
  fr: 'Illustration\u00a0: ',
  es: 'Ilustración: ',
  zh: '插图：',
  ar: 'رسم توضيحي: ',
};

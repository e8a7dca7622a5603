import { describe, expect, it } from 'vitest';
import { isolate } from '@/lib/i18n/locales';

describe('isolating a run of its own direction in plain text', () => {
  it('wraps a phone number or a Latin name in an Arabic text, and nothing in a text of one direction', () => {
    expect(isolate('+86 21 5555 0100', 'ar')).toBe('\u2068+86 21 5555 0100\u2069');
    expect(isolate('smart Automobile Co., Ltd.', 'ar')).toBe('\u2068smart Automobile Co., Ltd.\u2069');
    expect(isolate('+86 21 5555 0100', 'de')).toBe('+86 21 5555 0100');
    expect(isolate('دبي', 'en')).toBe('\u2068دبي\u2069');
  });
});

describe('isolating only where directions mix', () => {
  it('leaves an Arabic place name in an Arabic line alone', () => {
    expect(isolate('ميلانو', 'ar')).toBe('ميلانو');
    expect(isolate('MILAN', 'ar')).toBe('\u2068MILAN\u2069');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGUAGES, PLATFORMS, SENSITIVITIES, SEVERITIES } from '../../src/core/types';
import { SETTINGS_FIELDS } from '../../src/shared/settings-schema';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const root = join(import.meta.dirname, '../../public/_locales');
const locales = Object.fromEntries(
  readdirSync(root).map(locale => [locale, JSON.parse(readFileSync(join(root, locale, 'messages.json'), 'utf8')) as Messages]),
);
const english = locales.en!;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []);
}

/** Keys the pages build from a prefix and a value of the shared vocabulary. */
const builtKeys = [
  ...CATEGORIES.flatMap(category => [`category_${category}`, `options_categoryHint_${category}`]),
  ...PLATFORMS.map(platform => `platform_${platform}`),
  ...LANGUAGES.map(lang => `language_${lang}`),
  ...SENSITIVITIES.flatMap(sensitivity => [`sensitivity_${sensitivity}`, `options_sensitivityHint_${sensitivity}`]),
  ...SEVERITIES.map(severity => `options_threshold_${severity}`),
  ...SETTINGS_FIELDS.map(field => `settingsField_${field}`),
  ...['empty', 'too_long', 'duplicate', 'too_many', 'invalid', 'storage_full'].map(error => `options_error_${error}`),
  ...['too_large', 'not_json', 'wrong_shape', 'newer_version', 'bad_version', 'invalid_values'].map(error => `options_importError_${error}`),
];

describe('_locales', () => {
  it('has English, Swedish, Norwegian Bokmål, Danish and German', () => {
    expect(Object.keys(locales).sort()).toEqual(['da', 'de', 'en', 'nb', 'sv']);
  });

  it.each(Object.keys(locales))('%s has exactly the English keys with the same placeholders', locale => {
    const messages = locales[locale]!;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(message.trim().length, key).toBeGreaterThan(0);
      expect(placeholders, key).toEqual(english[key]!.placeholders);
      for (const name of message.match(/\$[A-Za-z0-9_]+\$/g) ?? []) {
        expect(Object.keys(placeholders ?? {}), `${locale}.${key}`).toContain(name.slice(1, -1).toLowerCase());
      }
    }
  });

  it('translates every string of the content script (src/content/strings.ts) as content_<key>', () => {
    const strings = readFileSync(join(import.meta.dirname, '../../src/content/strings.ts'), 'utf8');
    const table = strings.slice(strings.indexOf('const ENGLISH = {'), strings.indexOf('} as const;'));
    const keys = [...table.matchAll(/^\s+(\w+): '/gm)].map(([, key]) => `content_${key}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter(key => !(key in english))).toEqual([]);
  });

  it('names its own language for formatting dates and numbers', () => {
    for (const [locale, messages] of Object.entries(locales)) expect(messages.uiLocale?.message).toBe(locale);
  });

  it('has every key the popup and options page use', () => {
    const used = new Set(builtKeys);
    for (const file of ['popup', 'options', 'shared'].flatMap(dir => sourceFiles(join(import.meta.dirname, '../../src', dir)))) {
      const source = readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(key!);
      for (const [, key] of source.matchAll(/'((?:popup|options|notice|rule)_[A-Za-z0-9_]+)'/g)) used.add(key!);
    }
    const missing = [...used].filter(key => !(key in english));
    expect(missing).toEqual([]);
  });
});

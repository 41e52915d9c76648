/** UI strings from public/_locales through the extension's i18n API. */
import browser from 'webextension-polyfill';

/** The translated message for `key`; the key itself when it is missing, so gaps show in tests. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of the translation in use, for formatting numbers and dates to match the strings.
 * Each _locales file names its own language, so an unsupported UI language formats like its
 * fallback (English) rather than mixing languages.
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('uiLocale') || browser.i18n.getUILanguage();
}

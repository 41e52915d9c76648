/**
 * The only door to the extension's runtime from the content script. A missing or reloaded
 * background must never throw into the page, so every call here swallows its failure.
 */
import browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';
import { report } from './safe';

export async function sendToBackground<T = unknown>(message: Message | { type: string; [key: string]: unknown }): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T;
  } catch (error) {
    report(`message ${message.type}`, error);
    return undefined;
  }
}

export function localizedMessage(key: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions);
  } catch {
    return '';
  }
}

export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

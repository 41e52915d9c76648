/**
 * Reading settings anywhere (content scripts, popup, options) and asking the background, the
 * single writer, to change them.
 */
import browser from 'webextension-polyfill';
import { t } from './i18n';
import type { Message, UpdateSettingsResponse } from './messages';
import type { Settings } from './settings';
import type { SettingsChange } from './settings-schema';
import { fromSyncItems, isSettingsKey, type SettingsProblem } from './settings-sync';

/** A sentence telling the user which settings could not be read and were reset. */
export function describeProblems(problems: readonly SettingsProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  if (problems.includes('version')) return t('notice_settingsVersion');
  return t('notice_settingsRepaired', problems.map(field => t(`settingsField_${field}`)).join(', '));
}

/** The stored settings, validated; anything unreadable falls back to defaults with a notice. */
export async function loadSettings(): Promise<{ settings: Settings; notice?: string }> {
  const { settings, problems } = fromSyncItems(await browser.storage.sync.get(null));
  const notice = describeProblems(problems);
  return notice ? { settings, notice } : { settings };
}

/** Calls `callback` with freshly loaded settings whenever they change; returns an unsubscribe function. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
    void loadSettings().then(({ settings }) => callback(settings));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Asks the background to apply `change`; resolves with the saved settings or the reason it was refused. */
export function changeSettings(change: SettingsChange): Promise<UpdateSettingsResponse> {
  const message: Message = { type: 'update-settings', change };
  return browser.runtime.sendMessage(message) as Promise<UpdateSettingsResponse>;
}

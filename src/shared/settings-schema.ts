/**
 * Pure rules for settings: validation with per-field fallback, migration between schema versions,
 * and the change operations the background applies.
 */
import {
  CATEGORIES, LANGUAGES, PLATFORMS, SENSITIVITIES, SEVERITIES,
  type Category, type CustomTerm, type Lang, type Platform, type Sensitivity, type Severity,
} from '../core/types';
import { ANALYSIS_FIELDS, DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings';

export const LIMITS = {
  termLength: 60,
  messageLength: 200,
  customTerms: 100,
  allowedWords: 500,
  disabledRules: 300,
  ruleIdLength: 64,
} as const;

/** Rule ids look like `promo-hard-sell` or `custom:acme`; anything else is not a rule id. */
const RULE_ID = /^[a-z0-9][a-z0-9._:-]*$/i;

export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.ruleIdLength && RULE_ID.test(value);
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

export type SettingsField = Exclude<keyof Settings, 'schemaVersion'>;

export interface ValidatedSettings {
  settings: Settings;
  /** Fields that were missing, corrupt or partly invalid and fell back (in whole or part) to defaults. */
  problems: SettingsField[];
}

type FieldCheck<T> = (raw: unknown) => { value: T; ok: boolean };

const keep = <T>(value: T, ok = true) => ({ value, ok });

/** Keeps the valid, distinct items of a list; `ok` is false when anything had to be dropped. */
function listOf<T>(raw: unknown, parse: (item: unknown) => T | undefined, key: (item: T) => string, max: number) {
  if (!Array.isArray(raw)) return keep<T[]>([], false);
  const seen = new Set<string>();
  const items: T[] = [];
  for (const entry of raw) {
    const item = parse(entry);
    if (item === undefined || seen.has(key(item)) || items.length >= max) continue;
    seen.add(key(item));
    items.push(item);
  }
  return keep(items, items.length === raw.length);
}

export function normaliseWord(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const word = raw.trim().replace(/\s+/g, ' ');
  return word.length > 0 && word.length <= LIMITS.termLength ? word : undefined;
}

function parseCustomTerm(raw: unknown): CustomTerm | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { term, category, message, severity } = raw as Record<string, unknown>;
  const word = normaliseWord(term);
  if (word === undefined || !isOneOf(CUSTOM_TERM_CATEGORIES, category)) return undefined;
  if (message !== undefined && (typeof message !== 'string' || message.length > LIMITS.messageLength)) return undefined;
  if (severity !== undefined && !isOneOf(SEVERITIES, severity)) return undefined;
  const parsed: CustomTerm = { term: word, category };
  if (typeof message === 'string' && message.trim()) parsed.message = message.trim();
  if (severity) parsed.severity = severity;
  return parsed;
}

export const CUSTOM_TERM_CATEGORIES = CATEGORIES.filter(
  (category): category is CustomTerm['category'] => category !== 'platform',
);

const foldCase = (word: string) => word.toLocaleLowerCase();

const FIELD_CHECKS: { [F in SettingsField]: FieldCheck<Settings[F]> } = {
  enabled: raw => (typeof raw === 'boolean' ? keep(raw) : keep(DEFAULT_SETTINGS.enabled, false)),
  sites: raw => {
    const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    let ok = given === raw;
    const sites = { ...DEFAULT_SETTINGS.sites };
    for (const platform of PLATFORMS) {
      if (typeof given[platform] === 'boolean') sites[platform] = given[platform] as boolean;
      else ok = false;
    }
    return keep(sites, ok);
  },
  disabledCategories: raw => listOf(raw, item => (isOneOf(CATEGORIES, item) ? item : undefined), String, CATEGORIES.length),
  disabledRules: raw => listOf(raw, item => (isRuleId(item) ? item : undefined), String, LIMITS.disabledRules),
  sensitivity: raw => (isOneOf(SENSITIVITIES, raw) ? keep(raw) : keep(DEFAULT_SETTINGS.sensitivity, false)),
  languages: raw => {
    if (raw === 'auto') return keep<'auto' | Lang[]>('auto');
    const list = listOf(raw, item => (isOneOf(LANGUAGES, item) ? item : undefined), String, LANGUAGES.length);
    return list.value.length > 0 ? list : keep<'auto' | Lang[]>('auto', false);
  },
  sendCheck: raw => {
    const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const enabled = typeof given.enabled === 'boolean' ? given.enabled : DEFAULT_SETTINGS.sendCheck.enabled;
    const threshold = isOneOf(SEVERITIES, given.threshold) ? given.threshold : DEFAULT_SETTINGS.sendCheck.threshold;
    const ok = given.enabled === enabled && given.threshold === threshold;
    return keep({ enabled, threshold }, ok);
  },
  customTerms: raw => listOf(raw, parseCustomTerm, term => foldCase(term.term), LIMITS.customTerms),
  allowList: raw => listOf(raw, normaliseWord, foldCase, LIMITS.allowedWords),
};

export const SETTINGS_FIELDS = Object.keys(FIELD_CHECKS) as SettingsField[];

/** Validates every field on its own: a bad field falls back to its default, the rest is kept. */
export function validateSettings(raw: unknown): ValidatedSettings {
  const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings = { schemaVersion: SETTINGS_VERSION } as Settings;
  const problems: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    // Missing fields are defaults, not problems: new fields appear as the schema grows.
    if (!(field in given)) {
      (settings as unknown as Record<string, unknown>)[field] = structuredClone(DEFAULT_SETTINGS[field]);
      continue;
    }
    const { value, ok } = FIELD_CHECKS[field](given[field]);
    (settings as unknown as Record<string, unknown>)[field] = value;
    if (!ok) problems.push(field);
  }
  return { settings, problems };
}

/** Whether each field of the analysis settings sent with a draft is valid as it is (which fields, the message check says). */
export function analysisFieldsValid(given: Record<string, unknown>): boolean {
  return ANALYSIS_FIELDS.every((field) => FIELD_CHECKS[field](given[field]).ok);
}

export type MigrationResult =
  | { ok: true; raw: Record<string, unknown> }
  | { ok: false; reason: 'not-settings' | 'newer-version' | 'bad-version' };

/**
 * Brings stored settings up to SETTINGS_VERSION. Each entry upgrades from the version it is keyed
 * by to the next one; version 1 is the first released shape, so there is nothing to upgrade yet.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateSettings(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not-settings' };
  let current = raw as Record<string, unknown>;
  let version = current.schemaVersion ?? SETTINGS_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'bad-version' };
  if (version > SETTINGS_VERSION) return { ok: false, reason: 'newer-version' };
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'bad-version' };
    current = step(current);
    version++;
  }
  return { ok: true, raw: { ...current, schemaVersion: SETTINGS_VERSION } };
}

/** What a tab or page may ask the background to change. */
export type SettingsChange =
  | { kind: 'set-enabled'; enabled: boolean }
  | { kind: 'set-site'; platform: Platform; enabled: boolean }
  | { kind: 'set-category'; category: Category; enabled: boolean }
  | { kind: 'set-rule'; ruleId: string; enabled: boolean }
  | { kind: 'set-sensitivity'; sensitivity: Sensitivity }
  | { kind: 'set-languages'; languages: 'auto' | Lang[] }
  | { kind: 'set-send-check'; enabled: boolean; threshold: Severity }
  /** "Never flag this word" in the popover, or the allow-list in options. */
  | { kind: 'allow-word'; word: string }
  | { kind: 'remove-allowed-word'; word: string }
  | { kind: 'add-custom-term'; term: CustomTerm }
  | { kind: 'remove-custom-term'; term: string }
  /** Import, or reset to defaults. */
  | { kind: 'replace-all'; settings: Settings };

/** `storage-full`: storage.sync refused the write (its quota is about 100 KB in all). */
export type SettingsError = 'empty' | 'too-long' | 'duplicate' | 'too-many' | 'invalid' | 'storage-full';

export type ChangeResult = { ok: true; settings: Settings } | { ok: false; error: SettingsError };

/** Why a word or term cannot be added to `existing`, or null when it can. */
export function checkNewWord(raw: string, existing: readonly string[], max: number): SettingsError | null {
  const word = raw.trim();
  if (word.length === 0) return 'empty';
  if (word.length > LIMITS.termLength) return 'too-long';
  if (existing.some(other => foldCase(other) === foldCase(word.replace(/\s+/g, ' ')))) return 'duplicate';
  if (existing.length >= max) return 'too-many';
  return null;
}

function toggle<T>(list: readonly T[], item: T, present: boolean): T[] {
  const without = list.filter(other => other !== item);
  return present ? [...without, item] : without;
}

/** Applies one change; the input is never modified. */
export function applySettingsChange(settings: Settings, change: SettingsChange): ChangeResult {
  const next: Settings = structuredClone(settings);
  switch (change.kind) {
    case 'set-enabled':
      next.enabled = change.enabled;
      break;
    case 'set-site':
      next.sites[change.platform] = change.enabled;
      break;
    case 'set-category':
      next.disabledCategories = toggle(next.disabledCategories, change.category, !change.enabled);
      break;
    case 'set-rule':
      if (!change.enabled && !next.disabledRules.includes(change.ruleId) && next.disabledRules.length >= LIMITS.disabledRules) return { ok: false, error: 'too-many' };
      next.disabledRules = toggle(next.disabledRules, change.ruleId, !change.enabled);
      break;
    case 'set-sensitivity':
      next.sensitivity = change.sensitivity;
      break;
    case 'set-languages':
      next.languages = change.languages === 'auto' || change.languages.length === 0 ? 'auto' : [...new Set(change.languages)];
      break;
    case 'set-send-check':
      next.sendCheck = { enabled: change.enabled, threshold: change.threshold };
      break;
    case 'allow-word': {
      const error = checkNewWord(change.word, next.allowList, LIMITS.allowedWords);
      if (error === 'duplicate') break; // already allowed: nothing to do
      if (error) return { ok: false, error };
      next.allowList.push(normaliseWord(change.word)!);
      break;
    }
    case 'remove-allowed-word':
      next.allowList = next.allowList.filter(word => foldCase(word) !== foldCase(change.word.trim()));
      break;
    case 'add-custom-term': {
      const given = change.term.term;
      const error = typeof given === 'string'
        ? checkNewWord(given, next.customTerms.map(term => term.term), LIMITS.customTerms)
        : 'invalid';
      if (error) return { ok: false, error };
      const term = parseCustomTerm(change.term);
      if (!term) return { ok: false, error: 'invalid' };
      next.customTerms.push(term);
      break;
    }
    case 'remove-custom-term':
      next.customTerms = next.customTerms.filter(term => foldCase(term.term) !== foldCase(change.term.trim()));
      break;
    case 'replace-all': {
      const { settings: replacement, problems } = validateSettings(change.settings);
      if (problems.length > 0) return { ok: false, error: 'invalid' };
      return { ok: true, settings: replacement };
    }
  }
  return { ok: true, settings: next };
}

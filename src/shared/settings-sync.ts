/**
 * How settings are laid out in storage.sync: scalar fields under one key, long lists split into
 * numbered chunks so that no item passes the 8 KB per-item quota.
 */
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { migrateSettings, validateSettings, type SettingsField } from './settings-schema';

/** storage.sync allows 8,192 bytes per item (key plus JSON value); stay well below it. */
const MAX_ITEM_BYTES = 7000;
export const SETTINGS_KEY = 'settings';
const CHUNKED_FIELDS = ['customTerms', 'allowList', 'disabledRules'] as const;
type ChunkedField = (typeof CHUNKED_FIELDS)[number];
const chunkKey = (field: ChunkedField, index: number) => `${field}.${index}`;

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Splits a list into consecutive chunks that each fit in one storage.sync item. */
function chunk<T>(items: readonly T[], keyLength: number): T[][] {
  const chunks: T[][] = [[]];
  let size = keyLength + 2;
  for (const item of items) {
    const itemSize = byteLength(item) + 1;
    if (size + itemSize > MAX_ITEM_BYTES && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      size = keyLength + 2;
    }
    chunks.at(-1)!.push(item);
    size += itemSize;
  }
  return chunks;
}

/** The storage.sync items for `settings`: scalar fields under one key, long lists in chunks. */
export function toSyncItems(settings: Settings): Record<string, unknown> {
  const { customTerms, allowList, disabledRules, ...rest } = settings;
  const lists: Record<ChunkedField, unknown[]> = { customTerms, allowList, disabledRules };
  const items: Record<string, unknown> = {};
  const chunkCounts: Record<string, number> = {};
  for (const field of CHUNKED_FIELDS) {
    const chunks = chunk(lists[field], chunkKey(field, 99).length);
    chunkCounts[field] = chunks.length;
    chunks.forEach((part, index) => (items[chunkKey(field, index)] = part));
  }
  items[SETTINGS_KEY] = { ...rest, chunks: chunkCounts };
  return items;
}

/** Keys written by an earlier, longer layout that `items` no longer uses. */
export function staleSyncKeys(storedKeys: readonly string[], items: Record<string, unknown>): string[] {
  return storedKeys.filter(key => CHUNKED_FIELDS.some(field => key.startsWith(`${field}.`)) && !(key in items));
}

/** Whether a storage.sync key belongs to the settings. */
export function isSettingsKey(key: string): boolean {
  return key === SETTINGS_KEY || CHUNKED_FIELDS.some(field => key.startsWith(`${field}.`));
}

export type SettingsProblem = SettingsField | 'version';

export interface LoadedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

/** Reassembles, migrates and validates settings from storage.sync items. */
export function fromSyncItems(items: Record<string, unknown>): LoadedSettings {
  const stored = items[SETTINGS_KEY];
  if (stored === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), problems: [] };
  const migrated = migrateSettings(stored);
  if (!migrated.ok) return { settings: structuredClone(DEFAULT_SETTINGS), problems: ['version'] };
  const { chunks, ...raw } = migrated.raw;
  const counts = typeof chunks === 'object' && chunks !== null ? (chunks as Record<string, unknown>) : {};
  for (const field of CHUNKED_FIELDS) {
    const count = counts[field];
    if (count === undefined) continue;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 100) {
      raw[field] = null;
      continue;
    }
    const parts = Array.from({ length: count }, (_, index) => items[chunkKey(field, index)]);
    raw[field] = parts.every(Array.isArray) ? parts.flat() : null;
  }
  return validateSettings(raw);
}

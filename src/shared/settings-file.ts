/** Export and import of settings as a JSON file. An import is all or nothing. */
import type { Settings } from './settings';
import { migrateSettings, validateSettings, type SettingsField } from './settings-schema';

const FORMAT = 'second-thought-settings';
/** Real settings files are a few kilobytes; anything far larger is not one. */
export const MAX_FILE_BYTES = 256 * 1024;

export type ImportError = 'too-large' | 'not-json' | 'wrong-shape' | 'newer-version' | 'bad-version' | 'invalid-values';

export type ImportResult =
  | { ok: true; settings: Settings }
  | { ok: false; error: ImportError; fields?: SettingsField[] };

export function settingsFileContent(settings: Settings): string {
  return `${JSON.stringify({ format: FORMAT, settings }, null, 2)}\n`;
}

export function parseSettingsFile(text: string, sizeBytes: number): ImportResult {
  if (sizeBytes > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const file = parsed as { format?: unknown; settings?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== FORMAT) return { ok: false, error: 'wrong-shape' };
  const migrated = migrateSettings(file.settings);
  if (!migrated.ok) return { ok: false, error: migrated.reason === 'not-settings' ? 'wrong-shape' : migrated.reason };
  const { settings, problems } = validateSettings(migrated.raw);
  if (problems.length > 0) return { ok: false, error: 'invalid-values', fields: problems };
  return { ok: true, settings };
}

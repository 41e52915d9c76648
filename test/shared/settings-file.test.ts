import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { MAX_FILE_BYTES, parseSettingsFile, settingsFileContent } from '../../src/shared/settings-file';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sensitivity: 'strict',
  languages: ['da'],
  customTerms: [{ term: 'Falcon', category: 'oversharing', message: 'Code name' }],
  allowList: ['hustle'],
};

const parse = (text: string) => parseSettingsFile(text, new TextEncoder().encode(text).length);
const file = (inner: unknown) => JSON.stringify({ format: 'second-thought-settings', settings: inner });

describe('settings files', () => {
  it('round-trips exported settings', () => {
    expect(parse(settingsFileContent(settings))).toEqual({ ok: true, settings });
  });

  it('accepts a file without a schema version as the current version', () => {
    const { schemaVersion: _, ...unversioned } = settings;
    expect(parse(file(unversioned))).toEqual({ ok: true, settings });
  });

  it.each([
    ['too large', 'x', MAX_FILE_BYTES + 1, 'too-large'],
    ['not JSON', '{"format": ', 10, 'not-json'],
    ['JSON of another shape', '[1, 2, 3]', 9, 'wrong-shape'],
    ['another format', JSON.stringify({ format: 'something-else', settings }), 100, 'wrong-shape'],
    ['settings that are not an object', file('all on'), 100, 'wrong-shape'],
    ['a newer version', file({ ...settings, schemaVersion: 2 }), 100, 'newer-version'],
    ['a nonsense version', file({ ...settings, schemaVersion: -1 }), 100, 'bad-version'],
  ])('refuses %s', (_, text, size, error) => {
    expect(parseSettingsFile(text, size)).toEqual({ ok: false, error });
  });

  it('refuses a file with invalid values and names the fields, instead of repairing it', () => {
    expect(parse(file({ ...settings, sensitivity: 'paranoid', allowList: [''] }))).toEqual({
      ok: false, error: 'invalid-values', fields: ['sensitivity', 'allowList'],
    });
  });
});

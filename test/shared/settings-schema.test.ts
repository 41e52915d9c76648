import { describe, expect, it } from 'vitest';
import { customSettings } from './custom-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/shared/settings';
import { applySettingsChange, checkNewWord, LIMITS, migrateSettings, validateSettings } from '../../src/shared/settings-schema';

const custom = customSettings;

describe('validateSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(validateSettings(custom)).toEqual({ settings: custom, problems: [] });
  });

  it('fills missing fields with defaults without complaining', () => {
    expect(validateSettings({ schemaVersion: 1, enabled: false })).toEqual({ settings: { ...DEFAULT_SETTINGS, enabled: false }, problems: [] });
  });

  it('falls back per field and names each field it had to repair', () => {
    const { settings, problems } = validateSettings({
      ...custom,
      enabled: 'yes',
      sites: { linkedin: false, facebook: 'no' },
      sensitivity: 'paranoid',
      languages: ['xx'],
      allowList: ['ok', 42, '', 'OK', 'x'.repeat(LIMITS.termLength + 1)],
      customTerms: [{ term: 'Falcon', category: 'hostile' }, { term: 'Hawk', category: 'nonsense' }],
    });
    expect(settings.enabled).toBe(true);
    expect(settings.sites).toEqual({ linkedin: false, facebook: true, x: true });
    expect(settings.sensitivity).toBe('balanced');
    expect(settings.languages).toBe('auto');
    expect(settings.allowList).toEqual(['ok']);
    expect(settings.customTerms).toEqual([{ term: 'Falcon', category: 'hostile' }]);
    expect(settings.disabledRules).toEqual(custom.disabledRules);
    expect(problems.sort()).toEqual(['allowList', 'customTerms', 'enabled', 'languages', 'sensitivity', 'sites'].sort());
  });

  it('treats a value that is not an object as all defaults', () => {
    expect(validateSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrateSettings', () => {
  it('accepts the current version and unversioned settings', () => {
    expect(migrateSettings({ enabled: false })).toEqual({ ok: true, raw: { enabled: false, schemaVersion: SETTINGS_VERSION } });
    expect(migrateSettings(custom)).toMatchObject({ ok: true });
  });

  it('refuses settings from a newer version and nonsense versions', () => {
    expect(migrateSettings({ ...custom, schemaVersion: SETTINGS_VERSION + 1 })).toEqual({ ok: false, reason: 'newer-version' });
    expect(migrateSettings({ schemaVersion: 0 })).toEqual({ ok: false, reason: 'bad-version' });
    expect(migrateSettings({ schemaVersion: '1' })).toEqual({ ok: false, reason: 'bad-version' });
    expect(migrateSettings([])).toEqual({ ok: false, reason: 'not-settings' });
  });
});

describe('applySettingsChange', () => {
  it('toggles rules, categories and sites without touching the input', () => {
    const before = structuredClone(DEFAULT_SETTINGS);
    const off = applySettingsChange(DEFAULT_SETTINGS, { kind: 'set-rule', ruleId: 'spam-caps', enabled: false });
    expect(off).toMatchObject({ ok: true, settings: { disabledRules: ['spam-caps'] } });
    expect(DEFAULT_SETTINGS).toEqual(before);
    const on = off.ok && applySettingsChange(off.settings, { kind: 'set-rule', ruleId: 'spam-caps', enabled: true });
    expect(on).toMatchObject({ ok: true, settings: { disabledRules: [] } });
    expect(applySettingsChange(DEFAULT_SETTINGS, { kind: 'set-category', category: 'spam', enabled: false }))
      .toMatchObject({ settings: { disabledCategories: ['spam'] } });
    expect(applySettingsChange(DEFAULT_SETTINGS, { kind: 'set-site', platform: 'x', enabled: false }))
      .toMatchObject({ settings: { sites: { linkedin: true, facebook: true, x: false } } });
  });

  it('allows a word once, ignoring case and spacing, and removes it again', () => {
    const first = applySettingsChange(DEFAULT_SETTINGS, { kind: 'allow-word', word: '  Crushing   it ' });
    expect(first).toMatchObject({ ok: true, settings: { allowList: ['Crushing it'] } });
    const again = first.ok && applySettingsChange(first.settings, { kind: 'allow-word', word: 'crushing it' });
    expect(again).toMatchObject({ ok: true, settings: { allowList: ['Crushing it'] } });
    const removed = first.ok && applySettingsChange(first.settings, { kind: 'remove-allowed-word', word: 'CRUSHING IT' });
    expect(removed).toMatchObject({ ok: true, settings: { allowList: [] } });
  });

  it('turns an empty language list into automatic detection', () => {
    expect(applySettingsChange(custom, { kind: 'set-languages', languages: [] })).toMatchObject({ settings: { languages: 'auto' } });
  });
});

describe('checkNewWord', () => {
  it('explains why a word cannot be added', () => {
    expect(checkNewWord(' ', [], 10)).toBe('empty');
    expect(checkNewWord('x'.repeat(LIMITS.termLength + 1), [], 10)).toBe('too-long');
    expect(checkNewWord('Falcon', ['falcon'], 10)).toBe('duplicate');
    expect(checkNewWord('Hawk', ['a', 'b'], 2)).toBe('too-many');
    expect(checkNewWord('Hawk', ['falcon'], 10)).toBeNull();
  });
});

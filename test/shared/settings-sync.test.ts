import { describe, expect, it } from 'vitest';
import { customSettings } from './custom-settings';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { LIMITS } from '../../src/shared/settings-schema';
import { fromSyncItems, staleSyncKeys, toSyncItems } from '../../src/shared/settings-sync';

const custom = customSettings;

describe('storage.sync layout', () => {
  it('round-trips settings through sync items', () => {
    expect(fromSyncItems(toSyncItems(custom))).toEqual({ settings: custom, problems: [] });
  });

  it('gives defaults without a notice when nothing is stored yet', () => {
    expect(fromSyncItems({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('splits long lists so that every item stays under 8 KB', () => {
    const allowList = Array.from({ length: LIMITS.allowedWords }, (_, i) => `allowed word number ${i} ${'z'.repeat(30)}`);
    const items = toSyncItems({ ...custom, allowList });
    for (const [key, value] of Object.entries(items)) {
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThan(8192);
    }
    expect(fromSyncItems(items).settings.allowList).toEqual(allowList);
    expect(staleSyncKeys(Object.keys(items), toSyncItems(custom)).sort()).toEqual(
      Object.keys(items).filter(key => key.startsWith('allowList.') && key !== 'allowList.0').sort());
  });

  it('reports a missing chunk as a repaired field and keeps the rest', () => {
    const items = toSyncItems(custom);
    delete items['customTerms.0'];
    const { settings, problems } = fromSyncItems(items);
    expect(problems).toEqual(['customTerms']);
    expect(settings.customTerms).toEqual([]);
    expect(settings.allowList).toEqual(custom.allowList);
  });

  it('falls back to defaults with a version problem for settings from a newer version', () => {
    const items = toSyncItems(custom);
    items.settings = { ...(items.settings as object), schemaVersion: 99 };
    expect(fromSyncItems(items)).toEqual({ settings: DEFAULT_SETTINGS, problems: ['version'] });
  });
});

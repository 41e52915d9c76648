import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage } from '../background/fake-storage';

const storage = fakeStorage();
const sendMessage = vi.fn();

vi.mock('webextension-polyfill', () => ({
  default: {
    storage,
    runtime: { sendMessage: (message: unknown) => sendMessage(message) },
    i18n: { getMessage: (key: string, substitutions?: string) => (substitutions ? `${key}(${substitutions})` : key) },
  },
}));

const { loadSettings, onSettingsChanged, changeSettings } = await import('../../src/shared/settings-storage');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');
const { toSyncItems } = await import('../../src/shared/settings-sync');

beforeEach(async () => {
  await storage.sync.clear();
  sendMessage.mockReset();
});

describe('loadSettings', () => {
  it('gives the defaults and no notice on first run', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('repairs a corrupt field and says which one', async () => {
    await storage.sync.set({ ...toSyncItems(DEFAULT_SETTINGS), settings: { ...(toSyncItems(DEFAULT_SETTINGS).settings as object), sensitivity: 7 } });
    expect(await loadSettings()).toEqual({
      settings: DEFAULT_SETTINGS,
      notice: 'notice_settingsRepaired(settingsField_sensitivity)',
    });
  });

  it('falls back to defaults with a notice when the stored settings come from a newer version', async () => {
    await storage.sync.set({ settings: { schemaVersion: 42 } });
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, notice: 'notice_settingsVersion' });
  });
});

describe('onSettingsChanged', () => {
  it('reports new settings when settings keys change, and stops after unsubscribing', async () => {
    const seen: boolean[] = [];
    const unsubscribe = onSettingsChanged(settings => seen.push(settings.enabled));
    await storage.sync.set(toSyncItems({ ...DEFAULT_SETTINGS, enabled: false }));
    await storage.local.set({ unrelated: 1 });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    unsubscribe();
    await storage.sync.set(toSyncItems(DEFAULT_SETTINGS));
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(seen).toEqual([false]);
  });
});

describe('changeSettings', () => {
  it('sends the change to the background', async () => {
    sendMessage.mockResolvedValue({ ok: true, settings: DEFAULT_SETTINGS });
    await changeSettings({ kind: 'allow-word', word: 'synergy' });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'update-settings', change: { kind: 'allow-word', word: 'synergy' } });
  });
});

/** Settings for a page: loaded once, kept current across tabs, changed through the background. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { UpdateSettingsResponse } from '../messages';
import type { Settings } from '../settings';
import type { SettingsChange } from '../settings-schema';
import { changeSettings, loadSettings, onSettingsChanged } from '../settings-storage';

export interface SettingsState {
  settings: Settings | undefined;
  /** Set when stored settings could not be read and were reset. */
  notice: string | undefined;
  change: (change: SettingsChange) => Promise<UpdateSettingsResponse>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    void loadSettings().then(loaded => {
      setSettings(loaded.settings);
      setNotice(loaded.notice);
    });
    return onSettingsChanged(next => {
      setSettings(next);
      // Anything written by the background is valid again.
      setNotice(undefined);
    });
  }, []);

  const change = useCallback(async (settingsChange: SettingsChange) => {
    const result = await changeSettings(settingsChange);
    if (result.ok) {
      setSettings(result.settings);
      setNotice(undefined);
    }
    return result;
  }, []);

  return { settings, notice, change };
}

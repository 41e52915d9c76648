/**
 * The content script's view of the settings: loaded once, kept current from storage, and changed
 * (from the popover) through the background, applied locally at once so the page reacts without
 * waiting for the round trip.
 */
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { applySettingsChange, type SettingsChange } from '../shared/settings-schema';
import { changeSettings, loadSettings, onSettingsChanged } from '../shared/settings-storage';
import { guard, report } from './safe';

export class SettingsView {
  private current: Settings = DEFAULT_SETTINGS;
  private readonly listeners = new Set<(settings: Settings) => void>();

  get(): Settings {
    return this.current;
  }

  async load(): Promise<Settings> {
    try {
      this.current = (await loadSettings()).settings;
    } catch (error) {
      report('load settings', error);
    }
    try {
      // Watched for the page's lifetime: changes from the popup and options apply at once.
      onSettingsChanged(guard('settings changed', (settings: Settings) => this.set(settings)));
    } catch (error) {
      report('watch settings', error);
    }
    return this.current;
  }

  onChange(listener: (settings: Settings) => void): void {
    this.listeners.add(listener);
  }

  /** Applies `change` here at once and asks the background, the only writer, to store it. */
  change(change: SettingsChange): void {
    const local = applySettingsChange(this.current, change);
    if (local.ok) this.set(local.settings);
    changeSettings(change).catch((error: unknown) => report('change settings', error));
  }

  private set(settings: Settings): void {
    this.current = settings;
    for (const listener of this.listeners) listener(settings);
  }
}

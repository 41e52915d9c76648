/**
 * Content script entry, loaded on LinkedIn, Facebook and X. Everything runs on the device: no
 * network requests, no remote code; failures are contained so the page never breaks.
 */
import { Controller } from './controller';
import { report } from './safe';
import { SettingsView } from './settings';
import { adapterFor } from './sites';
import { reportStats } from './stats';

async function main(): Promise<void> {
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  const settings = new SettingsView();
  const controller = new Controller(adapter, document, {
    settings: () => settings.get(),
    changeSettings: (change) => settings.change(change),
    stats: reportStats,
  });
  settings.onChange((next) => controller.update(next));
  controller.update(await settings.load());
}

main().catch((error: unknown) => report('start', error));

/** Data the popup watches: the stored stats, and which supported site the active tab shows. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Platform } from '../core/types';
import { platformOfUrl } from '../shared/sites';
import { readStats, STATS_KEY, type StatsStore } from '../shared/stats';

/** The stats, read directly (the background is the only writer) and refreshed as they change. */
export function useStats(): StatsStore | undefined {
  const [stats, setStats] = useState<StatsStore>();
  useEffect(() => {
    const load = () => void browser.storage.local.get(STATS_KEY).then(items => setStats(readStats(items[STATS_KEY])));
    load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATS_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return stats;
}

/**
 * The platform of the active tab. Without the `tabs` permission the URL is only visible for sites
 * the extension runs on, which are exactly the ones that matter here; otherwise it is undefined.
 */
export function useActivePlatform(): Platform | undefined {
  const [platform, setPlatform] = useState<Platform>();
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setPlatform(platformOfUrl(tab?.url)))
      .catch(() => undefined);
  }, []);
  return platform;
}

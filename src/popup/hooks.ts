/** Data the popup watches: the stored stats, and which supported site the active tab shows. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Platform } from '../core/types';
import type { Message, TabSite } from '../shared/messages';
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
 * The platform of the active tab. Without the `tabs` permission its URL is hidden, so the
 * background answers from what the tab's content script reported.
 */
export function useActivePlatform(): Platform | undefined {
  const [platform, setPlatform] = useState<Platform>();
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const message: Message = { type: 'tab-site', tabId: tab.id };
      const answer = (await browser.runtime.sendMessage(message)) as TabSite;
      setPlatform(answer.platform);
    })().catch(() => undefined);
  }, []);
  return platform;
}

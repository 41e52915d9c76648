/**
 * The background's answers to messages. Every write is serialized and persisted before the
 * answer is sent, so many tabs at once, or a service worker stopped right after, lose nothing.
 */
import type { Storage } from 'webextension-polyfill';
import { parseMessage } from '../shared/message-validation';
import type { Ack, AnalysisResponse, Message, RepeatCheck, StatsEvent, TabSite, UpdateSettingsResponse } from '../shared/messages';
import { applySettingsChange, type SettingsChange } from '../shared/settings-schema';
import { fromSyncItems, staleSyncKeys, toSyncItems } from '../shared/settings-sync';
import { addSentPost, closestPost, recentPosts, SENT_POSTS_KEY } from '../shared/sent-posts';
import { platformOfUrl } from '../shared/sites';
import { dayKey, pruneStats, readStats, recordEvent, STATS_KEY } from '../shared/stats';
import { analyseDraft, warmUp } from './analysis';
import { createQueue } from './queue';
import { createTabSites } from './tab-sites';

export interface BackgroundDeps {
  sync: Storage.StorageArea;
  local: Storage.StorageArea;
  session: Storage.StorageArea;
  now: () => Date;
  /** `chrome-extension://ID/`: messages from the extension's own pages come from URLs under it. */
  extensionOrigin: string;
}

export interface Sender {
  url?: string;
  /** Set for messages from content scripts. */
  tab?: { id?: number };
}

export type Response = Ack | AnalysisResponse | UpdateSettingsResponse | RepeatCheck | TabSite;

export function createMessageHandler({ sync, local, session, now, extensionOrigin }: BackgroundDeps) {
  const serialize = createQueue();
  const tabSites = createTabSites(session);

  async function recordStats(event: StatsEvent): Promise<Ack> {
    const stored = await local.get([STATS_KEY, SENT_POSTS_KEY]);
    const time = now();
    const stats = readStats(stored[STATS_KEY]);
    recordEvent(stats, event, time);
    pruneStats(stats, dayKey(time));
    const update: Record<string, unknown> = { [STATS_KEY]: stats };
    if (event.kind === 'post-sent' && event.fingerprint) {
      const posts = recentPosts(stored[SENT_POSTS_KEY], time.getTime());
      update[SENT_POSTS_KEY] = addSentPost(posts, { fingerprint: event.fingerprint, platform: event.platform, sentAt: time.getTime() });
    }
    await local.set(update);
    return { ok: true };
  }

  async function checkRepeat(fingerprint: number[]): Promise<RepeatCheck> {
    const stored = await local.get(SENT_POSTS_KEY);
    return closestPost(recentPosts(stored[SENT_POSTS_KEY], now().getTime()), fingerprint);
  }

  async function updateSettings(change: SettingsChange): Promise<UpdateSettingsResponse> {
    const stored = await sync.get(null);
    const result = applySettingsChange(fromSyncItems(stored).settings, change);
    if (!result.ok) return result;
    const items = toSyncItems(result.settings);
    try {
      await sync.set(items);
    } catch {
      return { ok: false, error: 'storage-full' };
    }
    const stale = staleSyncKeys(Object.keys(stored), items);
    if (stale.length > 0) await sync.remove(stale);
    return result;
  }

  async function clearStats(): Promise<Ack> {
    await local.remove([STATS_KEY, SENT_POSTS_KEY]);
    return { ok: true };
  }

  /** Replacing every setting or wiping the stats is only for the extension's own pages, not for content scripts. */
  const pageOnly = (message: Message) =>
    message.type === 'clear-stats' || (message.type === 'update-settings' && message.change.kind === 'replace-all');

  /** A synchronous job's answer; a failure becomes an error answer instead of a closed port. */
  function answer(job: () => Response, error: string): Promise<Response> {
    try {
      return Promise.resolve(job());
    } catch (cause) {
      console.error(`Second Thought: ${error}`, cause);
      return Promise.resolve({ ok: false, error });
    }
  }

  return function handleMessage(raw: unknown, sender: Sender): Promise<Response> {
    const message = parseMessage(raw);
    if (!message) return Promise.resolve({ ok: false, error: 'invalid-message' });
    if (pageOnly(message) && !sender.url?.startsWith(extensionOrigin)) {
      return Promise.resolve({ ok: false, error: 'not-allowed' });
    }
    const tabId = sender.tab?.id;
    const platform = platformOfUrl(sender.url);
    const registered = tabId !== undefined && platform && !tabSites.isKnown(tabId, platform)
      ? serialize(() => tabSites.remember(tabId, platform))
      : Promise.resolve();
    switch (message.type) {
      // Not queued behind storage writes: analysis touches no storage.
      case 'analyze':
        return answer(() => analyseDraft(message), 'analysis-failed');
      case 'warm-up':
        return answer(() => (warmUp(), { ok: true }), 'warm-up-failed');
      case 'stats-event':
        return serialize(() => recordStats(message.event));
      case 'check-repeat':
        return serialize(() => checkRepeat(message.fingerprint));
      case 'update-settings':
        return serialize(() => updateSettings(message.change));
      case 'clear-stats':
        return serialize(clearStats);
      case 'register-tab':
        return registered.then(() => ({ ok: true }));
      case 'tab-site':
        return serialize(async () => {
          const site = await tabSites.platformOf(message.tabId);
          return site ? { platform: site } : {};
        });
    }
  };
}

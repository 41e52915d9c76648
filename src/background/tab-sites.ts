/**
 * Which supported site each tab shows, as reported by the tabs' content scripts. Kept in
 * storage.session so a restarted service worker still knows, and forgotten when the browser closes.
 */
import type { Storage } from 'webextension-polyfill';
import type { Platform } from '../core/types';

const TAB_SITES_KEY = 'tabSites';
/** Tab ids are never reused in a session; this only bounds the map over a very long one. */
const MAX_TABS = 500;

export function createTabSites(session: Storage.StorageArea) {
  // Mirrors what is stored, to skip writes for tabs already known to this worker.
  const known = new Map<number, Platform>();

  async function stored(): Promise<Record<string, Platform>> {
    const items = await session.get(TAB_SITES_KEY);
    const value = items[TAB_SITES_KEY];
    return typeof value === 'object' && value !== null ? (value as Record<string, Platform>) : {};
  }

  return {
    isKnown: (tabId: number, platform: Platform) => known.get(tabId) === platform,

    async remember(tabId: number, platform: Platform): Promise<void> {
      const sites = await stored();
      sites[tabId] = platform;
      const ids = Object.keys(sites);
      for (const old of ids.slice(0, Math.max(0, ids.length - MAX_TABS))) delete sites[old];
      await session.set({ [TAB_SITES_KEY]: sites });
      known.set(tabId, platform);
    },

    async platformOf(tabId: number): Promise<Platform | undefined> {
      return known.get(tabId) ?? (await stored())[tabId];
    },
  };
}

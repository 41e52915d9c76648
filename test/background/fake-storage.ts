/**
 * An in-memory storage area that behaves like chrome.storage: values are copied as JSON, every
 * call resolves asynchronously after a random short delay (so unsynchronised read-modify-write
 * would lose updates), sync's per-item quota is enforced, and changes are reported to listeners.
 */
import type { Storage } from 'webextension-polyfill';

type ChangeListener = (changes: Record<string, Storage.StorageChange>, area: string) => void;

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const tick = () => new Promise(resolve => setTimeout(resolve, Math.random() * 3));

export class FakeStorageArea {
  readonly data = new Map<string, unknown>();
  readonly listeners = new Set<ChangeListener>();
  constructor(readonly area: 'sync' | 'local' | 'session', readonly maxItemBytes = Infinity) {}

  async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    await tick();
    const wanted =
      keys === null || keys === undefined ? [...this.data.keys()]
      : typeof keys === 'string' ? [keys]
      : Array.isArray(keys) ? keys
      : Object.keys(keys);
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) result[key] = copy(this.data.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    for (const [key, value] of Object.entries(items)) {
      if (new TextEncoder().encode(key + JSON.stringify(value)).length > this.maxItemBytes) {
        throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded: ${key}`);
      }
    }
    const changes: Record<string, Storage.StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: copy(value) };
      this.data.set(key, copy(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    const changes: Record<string, Storage.StorageChange> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!this.data.has(key)) continue;
      changes[key] = { oldValue: this.data.get(key) };
      this.data.delete(key);
    }
    this.emit(changes);
  }

  async clear(): Promise<void> {
    await this.remove([...this.data.keys()]);
  }

  private emit(changes: Record<string, Storage.StorageChange>) {
    if (Object.keys(changes).length === 0) return;
    for (const listener of this.listeners) listener(changes, this.area);
  }

  /** Typed as the polyfill's storage area for code under test. */
  asArea(): Storage.StorageArea {
    return this as unknown as Storage.StorageArea;
  }
}

/** storage.sync's limit per item (key plus JSON value), in bytes. */
export const SYNC_ITEM_BYTES = 8192;

export function fakeStorage() {
  const sync = new FakeStorageArea('sync', SYNC_ITEM_BYTES);
  const local = new FakeStorageArea('local');
  const session = new FakeStorageArea('session');
  const areas = [sync, local, session];
  const onChanged = {
    addListener(listener: ChangeListener) { for (const area of areas) area.listeners.add(listener); },
    removeListener(listener: ChangeListener) { for (const area of areas) area.listeners.delete(listener); },
  };
  return { sync, local, session, onChanged };
}

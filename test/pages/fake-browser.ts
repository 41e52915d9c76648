/**
 * A stand-in for webextension-polyfill in page tests: in-memory storage, English messages from
 * public/_locales, and runtime messages answered by the real background handler.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageHandler } from '../../src/background/handlers';
import { fakeStorage } from '../background/fake-storage';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const ORIGIN = 'chrome-extension://test/';
const english = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Messages;

/** Resolves named placeholders like Chromium does: `$NAME$` → its content, `$1` → the substitution. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = english[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
  });
}

export function fakeBrowser() {
  const storage = fakeStorage();
  const handle = createMessageHandler({
    sync: storage.sync.asArea(), local: storage.local.asArea(), session: storage.session.asArea(), now: () => new Date(), extensionOrigin: ORIGIN,
  });
  const openOptionsPage = { calls: 0 };
  return {
    storage,
    openOptionsPage,
    browser: {
      storage,
      i18n: { getMessage, getUILanguage: () => 'en' },
      runtime: {
        sendMessage: (message: unknown) => handle(message, { url: `${ORIGIN}src/options/index.html` }),
        /** What a content script in tab 1 on LinkedIn would send. */
        sendFromLinkedInTab: (message: unknown) => handle(message, { url: 'https://www.linkedin.com/feed/', tab: { id: 1 } }),
        openOptionsPage: async () => void openOptionsPage.calls++,
      },
      // Without the `tabs` permission, tabs come without their URL.
      tabs: { query: async () => [{ id: 1 }] },
    },
  };
}

/**
 * The service worker: the single writer of settings (storage.sync) and stats (storage.local).
 * The listener is registered synchronously at top level so a woken worker receives the message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createMessageHandler } from './handlers';

const handleMessage = createMessageHandler({
  sync: browser.storage.sync,
  local: browser.storage.local,
  session: browser.storage.session,
  now: () => new Date(),
  extensionOrigin: browser.runtime.getURL(''),
});

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender),
);

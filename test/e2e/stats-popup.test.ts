/**
 * The popup's weekly stats end to end: posts sent in the fixture sites reach the popup, and
 * events from several tabs at once are all counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, ruleCatalog } from '../../src/core';
import type { Message, StatsEvent } from '../../src/shared/messages';
import { dayKey, readStats, summarizeWeek, weekStart } from '../../src/shared/stats';
import { openExtensionPage, sendMessages, storageItems } from '../pages/e2e-helpers';
import { launch, openSite, openSurface, sentPosts, stopServiceWorkers, surface, SURFACES, type LaunchedBrowser } from './harness';

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  expect(browser.unexpectedRequests).toEqual([]);
  await browser.close();
});

async function thisWeek(page: Awaited<ReturnType<typeof openExtensionPage>>) {
  const stats = readStats((await storageItems(page, 'local')).stats);
  return summarizeWeek(stats, weekStart(dayKey(new Date())));
}

const tile = (page: Awaited<ReturnType<typeof openExtensionPage>>, label: string) =>
  page.locator('.tile', { hasText: label }).locator('.tile-value');

describe('popup stats', () => {
  it('shows a friendly empty state before anything was checked', async () => {
    const popup = await openExtensionPage(browser, 'popup');
    await expect.poll(() => popup.locator('.empty h2').textContent()).toBe('Your week will show up here');
    await popup.close();
  });

  it('counts a post sent on X in the popup, without storing its text', async () => {
    const page = await openSite(browser.context, SURFACES['x-post'].url);
    const editor = await openSurface(page, 'x-post');
    await editor.click();
    // Any rule whose own example it flags on X (the catalogue keeps growing).
    const rule = ruleCatalog.find(entry =>
      analyze(entry.example, { platform: 'x' }).findings.some(finding => finding.ruleId === entry.id))!;
    await page.keyboard.type(rule.example);
    await page.locator('[data-st-badge]').waitFor();
    await surface(page, 'x-post').locator(SURFACES['x-post'].send).first().click();
    await expect.poll(() => sentPosts(page)).toHaveLength(1);

    const popup = await openExtensionPage(browser, 'popup');
    await expect.poll(() => tile(popup, 'Posts sent').textContent()).toBe('1');
    expect(Number(await tile(popup, 'Drafts checked').textContent())).toBeGreaterThanOrEqual(1);
    await expect.poll(() => popup.locator(`.bars tr.cat-${rule.category} .bars-value`).textContent()).not.toBe('0');
    await expect.poll(() => popup.locator('.top-rules').textContent()).toContain(rule.title);
    const stored = JSON.stringify(await storageItems(popup, 'local'));
    for (const word of rule.example.split(/\W+/).filter(word => word.length > 4)) expect(stored).not.toContain(word);

    // The popup can tell which site a tab shows, from what the tab's content script reported.
    const siteOfTabs = await popup.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map(tab => chrome.runtime.sendMessage({ type: 'tab-site', tabId: tab.id })));
    });
    expect(siteOfTabs).toContainEqual({ platform: 'x' });
    await page.close();
    await popup.close();
  });

  it('counts events sent at the same moment from three tabs exactly', async () => {
    const tabs = await Promise.all([0, 1, 2].map(() => openExtensionPage(browser, 'popup')));
    const before = await thisWeek(tabs[0]!);
    const platforms = ['linkedin', 'facebook', 'x'] as const;
    const eventsFor = (platform: (typeof platforms)[number]): Message[] =>
      Array.from({ length: 30 }, (_, i): StatsEvent => i % 3 === 0
        ? { kind: 'post-sent', platform, findings: [{ ruleId: 'spam.shouting', category: 'spam', count: 1 }] }
        : { kind: 'draft-checked', platform })
        .map(event => ({ type: 'stats-event', event }));
    const answers = await Promise.all(tabs.map((tab, i) => sendMessages(tab, eventsFor(platforms[i]!))));
    expect(answers.flat()).toEqual(Array(90).fill({ ok: true }));

    const after = await thisWeek(tabs[0]!);
    expect(after.checked - before.checked).toBe(60);
    expect(after.sent - before.sent).toBe(30);
    for (const platform of platforms) expect(after.byPlatform[platform].sent - before.byPlatform[platform].sent).toBe(10);
    // The open popups follow the stored counts as they change.
    await expect.poll(() => tile(tabs[2]!, 'Posts sent').textContent()).toBe(String(after.sent));
    await Promise.all(tabs.map(tab => tab.close()));
  });

  it('counts posts sent at the same moment from LinkedIn, Facebook and X tabs exactly', async () => {
    const popup = await openExtensionPage(browser, 'popup');
    const before = await thisWeek(popup);
    const surfaces = ['linkedin-share-new', 'facebook-post', 'x-post'] as const;
    const pages = await Promise.all(surfaces.map(async id => {
      const page = await openSite(browser.context, SURFACES[id].url);
      const editor = await openSurface(page, id);
      await editor.click();
      await page.keyboard.type('A short update about our week, nothing more.');
      return page;
    }));
    await Promise.all(pages.map((page, i) => surface(page, surfaces[i]!).locator(SURFACES[surfaces[i]!].send).first().click()));
    for (const page of pages) await expect.poll(() => sentPosts(page)).toHaveLength(1);

    await expect.poll(async () => (await thisWeek(popup)).sent - before.sent).toBe(3);
    const after = await thisWeek(popup);
    for (const platform of ['linkedin', 'facebook', 'x'] as const) {
      expect(after.byPlatform[platform].sent - before.byPlatform[platform].sent).toBe(1);
    }
    await Promise.all([...pages, popup].map(page => page.close()));
  });

  it('loses nothing when the service worker is stopped between events', async () => {
    const popup = await openExtensionPage(browser, 'popup');
    const before = await thisWeek(popup);
    const checked: Message = { type: 'stats-event', event: { kind: 'draft-checked', platform: 'facebook' } };
    const cdp = await browser.context.newCDPSession(popup);
    for (let round = 0; round < 3; round++) {
      expect(await sendMessages(popup, [checked, checked])).toEqual([{ ok: true }, { ok: true }]);
      await stopServiceWorkers(cdp);
    }
    expect((await thisWeek(popup)).checked - before.checked).toBe(6);
    await popup.close();
  });

  it('rejects a message carrying draft text', async () => {
    const popup = await openExtensionPage(browser, 'popup');
    const sneaky = { type: 'stats-event', event: { kind: 'draft-checked', platform: 'x', text: 'secret plan' } };
    expect(await popup.evaluate(message => chrome.runtime.sendMessage(message), sneaky)).toEqual({ ok: false, error: 'invalid-message' });
    expect(JSON.stringify(await storageItems(popup, 'local'))).not.toContain('secret plan');
    await popup.close();
  });
});

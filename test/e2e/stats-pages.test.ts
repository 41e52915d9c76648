/**
 * The popup and the options page in light and dark: no serious or critical accessibility
 * violations (axe-core), and, with UPDATE_SCREENSHOTS=1, screenshots for the README in docs/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/core';
import { CATEGORIES, type Platform } from '../../src/core/types';
import type { Message, RuleCount } from '../../src/shared/messages';
import { addDays, dayKey, emptyStats, recordEvent, weekStart, type StatsStore } from '../../src/shared/stats';
import { openExtensionPage, sendMessages, seriousAxeViolations } from '../pages/e2e-helpers';
import { launch, type LaunchedBrowser } from './harness';

const SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
/** The README's screenshots change with the date; they are rewritten only on request. */
const saveScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

const rulesByCategory = CATEGORIES.map(category => ruleCatalog.filter(rule => rule.category === category))
  .filter(rules => rules.length > 0);

/** Findings from some of the categories, varying with `seed`, for believable stats. */
function findingsFor(seed: number): RuleCount[] {
  return rulesByCategory
    .filter((_, index) => (seed + index) % 3 !== 0)
    .map((rules, index) => rules[(seed + index) % rules.length]!)
    .map((rule, index) => ({ ruleId: rule.id, category: rule.category, count: 1 + ((seed + index) % 3) }));
}

/** Two weeks of a plausible posting habit, written day by day as the background would have. */
function pastWeeks(today: string): StatsStore {
  const store = emptyStats();
  const platforms: Platform[] = ['linkedin', 'linkedin', 'x', 'facebook'];
  for (let day = addDays(weekStart(today), -7); day < today; day = addDays(day, 1)) {
    const seed = Number(day.slice(-2));
    const at = new Date(`${day}T10:00`);
    const platform = platforms[seed % platforms.length]!;
    for (let i = 0; i < 2 + (seed % 4); i++) recordEvent(store, { kind: 'draft-checked', platform }, at);
    if (seed % 5 === 3) continue; // a day off
    const findings = findingsFor(seed);
    recordEvent(store, { kind: 'findings-shown', platform, findings }, at);
    recordEvent(store, { kind: 'fix-applied', platform, ruleId: findings[0]!.ruleId, category: findings[0]!.category }, at);
    if (seed % 2) recordEvent(store, { kind: 'finding-ignored', platform, ruleId: findings[1]!.ruleId, category: findings[1]!.category, scope: 'here' }, at);
    if (seed % 4 === 1) recordEvent(store, { kind: 'prompt', platform, outcome: 'posted-anyway' }, at);
    const promotional = findings.filter(finding => finding.category === 'promotional');
    recordEvent(store, { kind: 'post-sent', platform, findings: seed % 3 ? [] : promotional }, at);
  }
  return store;
}

/** Today's activity arrives the real way: as messages to the background. */
const todaysMessages: Message[] = [
  ...Array.from({ length: 3 }, (): Message => ({ type: 'stats-event', event: { kind: 'draft-checked', platform: 'linkedin' } })),
  { type: 'stats-event', event: { kind: 'findings-shown', platform: 'linkedin', findings: findingsFor(2) } },
  { type: 'stats-event', event: { kind: 'fix-applied', platform: 'linkedin', ruleId: findingsFor(2)[0]!.ruleId, category: findingsFor(2)[0]!.category } },
  { type: 'stats-event', event: { kind: 'post-sent', platform: 'linkedin', findings: [] } },
];

const browsers: LaunchedBrowser[] = [];
afterAll(async () => {
  for (const browser of browsers) {
    expect(browser.unexpectedRequests).toEqual([]);
    await browser.close();
  }
});

describe.each(['light', 'dark'] as const)('%s theme', colorScheme => {
  it('popup: accessible when empty and with a week of stats; screenshot', async () => {
    const browser = await launch({ colorScheme });
    browsers.push(browser);
    const popup = await openExtensionPage(browser, 'popup');
    await popup.locator('.empty').waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);

    const today = dayKey(new Date());
    await popup.evaluate(stats => chrome.storage.local.set({ stats }), pastWeeks(today));
    expect(await sendMessages(popup, todaysMessages)).toEqual(todaysMessages.map(() => ({ ok: true })));
    await popup.reload();
    await popup.locator('.week').waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);

    if (saveScreenshots) {
      await mkdir(SCREENSHOTS, { recursive: true });
      await popup.screenshot({ path: join(SCREENSHOTS, `popup-${colorScheme}.png`), fullPage: true });
    }

    // Stepping back a week and forward again by keyboard.
    await popup.getByRole('button', { name: 'Earlier' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('#week-heading').textContent()).toBe('Last week');
    await popup.getByRole('button', { name: 'Later' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('#week-heading').textContent()).toBe('This week');
  });

  it('options: accessible with every rule shown; screenshot', async () => {
    const browser = browsers.at(-1)!;
    const options = await openExtensionPage(browser, 'options');
    await options.getByLabel('Term', { exact: true }).fill('Project Falcon');
    await options.getByLabel('Message to show (optional)').fill('Internal code name: not public until the launch.');
    await options.getByRole('button', { name: 'Add term' }).click();
    await options.getByLabel('Word or phrase').fill('crushing it');
    await options.getByRole('button', { name: 'Add word' }).click();
    await options.getByLabel('Word or phrase').fill('x'.repeat(70));
    await options.getByRole('button', { name: 'Add word' }).click();
    await options.locator('#allow-error').waitFor();
    await options.locator('.category.cat-promotional summary').click();
    expect(await seriousAxeViolations(options)).toEqual([]);
    if (saveScreenshots) await options.screenshot({ path: join(SCREENSHOTS, `options-${colorScheme}.png`), fullPage: true });

    for (const summary of await options.locator('.category summary').all()) {
      if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
    }
    expect(await seriousAxeViolations(options)).toEqual([]);
  });
});

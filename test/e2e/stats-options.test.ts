/**
 * The options page end to end: a rule turned off stops at once in an open tab, a bad import is
 * refused without changing anything, and the stats can be cleared.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, ruleCatalog } from '../../src/core';
import { openExtensionPage, sendMessages, storageItems } from '../pages/e2e-helpers';
import { launch, openSite, openSurface, SURFACES, type LaunchedBrowser } from './harness';

let browser: LaunchedBrowser;

/** Whether the rule's own example draws findings on X from this rule and no other. */
function onlyFlagsItself(rule: (typeof ruleCatalog)[number]): boolean {
  const { findings } = analyze(rule.example, { platform: 'x' });
  return findings.length > 0 && findings.every(finding => finding.ruleId === rule.id);
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  expect(browser.unexpectedRequests).toEqual([]);
  await browser.close();
});

describe('options page', () => {
  it('turns a rule off and the open tab stops flagging it at once', async () => {
    // Any such rule will do: the catalogue keeps growing.
    const rule = ruleCatalog.find(entry =>
      onlyFlagsItself(entry))!;
    expect(rule).toBeDefined();
    const site = await openSite(browser.context, SURFACES['x-post'].url);
    const editor = await openSurface(site, 'x-post');
    await editor.click();
    await site.keyboard.type(rule.example);
    const badge = site.locator('[data-st-badge]');
    await badge.waitFor();

    const options = await openExtensionPage(browser, 'options');
    const category = options.locator(`.category.cat-${rule.category}`);
    await category.locator('summary').click();
    const ruleSwitch = category.getByRole('switch', { name: rule.title });
    await expect.poll(() => ruleSwitch.isChecked()).toBe(true);
    await ruleSwitch.uncheck();

    await badge.waitFor({ state: 'detached' });
    expect(await storageItems(options, 'sync')).toMatchObject({ 'disabledRules.0': [rule.id] });

    // And back on: the finding returns without touching the draft.
    await ruleSwitch.check();
    await badge.waitFor();
    await site.close();
    await options.close();
  });

  it('shows a clear error for a bad settings file and changes nothing', async () => {
    const options = await openExtensionPage(browser, 'options');
    await options.getByRole('radio', { name: /Strict/ }).check();
    await expect.poll(async () => (await storageItems(options, 'sync')).settings).toMatchObject({ sensitivity: 'strict' });
    const before = await storageItems(options, 'sync');

    const status = options.locator('[data-testid="import-status"]');
    const fileInput = options.locator('input[type="file"]');
    const cases: [string, string | Buffer, RegExp][] = [
      ['notes.txt', 'this is not json', /not valid JSON/],
      ['other.json', JSON.stringify({ hello: 'world' }), /not a Second Thought settings file/],
      ['future.json', JSON.stringify({ format: 'second-thought-settings', settings: { schemaVersion: 99 } }), /newer version/],
      ['broken.json', JSON.stringify({ format: 'second-thought-settings', settings: { schemaVersion: 1, sensitivity: 'paranoid' } }), /not valid/],
      ['huge.json', Buffer.alloc(300 * 1024, 32), /too large/],
    ];
    for (const [name, content, error] of cases) {
      await fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => status.textContent()).toMatch(error);
      expect(await status.getAttribute('class')).toBe('error');
    }
    expect(await storageItems(options, 'sync')).toEqual(before);
    await expect.poll(() => options.getByRole('radio', { name: /Strict/ }).isChecked()).toBe(true);
    await options.close();
  });

  it('imports a good file and shows it everywhere', async () => {
    const options = await openExtensionPage(browser, 'options');
    const popup = await openExtensionPage(browser, 'popup');
    const settings = {
      schemaVersion: 1, enabled: true, sites: { linkedin: true, facebook: false, x: true },
      disabledCategories: [], disabledRules: [], sensitivity: 'relaxed', languages: ['sv'],
      sendCheck: { enabled: true, threshold: 'critical' },
      customTerms: [{ term: 'Project Falcon', category: 'oversharing', message: 'Internal code name' }],
      allowList: ['crushing it'],
    };
    const file = JSON.stringify({ format: 'second-thought-settings', settings });
    await options.locator('input[type="file"]').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => options.locator('[data-testid="import-status"]').textContent()).toBe('Settings imported.');
    await expect.poll(() => options.getByRole('cell', { name: 'Project Falcon', exact: true }).count()).toBe(1);
    await expect.poll(() => popup.getByRole('switch', { name: 'Facebook' }).isChecked()).toBe(false);
    await options.close();
    await popup.close();
  });

  it('exports the settings as a file that imports again', async () => {
    const options = await openExtensionPage(browser, 'options');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('second-thought-settings.json');
    const path = await download.path();
    const exported = JSON.parse(await readFile(path, 'utf8'));
    expect(exported).toMatchObject({ format: 'second-thought-settings', settings: { sensitivity: 'relaxed', allowList: ['crushing it'] } });

    await options.locator('input[type="file"]').setInputFiles(path);
    await expect.poll(() => options.locator('[data-testid="import-status"]').textContent()).toBe('Settings imported.');
    await options.close();
  });

  it('validates custom terms and allowed words inline', async () => {
    const options = await openExtensionPage(browser, 'options');
    const terms = options.locator('section', { has: options.locator('#terms-heading') });
    await terms.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => terms.locator('#term-error').textContent()).toBe('Enter a word first.');
    await terms.getByLabel('Term', { exact: true }).fill('project falcon');
    await terms.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => terms.locator('#term-error').textContent()).toBe('Already in the list.');
    await terms.getByLabel('Term', { exact: true }).fill('Kestrel');
    await terms.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => terms.getByRole('cell', { name: 'Kestrel', exact: true }).count()).toBe(1);
    expect(await terms.locator('#term-error').count()).toBe(0);

    const allow = options.locator('section', { has: options.locator('#allow-heading') });
    await allow.getByLabel('Word or phrase').fill('x'.repeat(61));
    await allow.getByRole('button', { name: 'Add word' }).click();
    await expect.poll(() => allow.locator('#allow-error').textContent()).toBe('Too long: at most 60 characters.');
    await options.close();
  });

  it('clears all stats after a confirmation', async () => {
    const options = await openExtensionPage(browser, 'options');
    await sendMessages(options, [{ type: 'stats-event', event: { kind: 'draft-checked', platform: 'x' } }]);
    expect(await storageItems(options, 'local')).toHaveProperty('stats');
    await options.getByRole('button', { name: 'Clear all stats…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await storageItems(options, 'local')).toHaveProperty('stats');
    await options.getByRole('button', { name: 'Clear all stats…' }).click();
    await options.getByRole('button', { name: 'Clear stats' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'All stats cleared.' }).count()).toBe(1);
    expect(await storageItems(options, 'local')).toEqual({});
    await options.close();
  });
});

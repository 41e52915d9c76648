/// <reference types="chrome" />
/** Helpers for the end-to-end tests of the popup, the options page and the background's storage. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../e2e/harness';
import type { Message } from '../../src/shared/messages';

export type ExtensionPage = 'popup' | 'options';

const PAGE_SIZES: Record<ExtensionPage, { width: number; height: number }> = {
  popup: { width: 380, height: 600 },
  options: { width: 900, height: 900 },
};

/** Opens the popup or options page as a tab and waits until it has rendered its settings. */
export async function openExtensionPage(browser: LaunchedBrowser, which: ExtensionPage): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(PAGE_SIZES[which]);
  await page.goto(`chrome-extension://${browser.extensionId}/src/${which}/index.html`);
  await page.locator('input[role="switch"]').first().waitFor();
  return page;
}

/** Sends all messages at once from `page`, as a content script or page would, and returns the answers. */
export function sendMessages(page: Page, messages: Message[]): Promise<unknown[]> {
  return page.evaluate(list => Promise.all(list.map(message => chrome.runtime.sendMessage(message))), messages);
}

export function storageItems(page: Page, area: 'local' | 'sync'): Promise<Record<string, unknown>> {
  return page.evaluate(name => chrome.storage[name].get(null), area);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical violations, summarised. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts; evaluating through the debugger protocol is not subject to CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, targets: nodes.map(node => JSON.stringify(node.target)) }));
  });
  return violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .map(violation => `${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`);
}

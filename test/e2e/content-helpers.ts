/**
 * Helpers shared by the content-script end-to-end tests: typing drafts, waiting for the findings
 * the core reports (computed here in Node with the same code the extension runs), and measuring
 * where words and underlines are drawn.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { analyze } from '../../src/core';
import type { Finding, Platform } from '../../src/core/types';
import { DEFAULT_SETTINGS, toAnalyzeOptions } from '../../src/shared/settings';
import { SURFACES, type SurfaceId } from './harness';

export const OVERLAY = '[data-second-thought-overlay]';
export const BOX = `${OVERLAY} [data-st-finding]`;
export const POPOVER = `${OVERLAY} [data-st-popover]`;
export const PROMPT = `${OVERLAY} [data-st-prompt]`;

export function platformOf(id: SurfaceId): Platform {
  return SURFACES[id].site;
}

/** What the extension should find in `text` in the surface's box with default settings (platform fit: posts only). */
export function expectedFindings(text: string, id: SurfaceId): Finding[] {
  const options = toAnalyzeOptions(DEFAULT_SETTINGS, platformOf(id));
  if (!SURFACES[id].post) options.disabledCategories = [...(options.disabledCategories ?? []), 'platform'];
  return analyze(text, { ...options, uiLanguage: 'en' }).findings;
}

/** Types `text`, pressing Enter for each line break. */
export async function typeDraft(page: Page, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

export async function clearEditor(page: Page, editor: Locator): Promise<void> {
  await editor.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

/** The rule ids of the underlines drawn now, sorted. */
export async function drawnRules(page: Page): Promise<string[]> {
  const rules = await page.locator(BOX).evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-st-finding') ?? ''));
  return [...new Set(rules)].sort();
}

export async function waitForRules(page: Page, findings: readonly Finding[]): Promise<void> {
  const wanted = [...new Set(findings.map((f) => f.ruleId))].sort();
  await expect.poll(() => drawnRules(page), { timeout: 5_000 }).toEqual(wanted);
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The bounding box of the underline boxes drawn for the finding at `index`. */
export async function underlineBounds(page: Page, index: number): Promise<Box | undefined> {
  const rects = await page
    .locator(`${OVERLAY} [data-st-index="${index}"]`)
    .evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().toJSON() as DOMRect));
  if (rects.length === 0) return undefined;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/**
 * Where the browser draws `words` inside a contenteditable editor: a Range over the text node
 * that holds them, found without the extension's own offset map.
 */
export async function wordBounds(editor: Locator, words: string): Promise<Box | undefined> {
  return editor.evaluate((root, needle) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      // Underlines are clipped to the editor (a wrapped line's trailing space may stick out).
      const r = range.getBoundingClientRect();
      const edge = root.getBoundingClientRect().right + 2;
      return { left: r.left, top: r.top, right: Math.min(r.right, edge), bottom: r.bottom };
    }
    return undefined;
  }, words);
}

/** Underlines cover their words: same horizontal extent, drawn on the same line. */
export function expectCovers(underline: Box | undefined, word: Box | undefined): void {
  expect(underline).toBeDefined();
  expect(word).toBeDefined();
  expect(Math.abs(underline!.left - word!.left)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(underline!.right - word!.right)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(underline!.top - word!.top)).toBeLessThanOrEqual(3);
  expect(Math.abs(underline!.bottom - word!.bottom)).toBeLessThanOrEqual(3);
}

/** The element focused inside the overlay's shadow root, described by its data-st attributes. */
export function overlayFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-second-thought-overlay]')) {
      const active = host.shadowRoot?.activeElement;
      if (active) return active.getAttribute('data-st-action') ?? active.getAttribute('role') ?? active.tagName;
    }
    return null;
  });
}

/** "card" or "list" while the popover is open, null when closed. */
export async function popoverMode(page: Page): Promise<string | null> {
  const popover = page.locator(POPOVER);
  return (await popover.count()) > 0 ? popover.first().getAttribute('data-st-popover') : null;
}

/**
 * The content script on every fixture surface: underlines on the flagged words for each category,
 * the popover by mouse and keyboard, applying a suggestion through the editor's own model (then
 * typing and undo), exact positions around emoji, mentions, hashtags, links and paragraphs, and
 * the send-time prompt. Expected findings come from the core itself, run here in Node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types';
import {
  BOX,
  clearEditor,
  expectCovers,
  expectedFindings,
  overlayFocus,
  POPOVER,
  popoverMode,
  PROMPT,
  typeDraft,
  underlineBounds,
  waitForRules,
  wordBounds,
} from './content-helpers';
import { fixtureText, launch, openSite, openSurface, sentPosts, surface, SURFACE_IDS, SURFACES, type LaunchedBrowser, type SurfaceId } from './harness';

/** One short draft per category; a category the core does not flag in a surface's box is skipped (platform fit: posts only). */
const DRAFTS: Record<Category, string> = {
  spam: 'Like and share if you agree!',
  promotional: 'Buy now, only 3 spots left! Use code SAVE20 for 20% off.',
  oversharing: 'My card is 4111 1111 1111 1111 ok',
  hostile: 'Honestly, you are an idiot.',
  platform: 'Good morning #one #two #three #four #five #six #seven',
};

const CARD = '4111 1111 1111 1111';
const MASKED = 'XXXX XXXX XXXX XXXX';
const CRITICAL_DRAFT = DRAFTS.oversharing;
const RICH_DRAFT = `🎉🎉 Big news @sam_lee #launch https://example.com/launch\nCome and see 👋 you idiot\n\nMy card is ${CARD} ok`;
/** Another rich draft: the first one is sent, and typing it again would be flagged as a repeat post. */
const RICH_DRAFT_2 = `👋🏽 Hello @ann_k, #news at http://example.org/a?b=1\n\nYou are an idiot 🙄\nPay with ${CARD}`;

/** The textarea surfaces have no text nodes to measure words independently. */
const isTextarea = (id: SurfaceId) => SURFACES[id].editorKind === 'react-textarea';

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function open(id: SurfaceId) {
  const page = await openSite(browser.context, SURFACES[id].url);
  const editor = await openSurface(page, id);
  await editor.click();
  return { page, editor };
}

describe.each(SURFACE_IDS)('%s', (id) => {
  it('underlines the flagged words of each category and of a rich draft, then asks before sending it', async () => {
    const { page, editor } = await open(id);
    const cases: Array<[string, string]> = [...Object.entries(DRAFTS), ['rich', RICH_DRAFT]];
    try {
      for (const [category, draft] of cases) {
        const findings = expectedFindings(draft, id);
        if (!findings.some((f) => f.category === category) && category !== 'rich') continue;
        await clearEditor(page, editor);
        await typeDraft(page, draft);
        await waitForRules(page, findings);
        for (const [index, finding] of findings.entries()) {
          expect(await page.locator(`${BOX}[data-st-index="${index}"]`).first().getAttribute('data-st-category')).toBe(finding.category);
          const underline = await underlineBounds(page, index);
          if (isTextarea(id)) {
            const area = (await editor.boundingBox())!;
            expect(underline!.left).toBeGreaterThanOrEqual(area.x);
            expect(underline!.right).toBeLessThanOrEqual(area.x + area.width);
          } else if (!finding.text.includes('\n')) {
            expectCovers(underline, await wordBounds(editor, finding.text));
          }
        }
      }

      // The rich draft holds a card number: the send button asks first, "Post anyway" posts it as is.
      const text = await fixtureText(page, id);
      await surface(page, id).locator(SURFACES[id].send).click();
      await expect.poll(() => page.locator(PROMPT).count()).toBe(1);
      expect(await sentPosts(page)).toEqual([]);
      await expect.poll(() => overlayFocus(page)).toBe('review');
      await page.locator(`${PROMPT} [data-st-action="post-anyway"]`).click();
      await expect.poll(() => sentPosts(page)).toEqual([{ surface: id, text }]);
      expect(await page.locator(PROMPT).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('opens the popover by mouse and keyboard; a fix changes exactly the flagged words, and typing and undo follow', async () => {
    const { page, editor } = await open(id);
    try {
      const findings = expectedFindings(RICH_DRAFT_2, id);
      await typeDraft(page, RICH_DRAFT_2);
      await waitForRules(page, findings);
      const original = await fixtureText(page, id);
      const card = page.locator(`${BOX}[data-st-index="${findings.findIndex((f) => f.text === CARD)}"]`).first();

      // Hover opens the card, moving away closes it.
      const box = (await card.boundingBox())!;
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await expect.poll(() => popoverMode(page)).toBe('card');
      await page.mouse.move(5, 5);
      await expect.poll(() => page.locator(POPOVER).count(), { timeout: 3_000 }).toBe(0);

      // Alt+Shift+Enter opens the finding at the caret (the card number) with focus inside;
      // Escape closes it and gives focus back to the editor.
      await editor.focus();
      await page.keyboard.press('Alt+Shift+Enter');
      await expect.poll(() => popoverMode(page)).toBe('card');
      await expect.poll(() => overlayFocus(page)).toBe('apply');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(POPOVER).count()).toBe(0);
      expect(await fixtureText(page, id)).toBe(original);

      // Editors that group quick edits into one undo step (Quill: 1 s) get a pause first.
      await page.waitForTimeout(1_100);
      await page.mouse.click(box.x + 4, box.y + box.height / 2);
      await page.locator(`${POPOVER} [data-st-action="apply"][data-st-suggestion="${MASKED}"]`).click();
      await expect.poll(() => fixtureText(page, id)).toBe(original.replace(CARD, MASKED));

      // The caret is right after the replacement.
      await page.keyboard.type('!');
      await expect.poll(() => fixtureText(page, id)).toBe(original.replace(CARD, `${MASKED}!`));

      // Undo walks back through the editor's own history to the original draft.
      for (let i = 0; i < 4 && (await fixtureText(page, id)) !== original; i++) {
        await page.keyboard.press('Control+Z');
        await page.waitForTimeout(150);
      }
      expect(await fixtureText(page, id)).toBe(original);
    } finally {
      await page.close();
    }
  });
});

describe('send-time prompt', () => {
  it('"Review" keeps the draft and opens the first critical finding; the same draft is not stopped twice', async () => {
    const { page } = await open('linkedin-message');
    try {
      await typeDraft(page, CRITICAL_DRAFT);
      await waitForRules(page, expectedFindings(CRITICAL_DRAFT, 'linkedin-message'));
      const send = surface(page, 'linkedin-message').locator(SURFACES['linkedin-message'].send);
      await send.click();
      await page.locator(`${PROMPT} [data-st-action="review"]`).click();
      await expect.poll(() => page.locator(PROMPT).count()).toBe(0);
      await expect.poll(() => popoverMode(page)).toBe('card');
      expect(await sentPosts(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await send.click();
      await expect.poll(() => sentPosts(page)).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('made no network request', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});

/**
 * `npm start`: builds the extension and the fixture sites, then opens Chromium with the extension
 * loaded on the playground (the three sites' compose boxes at their real URLs, served locally).
 * `npm start -- --headless --screenshot FILE` types a sample draft into every box instead and saves
 * one picture of all of them.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import {
  buildAll,
  launch,
  openSite,
  openSurface,
  surface,
  SURFACE_IDS,
  SURFACES,
  waitForUnderlines,
  type LaunchedBrowser,
  type SurfaceId,
} from '../test/e2e/harness';

const HELP = `Usage: npm start [-- options]

Builds dist/ (the extension) and dist-fixtures/ (the playground), then opens Chromium with the
extension loaded on the playground: X, LinkedIn and Facebook compose boxes made from the real
editors, served at https://x.com, https://www.linkedin.com and https://www.facebook.com.
Nothing leaves the machine: every other request is blocked.

Options:
  --headless           run without a window (needed when no display is available)
  --screenshot FILE    type a sample draft into every compose box, wait for the underlines and
                       save one PNG showing all of them, then exit (use with --headless)
  --dark               dark colour scheme
  --help               show this help

Environment: CHROMIUM_PATH overrides /usr/bin/chromium.`;

/** One draft per category, as a user might write them. */
export const SAMPLE_DRAFTS = [
  'Comment YES if you agree!!! #a #b #c #d #e #f',
  'Buy now, only today: 50% off with code SAVE50',
  "My personnummer is 811228-9874 and we're away for three weeks",
  'You are an idiot',
];

const PLAYGROUND_URLS = ['https://x.com/home', 'https://www.linkedin.com/feed/', 'https://www.facebook.com/'];

const SITE_TITLES = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' } as const;

interface Tile {
  id: SurfaceId;
  draft: string;
  underlines: number;
  png: Buffer;
}

async function typeDraft(page: Page, id: SurfaceId, draft: string): Promise<void> {
  const editor = await openSurface(page, id);
  await editor.click();
  await page.keyboard.type(draft);
}

/** Types the draft into one surface on a fresh page and captures the surface with some margin. */
async function captureSurface(context: BrowserContext, id: SurfaceId, draft: string): Promise<Tile> {
  const page = await openSite(context, SURFACES[id].url);
  try {
    await typeDraft(page, id, draft);
    const underlines = await waitForUnderlines(page);
    // Let the badge and any late redraw settle before the picture.
    await page.waitForTimeout(300);
    const box = (await surface(page, id).boundingBox())!;
    const margin = 24;
    const viewport = page.viewportSize()!;
    const x = Math.max(0, box.x - margin);
    const y = Math.max(0, box.y - margin);
    const clip = {
      x,
      y,
      width: Math.min(viewport.width - x, box.width + 2 * margin),
      height: Math.min(viewport.height - y, box.height + 2 * margin),
    };
    return { id, draft, underlines, png: await page.screenshot({ clip }) };
  } finally {
    await page.close();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Lays the tiles out by site on one page and screenshots it. */
async function composeOverview(context: BrowserContext, tiles: Tile[], dark: boolean): Promise<Buffer> {
  const rows = (Object.keys(SITE_TITLES) as (keyof typeof SITE_TITLES)[]).map((site) => {
    const figures = tiles
      .filter((tile) => SURFACES[tile.id].site === site)
      .map(
        (tile) => `<figure>
          <img src="data:image/png;base64,${tile.png.toString('base64')}" alt="">
          <figcaption><b>${tile.id}</b> · ${tile.underlines} underline${tile.underlines === 1 ? '' : 's'}<br>“${escapeHtml(tile.draft)}”</figcaption>
        </figure>`,
      )
      .join('');
    return `<h2>${SITE_TITLES[site]}</h2><div class="row">${figures}</div>`;
  });
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1900, height: 800 });
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>
      body { margin: 0; padding: 16px 24px; font: 14px/1.4 system-ui, sans-serif; background: ${dark ? '#111' : '#fafafa'}; color: ${dark ? '#eee' : '#111'}; }
      h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 16px 0 8px; }
      .row { display: flex; gap: 16px; align-items: flex-start; flex-wrap: wrap; }
      figure { margin: 0; width: 600px; } img { max-width: 100%; border: 1px solid #8884; border-radius: 6px; display: block; }
      figcaption { margin-top: 4px; color: ${dark ? '#bbb' : '#444'}; }
    </style><h1>Second Thought: the playground with the extension loaded</h1>${rows.join('')}`);
    return await page.screenshot({ fullPage: true });
  } finally {
    await page.close();
  }
}

async function saveScreenshot(browser: LaunchedBrowser, file: string, dark: boolean): Promise<void> {
  const tiles: Tile[] = [];
  for (const [index, id] of SURFACE_IDS.entries()) {
    const draft = SAMPLE_DRAFTS[index % SAMPLE_DRAFTS.length]!;
    const tile = await captureSurface(browser.context, id, draft);
    console.log(`${id.padEnd(20)} ${String(tile.underlines).padStart(2)} underline(s)  “${draft}”`);
    tiles.push(tile);
  }
  await writeFile(file, await composeOverview(browser.context, tiles, dark));
  console.log(`Saved ${file}`);
  const bare = tiles.filter((tile) => tile.underlines === 0).map((tile) => tile.id);
  if (bare.length > 0) console.warn(`No underlines appeared in: ${bare.join(', ')}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      dark: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const headless = values.headless || values.screenshot !== undefined;
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found (DISPLAY is not set). Run `npm start -- --headless --screenshot playground.png` instead.');
    return 1;
  }

  console.log('Building the extension and the playground…');
  await buildAll();
  const browser = await launch({ headless, colorScheme: values.dark ? 'dark' : 'light' });
  try {
    if (values.screenshot) {
      await saveScreenshot(browser, values.screenshot, values.dark);
    } else {
      for (const url of PLAYGROUND_URLS) await openSite(browser.context, url);
      await browser.context.pages().find((page) => page.url() === 'about:blank')?.close();
      console.log(`Chromium is open with the extension (id ${browser.extensionId}) on:`);
      for (const id of SURFACE_IDS) console.log(`  ${id.padEnd(20)} ${SURFACES[id].url}`);
      console.log(headless ? 'Press Ctrl+C to stop.' : 'Close the window or press Ctrl+C to stop.');
      await new Promise<void>((resolve) => {
        browser.context.on('close', () => resolve());
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
      });
    }
  } finally {
    if (browser.unexpectedRequests.length > 0) {
      console.error(`Blocked requests that were not for the playground:\n  ${browser.unexpectedRequests.join('\n  ')}`);
    }
    await browser.close().catch(() => {});
  }
  return 0;
}

process.exitCode = await main();

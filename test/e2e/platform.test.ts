/**
 * The platform under the content-script tests: the built manifest, the extension loading in
 * Chromium, and every fixture surface working at its real URL through its editor's own model.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentScriptSize,
  extensionDir,
  fixtureText,
  launch,
  openSite,
  openSurface,
  sentPosts,
  surface,
  SURFACE_IDS,
  SURFACES,
  type LaunchedBrowser,
} from './harness';

const SITE_MATCHES = [
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
];
/**
 * The limit for everything a content script loads. The rules and their word lists run in
 * the service worker, so a content script carries only the UI, the editor bridge and the adapters.
 */
const CONTENT_SCRIPT_GZIP_LIMIT = 60 * 1024;

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts: { matches: string[]; js: string[]; all_frames?: boolean; run_at?: string }[];
  web_accessible_resources?: { matches: string[]; resources: string[] }[];
  content_security_policy?: { extension_pages?: string };
}

describe('built manifest', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(join(extensionDir(), 'manifest.json'), 'utf8')) as Manifest;
  });

  it('asks for storage only and no hosts', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('runs content scripts on the five site origins only, top frame only', () => {
    for (const entry of manifest.content_scripts) {
      expect([...entry.matches].sort()).toEqual([...SITE_MATCHES].sort());
      expect(entry.all_frames ?? false).toBe(false);
    }
    for (const entry of manifest.web_accessible_resources ?? []) {
      for (const match of entry.matches) expect(SITE_MATCHES).toContain(match);
    }
  });

  it('has a strict extension-page CSP', () => {
    expect(manifest.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });

  it('reports what a content script loads and keeps it within 60 KiB gzip', async (context) => {
    if (!existsSync('src/content/index.ts')) {
      context.skip('src/content/index.ts does not exist yet: no content script to measure');
    }
    const size = await contentScriptSize();
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `content script: ${kib(size.totalGzipBytes)} gzip (${kib(size.totalBytes)} raw) in ${size.files.length} files; limit ${kib(CONTENT_SCRIPT_GZIP_LIMIT)}\n` +
        size.files.map((f) => `  ${f.file}: ${kib(f.gzipBytes)} gzip, ${kib(f.bytes)} raw`).join('\n'),
    );
    expect(size.totalGzipBytes).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_LIMIT);
  });
});

describe('Chromium with the extension on the fixture sites', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts the service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  for (const id of SURFACE_IDS) {
    it(`${id}: types into the real editor, reads its model and posts`, async () => {
      const info = SURFACES[id];
      const page = await openSite(browser.context, info.url);
      try {
        expect(await page.evaluate(() => window.__fixture!.surfaces())).toContain(id);
        const editor = await openSurface(page, id);
        await editor.click();
        await page.keyboard.type('Buy now, only today: 50% off');
        await expect.poll(() => fixtureText(page, id)).toBe('Buy now, only today: 50% off');

        // Sent before the draft was checked: the send waits a moment for the check, then goes through.
        await surface(page, id).locator(info.send).click();
        await expect.poll(() => sentPosts(page)).toEqual([{ surface: id, text: 'Buy now, only today: 50% off' }]);
        if (info.closesOnSend) {
          expect(await page.evaluate((s) => window.__fixture!.isMounted(s), id)).toBe(false);
        } else {
          await expect.poll(() => fixtureText(page, id)).toBe('');
        }
      } finally {
        await page.close();
      }
    });
  }

  it('keeps paragraphs in the model', async () => {
    const page = await openSite(browser.context, SURFACES['x-post'].url);
    try {
      const editor = await openSurface(page, 'x-post');
      await editor.click();
      await page.keyboard.type('First line');
      await page.keyboard.press('Enter');
      await page.keyboard.type('second line 🎉 #launch @someone');
      await expect.poll(() => fixtureText(page, 'x-post')).toBe('First line\nsecond line 🎉 #launch @someone');
    } finally {
      await page.close();
    }
  });

  it('remounts an editor in place (SPA swap) and it keeps working', async () => {
    const page = await openSite(browser.context, SURFACES['facebook-comment'].url);
    try {
      const editor = await openSurface(page, 'facebook-comment');
      await editor.click();
      await page.keyboard.type('before the swap');
      const before = await editor.elementHandle();
      await page.evaluate(() => window.__fixture!.remount('facebook-comment'));
      expect(await fixtureText(page, 'facebook-comment')).toBe('');
      expect(await before!.evaluate((node) => node.isConnected)).toBe(false);
      const fresh = await openSurface(page, 'facebook-comment');
      await fresh.click();
      await page.keyboard.type('after');
      await expect.poll(() => fixtureText(page, 'facebook-comment')).toBe('after');
    } finally {
      await page.close();
    }
  });

  it('navigates without a page load (SPA) and renders the new route', async () => {
    const page = await openSite(browser.context, 'https://x.com/home');
    try {
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await page.evaluate(() => window.__fixture!.navigate('/messages'));
      expect(new URL(page.url()).pathname).toBe('/messages');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect(await page.evaluate(() => window.__fixture!.surfaces())).toEqual(['x-dm']);
      const editor = await openSurface(page, 'x-dm');
      await editor.click();
      await page.keyboard.type('hello');
      await expect.poll(() => fixtureText(page, 'x-dm')).toBe('hello');
      await page.goBack();
      expect(await page.evaluate(() => window.__fixture!.surfaces())).toEqual(['x-post']);
    } finally {
      await page.close();
    }
  });

  it('serves web.facebook.com and twitter.com too, and LinkedIn with its decoy preload frame', async () => {
    for (const url of ['https://web.facebook.com/', 'https://twitter.com/home']) {
      const page = await openSite(browser.context, url);
      expect((await page.evaluate(() => window.__fixture!.surfaces())).length).toBeGreaterThan(0);
      await page.close();
    }
    const page = await openSite(browser.context, 'https://www.linkedin.com/feed/');
    try {
      const preload = page.frames().find((frame) => frame.url().includes('/preload/'));
      expect(preload).toBeDefined();
      expect(await preload!.locator('.ql-editor[contenteditable="true"]').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('follows ?theme=dark and prefers-color-scheme', async () => {
    const page = await openSite(browser.context, 'https://www.facebook.com/?theme=dark');
    try {
      expect(await page.evaluate(() => window.__fixture!.theme)).toBe('dark');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('https://x.com/home');
      await page.waitForFunction(() => window.__fixture !== undefined);
      expect(await page.evaluate(() => [window.__fixture!.theme, document.body.style.backgroundColor])).toEqual(['dark', 'rgb(0, 0, 0)']);
    } finally {
      await page.close();
    }
  });

  it('made no network request beyond the fixture routes', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});

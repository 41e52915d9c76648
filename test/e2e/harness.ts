/**
 * End-to-end harness: Debian's Chromium with the built extension, the fixture sites served at the
 * real site URLs, and a record of every request that tried to leave the machine.
 *
 *   const browser = await launch();                  // extension from dist/ loaded; { extension: false } for none
 *   const page = await openSite(browser.context, SURFACES['x-post'].url);   // waits for window.__fixture
 *   const editor = await openSurface(page, 'x-post'); // clicks the opener if any, returns the editor Locator
 *   await editor.click(); await page.keyboard.type('Buy now!!!');
 *   expect(await fixtureText(page, 'x-post')).toBe('Buy now!!!');   // read from the editor's own model
 *   await surface(page, 'x-post').locator(SURFACES['x-post'].send).click();
 *   await expect.poll(() => sentPosts(page)).toEqual([{ surface: 'x-post', text: 'Buy now!!!' }]);  // a send may wait for the check
 *   expect(browser.unexpectedRequests).toEqual([]);
 *   await browser.close();
 *
 * `window.__fixture` (see fixtures/fixture-api.ts) also offers `remount(id)` and `navigate(path)`.
 * `waitForUnderlines(page)` / UNDERLINE_SELECTOR find the underlines the content script draws.
 * Surfaces, URLs and selectors: fixtures/surfaces.ts. global-setup.ts builds the extension and the
 * fixtures into a fresh folder per test run (E2E_SKIP_BUILD=1 uses dist/ and dist-fixtures/ as they are).
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type BrowserContext, type CDPSession, type Locator, type Page, type Route } from 'playwright-core';
import type { SentPost } from '../../fixtures/fixture-api';
import { SURFACES, siteOf, type Site, type SurfaceId } from '../../fixtures/surfaces';
import { FIXTURE_ASSET_BASE, FIXTURES_OUT_DIR } from '../../vite.fixtures.config';

export { SURFACES, SURFACE_IDS, type SurfaceId } from '../../fixtures/surfaces';
export type { SentPost } from '../../fixtures/fixture-api';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Where the built extension and fixture sites are read from: dist/ and dist-fixtures/, unless this
 * process built private copies with `buildPrivateCopies` (engineers share one working tree and run
 * tests concurrently: a run must never read another's half-written build).
 */
export function extensionDir(): string {
  return process.env.SECOND_THOUGHT_DIST ?? join(repoRoot, 'dist');
}

function fixturesDir(): string {
  return process.env.SECOND_THOUGHT_FIXTURES ?? FIXTURES_OUT_DIR;
}

/** Builds the extension (vite.config.ts) and the fixture sites (vite.fixtures.config.ts). */
export async function buildAll(dirs = { extension: extensionDir(), fixtures: fixturesDir() }): Promise<void> {
  await build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dirs.extension } });
  await build({ configFile: join(repoRoot, 'vite.fixtures.config.ts'), logLevel: 'warn', build: { outDir: dirs.fixtures } });
}

/**
 * Builds into a fresh folder under .cache/ and points this process (and the workers it starts
 * afterwards) at it. Returns a function that deletes the folder.
 */
export async function buildPrivateCopies(label: string): Promise<() => Promise<void>> {
  const runDir = join(repoRoot, '.cache', label, `${Date.now()}-${process.pid}`);
  const dirs = { extension: join(runDir, 'dist'), fixtures: join(runDir, 'dist-fixtures') };
  await mkdir(runDir, { recursive: true });
  await buildAll(dirs);
  process.env.SECOND_THOUGHT_DIST = dirs.extension;
  process.env.SECOND_THOUGHT_FIXTURES = dirs.fixtures;
  return () => rm(runDir, { recursive: true, force: true });
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface LaunchOptions {
  /** Load the built extension from dist/ (default true). */
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  /** Headless unless false (npm start opens a window when a display exists). */
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Set when the extension is loaded: the host of its service worker URL. */
  extensionId?: string;
  /** Every request that reached the network layer and was not a fixture route: must stay empty. */
  unexpectedRequests: string[];
  /** Requests of Chromium's own services (see CHROMIUM_SERVICE_HOSTS), for information. */
  browserServiceRequests: string[];
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--no-default-browser-check',
];

/**
 * Chromium's own services (update checks, network time, accounts): the browser calls them with or
 * without the extension. They are trapped like everything else but listed apart.
 */
const CHROMIUM_SERVICE_HOSTS = [
  'accounts.google.com',
  'clients2.google.com',
  'clients2.googleusercontent.com',
  'update.googleapis.com',
  'redirector.gvt1.com',
  'edgedl.me.gvt1.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsingohttpgateway.googleapis.com',
  'content-autofill.googleapis.com',
];

export async function launch(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { extension = true, colorScheme = 'light', headless = true, viewport = { width: 1280, height: 800 } } = options;
  const unexpectedRequests: string[] = [];
  const browserServiceRequests: string[] = [];
  const userDataDir = await mkdtemp(join(tmpdir(), 'second-thought-profile-'));
  // Anything not answered by a route reaches this proxy instead of the internet, and is recorded:
  // this also covers requests Playwright's routing never sees (the browser's own, workers').
  const trap = await startRequestTrap((url) => {
    const { hostname, origin } = new URL(url);
    if (CHROMIUM_SERVICE_HOSTS.includes(hostname)) browserServiceRequests.push(url);
    // Chromium preconnects to the origin it navigates to; the requests themselves are routed.
    else if (!siteOf(origin)) unexpectedRequests.push(url);
  });
  const args = [...CHROMIUM_ARGS];
  if (extension) args.push(`--disable-extensions-except=${extensionDir()}`, `--load-extension=${extensionDir()}`);

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless,
      args,
      ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
      colorScheme,
      viewport,
      proxy: { server: trap.url },
    });
  } catch (error) {
    trap.server.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await routeFixtureSites(context, unexpectedRequests);

  let extensionId: string | undefined;
  if (extension) {
    const isExtensionWorker = (url: string) => url.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isExtensionWorker(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isExtensionWorker(w.url()), timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }

  return {
    context,
    extensionId,
    unexpectedRequests,
    browserServiceRequests,
    close: async () => {
      await context.close();
      trap.server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a fixture site at its real URL and waits until `window.__fixture` is ready. */
export async function openSite(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

/** The surface's wrapper, `[data-surface="<id>"]` (Playwright's CSS pierces LinkedIn's open shadow root). */
export function surface(page: Page, id: SurfaceId): Locator {
  return page.locator(`[data-surface="${id}"]`);
}

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Stops every running service worker, as Chrome does with an idle one after 30 seconds; the
 * next extension message starts it again from scratch.
 */
export async function stopServiceWorkers(cdp: CDPSession): Promise<void> {
  const running = new Set<string>();
  const track = ({ versions }: { versions: Array<{ versionId: string; runningStatus: string }> }) => {
    for (const version of versions) {
      if (version.runningStatus === 'running') running.add(version.versionId);
      else running.delete(version.versionId);
    }
  };
  cdp.on('ServiceWorker.workerVersionUpdated', track);
  await cdp.send('ServiceWorker.enable');
  await until(() => running.size > 0, 'a running service worker');
  for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await until(() => running.size === 0, 'the service workers to stop');
  cdp.off('ServiceWorker.workerVersionUpdated', track);
  await cdp.send('ServiceWorker.disable');
}

/** Clicks the surface's opener if its editor is not mounted yet, then returns the editable element. */
export async function openSurface(page: Page, id: SurfaceId): Promise<Locator> {
  const { opener, editor } = SURFACES[id];
  const mounted = () => page.evaluate((surfaceId) => window.__fixture!.isMounted(surfaceId), id);
  if (opener && !(await mounted())) await page.locator(opener).click();
  await page.waitForFunction((surfaceId) => window.__fixture!.isMounted(surfaceId), id);
  const editable = surface(page, id).locator(editor);
  await editable.waitFor({ state: 'visible' });
  return editable;
}

/** The draft as the surface's editor model holds it. */
export function fixtureText(page: Page, id: SurfaceId): Promise<string> {
  return page.evaluate((surfaceId) => window.__fixture!.getText(surfaceId), id);
}

export function sentPosts(page: Page): Promise<SentPost[]> {
  return page.evaluate(() => window.__fixture!.sent);
}

/**
 * The underline boxes the content script draws: divs with class `st-box` in the open shadow root
 * of a `[data-second-thought-overlay]` host (src/content/overlay). Playwright's CSS pierces it.
 */
export const UNDERLINE_SELECTOR = '[data-second-thought-overlay] .st-box';

/** Waits until at least one underline is drawn in the page; returns how many (0 on timeout). */
export async function waitForUnderlines(page: Page, timeoutMs = 5_000): Promise<number> {
  const underlines = page.locator(UNDERLINE_SELECTOR);
  try {
    await underlines.first().waitFor({ state: 'attached', timeout: timeoutMs });
  } catch {
    return 0;
  }
  return underlines.count();
}

// ---------------------------------------------------------------------------------------------
// Serving the fixtures at the real site URLs.

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The fixture file that answers a URL on one of the sites' origins. */
function fixtureFileFor(site: Site, pathname: string): string | undefined {
  if (pathname.startsWith(FIXTURE_ASSET_BASE)) {
    const file = resolve(fixturesDir(), pathname.slice(FIXTURE_ASSET_BASE.length));
    return file.startsWith(fixturesDir() + '/') ? file : undefined;
  }
  if (pathname === '/favicon.ico') return undefined;
  if (site === 'linkedin' && pathname.startsWith('/preload/')) return join(fixturesDir(), 'linkedin-preload.html');
  return join(fixturesDir(), `${site}.html`);
}

/** Serves the five site origins from dist-fixtures/ and aborts (and records) everything else. */
async function routeFixtureSites(context: BrowserContext, unexpectedRequests: string[]): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)) return route.continue();
    const site = siteOf(url.origin);
    if (!site) {
      unexpectedRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const file = fixtureFileFor(site, url.pathname);
    if (!file) return route.fulfill({ status: 404, body: '' });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
}

interface RequestTrap {
  server: Server;
  url: string;
}

/** A local proxy that answers nothing: it records each request (or CONNECT) and refuses it. */
async function startRequestTrap(record: (url: string) => void): Promise<RequestTrap> {
  const server = createServer((request, response) => {
    record(request.url ?? '(unknown)');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    // A CONNECT names only the host and port.
    record(`https://${(request.url ?? '(unknown)').replace(/:443$/, '')}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

// ---------------------------------------------------------------------------------------------
// What the content script costs to load.

interface BuiltManifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Every file a content script loads: the manifest's entries and, transitively, the chunks they import. */
export async function contentScriptFiles(distDir = extensionDir()): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(distDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const pending = (manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(join(distDir, file), 'utf8');
    // crxjs loaders import their chunk by extension URL; chunks import each other relatively.
    for (const match of code.matchAll(/getURL\(\s*["'`]\/?([^"'`]+)["'`]\s*\)/g)) pending.push(match[1]!);
    for (const match of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(join(dirname(file), match[1]!));
    }
  }
  return [...seen].sort();
}

export interface SizeReport {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
}

export async function contentScriptSize(distDir = extensionDir()): Promise<SizeReport> {
  const files = await Promise.all(
    (await contentScriptFiles(distDir)).map(async (file) => {
      const bytes = await readFile(join(distDir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

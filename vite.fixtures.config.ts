/**
 * Builds the fixture sites (fixtures/*.html) into dist-fixtures/. Tests and `npm start` serve them
 * at the real site URLs; every asset lives under FIXTURE_ASSET_BASE so it never clashes with a
 * site route.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export const FIXTURE_ASSET_BASE = '/__fixtures/';
export const FIXTURES_OUT_DIR = resolve(import.meta.dirname, 'dist-fixtures');
const fixturesRoot = resolve(import.meta.dirname, 'fixtures');

export default defineConfig({
  root: fixturesRoot,
  base: FIXTURE_ASSET_BASE,
  publicDir: false,
  logLevel: 'warn',
  // draft-js (through fbjs) still reads Node's `global`.
  define: { global: 'globalThis' },
  build: {
    outDir: FIXTURES_OUT_DIR,
    emptyOutDir: true,
    // Fixtures are test pages: readable stack traces matter more than size.
    minify: false,
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: Object.fromEntries(
        ['x', 'linkedin', 'linkedin-preload', 'facebook'].map((page) => [page, resolve(fixturesRoot, `${page}.html`)]),
      ),
    },
  },
});

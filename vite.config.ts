/** Builds the Chromium extension into dist/ (`npm run build`). Production builds only. */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.config.js';

/** franc's codes for the languages the core supports (English, Swedish, Bokmål, Nynorsk, Danish, German). */
const FRANC_LANGUAGES = ['eng', 'swe', 'nob', 'nno', 'dan', 'deu'];

/**
 * franc/data.js holds trigram tables for ~400 languages (~120 KiB gzip). The core only asks franc
 * about six Latin-script languages (`only`), so the bundle keeps just those tables; franc's answers
 * for them are unchanged because it scores each allowed language independently.
 */
function francSupportedLanguagesOnly(): Plugin {
  return {
    name: 'second-thought:franc-supported-languages-only',
    async load(id) {
      if (!/[\\/]node_modules[\\/]franc[\\/]data\.js$/.test(id)) return null;
      const { data } = (await import(pathToFileURL(id).href)) as { data: Record<string, Record<string, string>> };
      const latin = Object.fromEntries(
        FRANC_LANGUAGES.map((language) => {
          const trigrams = data.Latin?.[language];
          if (!trigrams) throw new Error(`franc has no Latin trigram table for ${language}`);
          return [language, trigrams];
        }),
      );
      return `export const data = ${JSON.stringify({ Latin: latin })};`;
    },
  };
}

export default defineConfig(({ command }) => {
  // crxjs's dev server adds <all_urls> web-accessible resources: such a build must never be loaded.
  if (command === 'serve') throw new Error('No dev server for the extension: use `npm run build` or `npm start`.');
  return {
    plugins: [francSupportedLanguagesOnly(), preact(), crx({ manifest })],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'chrome120',
    },
  };
});

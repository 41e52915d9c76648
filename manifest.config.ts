/** The extension's manifest (MV3). Paths point at sources; crxjs rewrites them to built files. */
import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from './package.json' with { type: 'json' };

/** The only pages the content script runs on. */
export const SITE_MATCHES = [
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
];

const icons = { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png', '48': 'icons/icon-48.png', '128': 'icons/icon-128.png' };

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: packageJson.version,
  icons,
  action: { default_popup: 'src/popup/index.html', default_icon: icons },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  permissions: ['storage'],
  content_scripts: [
    {
      matches: SITE_MATCHES,
      js: ['src/content/index.ts'],
      run_at: 'document_idle',
      all_frames: false,
    },
  ],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
});

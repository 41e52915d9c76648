import type { SiteAdapter } from './types';

const LEXICAL = '[role="textbox"][data-lexical-editor="true"]';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hostnames: ['www.facebook.com', 'web.facebook.com', 'facebook.com', 'm.facebook.com'],
  surfaces: [
    // The create-post dialog holds its editor in a POST form; Enter there starts a new line.
    { name: 'post', selector: `[role="dialog"] form[method="POST" i] ${LEXICAL}`, kind: 'lexical' },
    // Comments, replies and Messenger: Enter sends.
    { name: 'comment', selector: LEXICAL, kind: 'lexical', enterSends: true },
  ],
  shadowHosts: [],
  // Facebook's Post button has no stable id: it is the submit control of the composer form.
  sendButtons: ['[role="dialog"] form[method="POST" i] [role="button"][aria-label]:not([aria-haspopup])', 'form[method="POST" i] button[type="submit"]'],
};

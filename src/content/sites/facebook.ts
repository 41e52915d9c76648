import type { SiteAdapter } from './types';

const LEXICAL = '[role="textbox"][data-lexical-editor="true"]';

/**
 * Facebook's buttons are divs with translated labels and obfuscated classes. The label is only
 * trusted together with the place: the Post button inside a dialog, the send buttons next to an
 * editor (the send check also requires an editor in the button's neighbourhood).
 */
const POST_LABELS = ['Post', 'Publicera', 'Publiser', 'Slå op', 'Posten', 'Veröffentlichen'];
const SEND_LABELS = ['Comment', 'Press enter to send', 'Kommentera', 'Kommenter', 'Kommentieren', 'Tryck på retur för att skicka', 'Trykk Enter for å sende', 'Tryk på Enter for at sende', 'Zum Senden die Eingabetaste drücken'];

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hostnames: ['www.facebook.com', 'web.facebook.com', 'facebook.com', 'm.facebook.com'],
  surfaces: [
    // The create-post dialog: Enter starts a new line there.
    { name: 'post', selector: `[role="dialog"] ${LEXICAL}`, kind: 'lexical', post: true },
    // Comments, replies and Messenger: Enter sends.
    { name: 'comment', selector: LEXICAL, kind: 'lexical', enterSends: true },
  ],
  shadowHosts: [],
  sendButtons: [
    ...POST_LABELS.map((label) => `[role="dialog"] [role="button"][aria-label="${label}"]`),
    ...SEND_LABELS.map((label) => `[role="button"][aria-label="${label}"]`),
  ],
};

import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  platform: 'x',
  hostnames: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  surfaces: [
    { name: 'dm', selector: 'textarea[data-testid="dm-composer-textarea"]', kind: 'textarea', enterSends: true },
    { name: 'dm', selector: '[data-testid="dmComposerTextInput"][contenteditable="true"]', kind: 'draft', enterSends: true },
    // Post, reply, quote and thread parts: the Draft.js content element carries the test id.
    { name: 'post', selector: '[data-testid^="tweetTextarea_"][role="textbox"]', kind: 'draft', post: true },
    // The mobile layout swaps Draft.js for a plain textarea.
    { name: 'post', selector: 'div[data-testid^="tweetTextarea"] textarea', kind: 'textarea', post: true },
  ],
  shadowHosts: [],
  sendButtons: [
    '[data-testid="tweetButton"]',
    '[data-testid="tweetButtonInline"]',
    '[data-testid="dm-composer-send-button"]',
    '[data-testid="dmComposerSendButton"]',
  ],
};

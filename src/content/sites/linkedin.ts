import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hostnames: ['www.linkedin.com', 'linkedin.com'],
  surfaces: [
    // Classic share box: Quill inside the open shadow root of #interop-outlet.
    { name: 'share', selector: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]', kind: 'quill', post: true },
    // Newer share box: TipTap in a native <dialog>.
    { name: 'share', selector: '[componentkey="ShareBox_textEditor"][contenteditable="true"]', kind: 'prosemirror', post: true },
    { name: 'comment', selector: '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"]', kind: 'prosemirror' },
    { name: 'comment', selector: '.comments-comment-box__form .ql-editor[contenteditable="true"]', kind: 'quill' },
    { name: 'message', selector: '.msg-form__contenteditable[contenteditable="true"][role="textbox"]', kind: 'contenteditable', enterSends: true },
  ],
  shadowHosts: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  sendButtons: [
    'button.share-actions__primary-action',
    'button.msg-form__send-button',
    'button.comments-comment-box__submit-button',
    '[componentkey^="commentBox-"] button[type="submit"]',
    'button[componentkey="ShareBox_postButton"]',
  ],
};

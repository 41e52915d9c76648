import type { Platform } from '../../core/types';

/** How text gets into an editor, which decides how a suggestion is applied (see editors.md). */
export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea';

/** One kind of compose box on a site. */
export interface Surface {
  /** Short name for logs and tests, e.g. "post", "dm". */
  name: string;
  /** Matches the editable element itself (the contenteditable root or the textarea). */
  selector: string;
  kind: EditorKind;
  /** Enter (without Shift) sends the message, so the send-time check watches it. */
  enterSends?: boolean;
  /**
   * The box writes a post (on X also a reply, which is a post there): the platform-fit rules
   * (length limits, LinkedIn's "see more" fold, hashtag counts) apply. Comments and messages
   * have other limits, so those rules stay quiet there.
   */
  post?: boolean;
}

/** Everything the content script needs to know about one site, as data. */
export interface SiteAdapter {
  platform: Platform;
  hostnames: readonly string[];
  /** Checked in order: the first surface whose selector matches an element wins. */
  surfaces: readonly Surface[];
  /** Hosts of open shadow roots that hold editors; their roots are observed as well. */
  shadowHosts: readonly string[];
  /** Buttons that post or send what is in the nearest editor. */
  sendButtons: readonly string[];
}

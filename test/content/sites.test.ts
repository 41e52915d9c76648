// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, editorSelector, sendButtonSelector, surfaceOf } from '../../src/content/sites';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('site registry', () => {
  it('picks the adapter by hostname', () => {
    expect(adapterFor('x.com')?.platform).toBe('x');
    expect(adapterFor('twitter.com')?.platform).toBe('x');
    expect(adapterFor('www.linkedin.com')?.platform).toBe('linkedin');
    expect(adapterFor('www.facebook.com')?.platform).toBe('facebook');
    expect(adapterFor('web.facebook.com')?.platform).toBe('facebook');
    expect(adapterFor('example.com')).toBeUndefined();
  });

  it('has selectors the browser accepts', () => {
    for (const adapter of ADAPTERS) {
      expect(() => document.querySelectorAll(editorSelector(adapter))).not.toThrow();
      expect(() => document.querySelectorAll(sendButtonSelector(adapter))).not.toThrow();
    }
  });

  it('keys every editor on roles, test ids, component keys or editor attributes, not classes alone', () => {
    for (const adapter of ADAPTERS) {
      for (const surface of adapter.surfaces) expect(surface.selector).toMatch(/\[|textarea/);
    }
  });
});

describe('X', () => {
  const x = adapterFor('x.com')!;
  it('finds the Draft.js composer, the mobile textarea and the DM textarea', () => {
    const root = dom(`
      <div data-testid="tweetTextarea_0RichTextInputContainer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div>
      <div data-testid="tweetTextarea_1"><textarea id="mobile"></textarea></div>
      <textarea data-testid="dm-composer-textarea"></textarea>`);
    const draft = root.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(surfaceOf(x, draft)).toMatchObject({ kind: 'draft', name: 'post' });
    expect(surfaceOf(x, root.querySelector('#mobile')!)).toMatchObject({ kind: 'textarea', name: 'post' });
    expect(surfaceOf(x, root.querySelector('[data-testid="dm-composer-textarea"]')!)).toMatchObject({ kind: 'textarea', enterSends: true });
    expect(surfaceOf(x, root.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]')!)).toBeUndefined();
  });
});

describe('LinkedIn', () => {
  const linkedin = adapterFor('www.linkedin.com')!;
  it('finds Quill in the share box, TipTap boxes and the messaging box', () => {
    const root = dom(`
      <div data-test-modal-id="sharebox"><div class="ql-editor" contenteditable="true" id="quill"></div></div>
      <div class="ql-editor" contenteditable="true" id="stray-quill"></div>
      <div componentkey="ShareBox_textEditor" contenteditable="true" id="share"></div>
      <div componentkey="commentBox-urn:li:1"><div contenteditable="true" role="textbox" id="comment"></div></div>
      <div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="message"></div>`);
    const at = (id: string) => surfaceOf(linkedin, root.querySelector(`#${id}`)!);
    expect(at('quill')).toMatchObject({ kind: 'quill', name: 'share' });
    expect(at('stray-quill')).toBeUndefined();
    expect(at('share')).toMatchObject({ kind: 'prosemirror', name: 'share' });
    expect(at('comment')).toMatchObject({ kind: 'prosemirror', name: 'comment' });
    expect(at('message')).toMatchObject({ kind: 'contenteditable', enterSends: true });
    expect(linkedin.shadowHosts).toContain('#interop-outlet');
  });
});

describe('Facebook', () => {
  const facebook = adapterFor('www.facebook.com')!;
  it('tells the create-post dialog (Enter is a new line) from comment and chat boxes (Enter sends)', () => {
    const root = dom(`
      <div role="dialog"><div role="textbox" data-lexical-editor="true" contenteditable="true" id="post"></div>
        <div role="button" aria-label="Post" id="post-button"></div></div>
      <div><div role="textbox" data-lexical-editor="true" contenteditable="true" id="comment"></div></div>`);
    expect(surfaceOf(facebook, root.querySelector('#post')!)).toMatchObject({ kind: 'lexical', name: 'post' });
    expect(surfaceOf(facebook, root.querySelector('#post')!)?.enterSends).toBeFalsy();
    expect(surfaceOf(facebook, root.querySelector('#comment')!)).toMatchObject({ kind: 'lexical', enterSends: true });
    expect(root.querySelector('#post-button')!.matches(sendButtonSelector(facebook))).toBe(true);
  });
});

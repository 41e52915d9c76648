// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isSendKey, sessionNear } from '../../src/content/send-check';
import type { Session } from '../../src/content/session';

function fakeSession(element: Element, lastFocused = 0): Session {
  return { element, lastFocused } as unknown as Session;
}

describe('send-time check', () => {
  it('ties a send button to the editor nearest to it in the page', () => {
    document.body.innerHTML = `
      <article><div id="comment-box"><div id="a" contenteditable="true"></div><button id="send-a"></button></div></article>
      <article><div id="b" contenteditable="true"></div><div><button id="send-b"></button></div></article>
      <button id="elsewhere"></button>`;
    const a = fakeSession(document.getElementById('a')!);
    const b = fakeSession(document.getElementById('b')!);
    expect(sessionNear(document.getElementById('send-a')!, [a, b])).toBe(a);
    expect(sessionNear(document.getElementById('send-b')!, [a, b])).toBe(b);
    // A button whose nearest common ancestor holds both editors goes with the last focused one.
    b.lastFocused = 10;
    expect(sessionNear(document.getElementById('elsewhere')!, [a, b])).toBe(b);
  });

  it('finds the editor through a shadow root', () => {
    document.body.innerHTML = '<div id="outlet"></div>';
    const shadow = document.getElementById('outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="modal"><div id="quill" contenteditable="true"></div><button id="post"></button></div>';
    const quill = fakeSession(shadow.getElementById('quill')!);
    expect(sessionNear(shadow.getElementById('post')!, [quill])).toBe(quill);
  });

  it('treats plain Enter as sending, not Shift+Enter or an IME composition', () => {
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(true);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }))).toBe(false);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }))).toBe(false);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'a' }))).toBe(false);
  });
});

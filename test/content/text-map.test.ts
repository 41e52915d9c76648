// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domPointAt, rangeFor, readTextMap, singleNodeRange } from '../../src/content/bridge/text-map';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** The text covered by [start, end) according to the DOM range the map builds. */
function rangeText(root: HTMLElement, start: number, end: number): string | undefined {
  return rangeFor(readTextMap(root), start, end)?.toString();
}

describe('readTextMap', () => {
  it('joins paragraphs with one line break', () => {
    expect(readTextMap(editor('<p>One</p><p>Two</p>')).text).toBe('One\nTwo');
  });

  it('keeps empty paragraphs (placeholder <br>) as empty lines', () => {
    expect(readTextMap(editor('<p>a</p><p><br></p><p>b</p>')).text).toBe('a\n\nb');
    expect(readTextMap(editor('<p><br></p><p>b</p>')).text).toBe('\nb');
    expect(readTextMap(editor('<p><br></p>')).text).toBe('');
  });

  it('reads <br> inside a paragraph as a line break but not a trailing placeholder', () => {
    expect(readTextMap(editor('<p>a<br>b</p>')).text).toBe('a\nb');
    expect(readTextMap(editor('<p>a<br></p>')).text).toBe('a');
    expect(readTextMap(editor('<p>a<br><br class="ProseMirror-trailingBreak"></p>')).text).toBe('a\n');
  });

  it('reads Draft.js blocks', () => {
    const block = (text: string) =>
      `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${text}</span></span></div></div>`;
    const empty = '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>';
    expect(readTextMap(editor(`<div data-contents="true">${block('Hello')}${empty}${block('World')}</div>`)).text).toBe('Hello\n\nWorld');
  });

  it('reads Lexical paragraphs with mentions and hashtags as separate spans', () => {
    const root = editor(
      '<p dir="auto"><span data-lexical-text="true">Hi </span><a href="/sam"><span data-lexical-text="true">@sam</span></a>' +
        '<span data-lexical-text="true"> see </span><span data-lexical-text="true" class="hashtag">#launch</span></p>' +
        '<p dir="auto"><span data-lexical-text="true">Buy now</span></p>',
    );
    const map = readTextMap(root);
    expect(map.text).toBe('Hi @sam see #launch\nBuy now');
    expect(map.pieces.map((p) => p.start)).toEqual([0, 3, 7, 12, 20]);
  });

  it('ignores markup whitespace between blocks', () => {
    expect(readTextMap(editor('<p>a</p>\n  <p>b</p>\n')).text).toBe('a\nb');
  });
});

describe('ranges', () => {
  it('maps offsets after emoji (surrogate pairs) exactly', () => {
    const root = editor('<p>🎉🎉 Huge news 👋 buy now</p>');
    const text = readTextMap(root).text;
    const start = text.indexOf('buy now');
    expect(rangeText(root, start, start + 7)).toBe('buy now');
    expect(rangeText(root, 0, 2)).toBe('🎉');
  });

  it('maps across paragraphs, <br> and links', () => {
    const root = editor('<p>first <a href="#">@ann</a> line</p><p>second<br>third #tag</p>');
    const text = readTextMap(root).text;
    expect(text).toBe('first @ann line\nsecond\nthird #tag');
    for (const word of ['@ann', 'line', 'second', 'third', '#tag', 'line\nsecond']) {
      const start = text.indexOf(word);
      expect(rangeText(root, start, start + word.length)).toBe(word.replace('\n', ''));
    }
  });

  it('starts a range in the following node and ends it in the preceding one at a node boundary', () => {
    const root = editor('<p><span>ab</span><span>cd</span></p>');
    const map = readTextMap(root);
    const [first, second] = map.pieces;
    expect(domPointAt(map, 2, 'forward')).toEqual({ node: second!.node, offset: 0 });
    expect(domPointAt(map, 2, 'backward')).toEqual({ node: first!.node, offset: 2 });
    expect(singleNodeRange(map, 2, 4)?.toString()).toBe('cd');
    expect(singleNodeRange(map, 0, 2)?.toString()).toBe('ab');
    expect(singleNodeRange(map, 1, 3)).toBeUndefined();
  });

  it('gives no range for an empty editor', () => {
    expect(rangeFor(readTextMap(editor('<p><br></p>')), 0, 0)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { applyEdit, planEdit } from '../../src/content/bridge/edit-plan';

function removed(text: string, word: string): string | undefined {
  const start = text.indexOf(word);
  const edit = planEdit(text, start, start + word.length, '');
  return edit && applyEdit(text, edit);
}

describe('planEdit', () => {
  it('replaces the span with a suggestion as is', () => {
    expect(planEdit('buy now', 0, 3, 'get')).toEqual({ start: 0, end: 3, replacement: 'get' });
  });

  it('removes words with one neighbouring space, never leaving an empty insertion', () => {
    expect(removed('great post #ad', '#ad')).toBe('great post');
    expect(removed('a #ad b', '#ad')).toBe('a b');
    expect(removed('#ad hello', '#ad')).toBe('hello');
    expect(removed('line one\n#ad next', '#ad')).toBe('line one\nnext');
    for (const text of ['great post #ad', 'a #ad b', '#ad hello']) {
      const start = text.indexOf('#ad');
      expect(planEdit(text, start, start + 3, '')!.replacement).not.toBe('');
    }
  });

  it('keeps a whole emoji when it is the neighbour carried along', () => {
    const edit = planEdit('🔥 !!!', 2, 6, '');
    expect(edit).toEqual({ start: 0, end: 6, replacement: '🔥' });
  });

  it('gives up when nothing but line breaks surround the words', () => {
    expect(planEdit('#ad', 0, 3, '')).toBeUndefined();
    expect(planEdit('a\n#ad\nb', 2, 5, '')).toBeUndefined();
  });
});

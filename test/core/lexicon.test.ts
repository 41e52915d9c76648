import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/doc';
import { Lexicon } from '../../src/core/lexicon';

const lexicon = new Lexicon<{ tag: string }>({
  en: [
    { phrase: 'comment yes|yeah below', tag: 'bait' },
    { phrase: 'like _ agree', tag: 'gap' },
    { phrase: 'idiot*', tag: 'prefix' },
    { phrase: 'fuck', tag: 'anywhere', anywhere: true },
    { phrase: 'slut', tag: 'false-friend' },
  ],
  de: [{ phrase: '*idiot', tag: 'suffix' }],
});

const matches = (text: string, pinned?: ('en' | 'sv' | 'de')[]) =>
  lexicon.match(buildDoc(text, pinned)).map((m) => [m.entry.tag, text.slice(m.start, m.stop)]);

describe('Lexicon', () => {
  it('matches literal phrases with alternatives, gaps and wildcards', () => {
    expect(matches('Comment YEAH below, like if agree. Idiots!', ['en'])).toEqual([
      ['bait', 'Comment YEAH below'],
      ['gap', 'like if agree'],
      ['prefix', 'Idiots'],
    ]);
  });
  it('matches suffixes for compounds in their language only', () => {
    expect(matches('Du Vollidiot', ['de'])).toEqual([['suffix', 'Vollidiot']]);
    expect(matches('Du Vollidiot', ['sv'])).toEqual([]);
  });
  it('keeps false friends to their language and loanwords everywhere', () => {
    expect(matches('Slut på kaffe, fuck', ['sv'])).toEqual([['anywhere', 'fuck']]);
  });
  it('reads disguised words', () => {
    expect(matches('id10t f*ck fuuuuck', ['en']).map(([tag]) => tag)).toEqual(['prefix', 'anywhere', 'anywhere']);
  });
  it('does not match across sentences', () => {
    expect(matches('Comment yes. Below', ['en'])).toEqual([]);
  });
});

describe('Lexicon alternatives', () => {
  it('keep each alternative on its own path', () => {
    const animals = new Lexicon<{ tag: string }>({
      en: [
        { phrase: 'the cat', tag: 'cat' },
        { phrase: 'the cat|dog sat', tag: 'sat' },
      ],
    });
    const tags = (text: string) => animals.match(buildDoc(text, ['en'])).map((m) => m.entry.tag);
    expect(tags('the dog')).toEqual([]);
    expect(tags('the cat')).toEqual(['cat']);
    expect(tags('the dog sat')).toEqual(['sat']);
  });
});

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

describe('Lexicon shared phrase ends', () => {
  // Phrases ending with the same data end in one shared node: a longer phrase must not leak
  // through it into the others, and entries with the same data stay apart by language.
  const shared = new Lexicon<{ tag: string }>({
    en: [
      { phrase: 'big cat', tag: 'x' },
      { phrase: 'big dog', tag: 'x' },
      { phrase: 'big cat sat', tag: 'y' },
      { phrase: 'a|a b', tag: 'x' },
      { phrase: 'idiot*', tag: 'x' },
      { phrase: 'idiot', tag: 'x' },
    ],
    de: [{ phrase: 'big dog', tag: 'x' }],
  });
  const found = (text: string, pinned: ('en' | 'de')[] = ['en']) =>
    shared.match(buildDoc(text, pinned)).map((m) => [m.entry.tag, m.entry.lang, text.slice(m.start, m.stop)]);
  it('goes on only from the phrase that goes on', () => {
    expect(found('big cat sat')).toEqual([['y', 'en', 'big cat sat']]);
    expect(found('big dog sat')).toEqual([['x', 'en', 'big dog']]);
    expect(found('big cat')).toEqual([['x', 'en', 'big cat']]);
  });
  it('keeps one entry per phrase end, in the language it is listed for', () => {
    expect(found('a b')).toEqual([['x', 'en', 'a b']]);
    expect(found('idiot')).toEqual([['x', 'en', 'idiot']]);
    expect(found('big dog', ['de'])).toEqual([['x', 'de', 'big dog']]);
    expect(found('big cat', ['de'])).toEqual([]);
  });
});

describe('Lexicon start index', () => {
  it('finds phrases in a document read before the lexicon was built', () => {
    const doc = buildDoc('Buy now, you idiot', ['en']);
    const early = new Lexicon<{ tag: string }>({ en: [{ phrase: 'buy now', tag: 'early' }] });
    expect(early.match(doc).map((m) => m.entry.tag)).toEqual(['early']);
    const late = new Lexicon<{ tag: string }>({ en: [{ phrase: 'you idiot*', tag: 'late' }] });
    expect(late.match(doc).map((m) => m.entry.tag)).toEqual(['late']);
    expect(early.match(doc).map((m) => m.entry.tag)).toEqual(['early']);
  });
  it('gives a lexicon of its own (custom terms) the same matches', () => {
    const data = { en: [{ phrase: 'project falcon', tag: 'term' }, { phrase: '*idiot', tag: 'suffix' }] };
    const doc = buildDoc('Project Falcon ships, said the Vollidiot', ['en']);
    const shared = new Lexicon<{ tag: string }>(data).match(doc);
    const own = new Lexicon<{ tag: string }>(data, { shared: false }).match(doc);
    expect(own).toEqual(shared);
    expect(own.map((m) => m.entry.tag)).toEqual(['term', 'suffix']);
  });
  it('prepares and builds its lists on first use only, once', () => {
    let prepared = 0;
    const lazy = new Lexicon<{ tag: string }>(() => {
      prepared++;
      return { en: [{ phrase: 'last chance', tag: 'urgent' }] };
    });
    // Nothing at construction; the first match anywhere reads every waiting lexicon in.
    expect(prepared).toBe(0);
    const doc = buildDoc('Last chance to sign up', ['en']);
    expect(lazy.match(doc).map((m) => m.entry.tag)).toEqual(['urgent']);
    expect(lazy.match(buildDoc('last chance, really', ['en'])).map((m) => m.entry.tag)).toEqual(['urgent']);
    expect(prepared).toBe(1);
  });
  it('reads words it remembers from earlier documents, long ones too, the same way again', () => {
    const lexicon = new Lexicon<{ tag: string }>({ en: [{ phrase: 'you *idiot', tag: 'insult' }, { phrase: 'grifter*', tag: 'grift' }] });
    const text = 'you Oberfeldvollidiot, grifters and you idiot';
    const first = lexicon.match(buildDoc(text, ['en']));
    expect(first.map((m) => text.slice(m.start, m.stop))).toEqual(['you Oberfeldvollidiot', 'grifters']);
    expect(lexicon.match(buildDoc(text, ['en']))).toEqual(first);
  });
  it('lets a masked word start a phrase in any lexicon', () => {
    const lexicon = new Lexicon<{ tag: string }>({ en: [{ phrase: 'shut up', tag: 'rude' }] });
    expect(lexicon.match(buildDoc('sh*t up now', ['en'])).map((m) => m.entry.tag)).toEqual(['rude']);
  });

  it('reads a masked word that fits several listed words in the order asked for', () => {
    const data = { en: [{ phrase: 'fags', tag: 'slur' }, { phrase: 'fuck', tag: 'swearing' }] };
    const read = (lexicon: Lexicon<{ tag: string }>) => lexicon.match(buildDoc('what the f***', ['en'])).map((m) => m.entry.tag);
    expect(read(new Lexicon<{ tag: string }>(data))).toEqual(['slur']);
    expect(read(new Lexicon<{ tag: string }>(data, { maskedOrder: (entry) => (entry.tag === 'swearing' ? 0 : 1) }))).toEqual(['swearing']);
  });
});

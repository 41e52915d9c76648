import { describe, expect, it } from 'vitest';
import { fold, originalSpan } from '../../src/core/text/fold';
import { cutWords, joinSpelledOut, tokenize } from '../../src/core/text/tokens';

const spanText = (text: string, needle: string) => {
  const folded = fold(text);
  const at = folded.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const { start, end } = originalSpan(folded, at, at + needle.length);
  return text.slice(start, end);
};

describe('fold', () => {
  it('reads styled Unicode letters as plain ones and maps back exactly', () => {
    expect(spanText('Hi 𝐈𝐃𝐈𝐎𝐓 there', 'idiot')).toBe('𝐈𝐃𝐈𝐎𝐓');
    expect(spanText('ｆｕｌｌ width', 'full')).toBe('ｆｕｌｌ');
  });
  it('drops zero-width characters that split words', () => {
    expect(spanText('f\u200Bu\u200Dck', 'fuck')).toBe('f\u200Bu\u200Dck');
  });
  it('composes combining marks and keeps Nordic letters', () => {
    expect(spanText('A\u0308pple och blåbär', 'äpple')).toBe('A\u0308pple');
    expect(fold('Øl Ærlig Åse').text).toBe('øl ærlig åse');
  });
  it('maps expansions to their source character', () => {
    const text = 'ﬃ x';
    const folded = fold(text);
    expect(folded.text).toBe('ffi x');
    expect(originalSpan(folded, 0, 3)).toEqual({ start: 0, end: 1 });
  });
  it('keeps offsets exact after many characters that expand (each … folds to three dots)', () => {
    const text = `${'Well… '.repeat(10)}you are an idiot`;
    expect(spanText(text, 'idiot')).toBe('idiot');
    expect(fold(text).to.length).toBe(fold(text).text.length);
  });
  it('handles empty and lone surrogate input', () => {
    expect(fold('').text).toBe('');
    expect(() => fold('\uD800x\uDFFF')).not.toThrow();
  });
});

describe('tokenize', () => {
  const tokensOf = (text: string) => tokenize(fold(text)).tokens;

  it('finds words, hashtags, mentions, links, e-mails and emoji with exact spans', () => {
    const text = 'Hi @anna_b! See https://example.com/x, mail a.b@c.se #Growth 🚀';
    const kinds = tokensOf(text).map((t) => [t.kind, text.slice(t.start, t.end)]);
    expect(kinds).toEqual([
      ['word', 'Hi'],
      ['mention', '@anna_b'],
      ['word', 'See'],
      ['url', 'https://example.com/x'],
      ['word', 'mail'],
      ['email', 'a.b@c.se'],
      ['hashtag', '#Growth'],
      ['emoji', '🚀'],
    ]);
  });
  it('reads disguised words', () => {
    const [leet, stretched, masked] = tokensOf('id10t fuuuuck f*ck');
    expect(leet!.reveal).toBe('idiot');
    expect(stretched!.norm).toBe('fuuck');
    expect(stretched!.reveal).toBe('fuck');
    expect(masked!.masked).toBe(true);
  });
  it('does not read digits in hashtags as leetspeak', () => {
    expect(tokensOf('#follow4follow')[0]!.reveal).toBeUndefined();
  });
  it('splits sentences at end punctuation and line breaks', () => {
    const { sentences } = tokenize(fold('One. Two!\nThree'));
    expect(sentences).toHaveLength(3);
  });
  it('joins words spelled out letter by letter', () => {
    const folded = fold('you i d i o t and f.u.c.k but a b');
    const joined = joinSpelledOut(tokenize(folded).tokens, folded).map((t) => t.norm);
    expect(joined).toEqual(['idiot', 'fuck']);
  });
});

describe('tokenize links and addresses', () => {
  it('finds bare domains and e-mails only as whole runs', () => {
    const text = 'see example.com/path and mail me at jo.doe+x@mail.example.se, not a.b.c';
    const kinds = tokenize(fold(text)).tokens.filter((t) => t.kind !== 'word').map((t) => [t.kind, text.slice(t.start, t.end)]);
    expect(kinds).toEqual([
      ['url', 'example.com/path'],
      ['email', 'jo.doe+x@mail.example.se'],
    ]);
  });
});

describe('trailing masks', () => {
  const tokensOf = (text: string) => tokenize(fold(text)).tokens.map((t) => text.slice(t.start, t.end));
  it('keep hidden last letters in the word but leave currency alone', () => {
    expect(tokensOf('a$$ fu** US$ 5$ note*')).toEqual(['a$$', 'fu**', 'US', '5', 'note*']);
  });
});

describe('sentence ends', () => {
  const sentencesOf = (text: string) => tokenize(fold(text)).sentences.map((s) => text.slice(s.start, s.end).trim());
  it('do not fall after ordinals and abbreviations', () => {
    expect(sentencesOf('Wir sind vom 1. bis 21. August weg. Ruf an: Tel. 0171 1234567.')).toEqual([
      'Wir sind vom 1. bis 21. August weg.',
      'Ruf an: Tel. 0171 1234567.',
    ]);
    expect(sentencesOf('Vi har bl.a. kaffe. Sedan te.')).toEqual(['Vi har bl.a. kaffe.', 'Sedan te.']);
  });
  it('still fall after years and ordinary words', () => {
    expect(sentencesOf('Born in 1990. Then moved.')).toEqual(['Born in 1990.', 'Then moved.']);
  });
});

describe('look-alikes of links and masks', () => {
  const tokensOf = (text: string) => tokenize(fold(text)).tokens.map((t) => [t.kind, text.slice(t.start, t.end)]);
  it('do not read a double dot as a domain or a mark before a digit as a mask', () => {
    expect(tokensOf('time..no day!2find')).toEqual([
      ['word', 'time'],
      ['word', 'no'],
      ['word', 'day'],
      ['word', '2find'],
    ]);
  });
});

describe('words cut by marks that may hide letters', () => {
  /** Each cut word as [head, tail, marks, the original text it spans]. */
  const cutsOf = (text: string) => {
    const folded = fold(text);
    const { tokens } = tokenize(folded);
    return cutWords(tokens, folded).map(({ index, cut }) => [cut.head, cut.tail, cut.marks, text.slice(tokens[index]!.start, cut.end)]);
  };
  it('reads a word running into dots, with the letters after them', () => {
    expect(cutsOf('Auf die Bewährung schei.......ss ich')).toEqual([['schei', 'ss', '.......', 'schei.......ss']]);
    expect(cutsOf('Du A...loch!')).toEqual([['a', 'loch', '...', 'A...loch']]);
    expect(cutsOf('So eine Schei… Regierung')).toEqual([['schei', '', '...', 'Schei…']]);
  });
  it('reads a masked word with one run of stars', () => {
    expect(cutsOf('Zum KOT*** und A****loch')).toEqual([
      ['kot', '', '***', 'KOT***'],
      ['a', 'loch', '****', 'A****loch'],
    ]);
    expect(cutsOf('f*c*')).toEqual([]);
  });
  it('reads hyphens, hashes, underscores and one dot between letters, and two of them at the end', () => {
    expect(cutsOf('f--k, sh-t, f#ck, f_ck, f.ck, Sch##')).toEqual([
      ['f', 'k', '--', 'f--k'],
      ['sh', 't', '-', 'sh-t'],
      ['f', 'ck', '#', 'f#ck'],
      ['f', 'ck', '_', 'f_ck'],
      ['f', 'ck', '.', 'f.ck'],
      ['sch', '', '##', 'Sch##'],
    ]);
  });
  it('reads a star escaped for Markdown as a star', () => {
    expect(cutsOf('fuc\\*ing, C:\\Users')).toEqual([['fuc', 'ing', '*', 'fuc\\*ing']]);
  });
  it('leaves words before one mark at the end, a space or other marks alone', () => {
    expect(cutsOf('Das war es. Naja . also, gut!? Jo. Bundes- und Landesebene')).toEqual([]);
  });
  it('reads a long run once, in linear time', () => {
    const text = `schei${'.'.repeat(50_000)}`;
    expect(cutsOf(text)).toEqual([['schei', '', '.'.repeat(50_000), text]]);
  });
});

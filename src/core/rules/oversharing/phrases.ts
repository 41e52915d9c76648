import type { Doc } from '../../doc';
import type { Lexicon, LexiconData, LexiconEntry, LexiconMatch } from '../../lexicon';
import type { Lang } from '../../types';

/**
 * Phrase lists written compactly: `{i am|i’m} away` holds alternatives of several words, which
 * the lexicon's own `a|b` (one word each) cannot.
 */

/**
 * Expands `{a b|c}` groups, which may hold several words, into one phrase per choice. A phrase
 * written with the typographic apostrophe (i’m) also gets its typed twin (i'm).
 */
export function expandGroups(phrase: string): string[] {
  return expandBraces(phrase)
    .map((expanded) => expanded.replace(/\s+/g, ' ').trim())
    .flatMap((expanded) => (expanded.includes('’') ? [expanded, expanded.replaceAll('’', "'")] : [expanded]));
}

function expandBraces(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase];
  const close = phrase.indexOf('}', open);
  const head = phrase.slice(0, open);
  const tails = expandBraces(phrase.slice(close + 1));
  return phrase
    .slice(open + 1, close)
    .split('|')
    .flatMap((choice) => tails.map((tail) => `${head}${choice}${tail}`));
}

/** Lexicon entries for every expansion of the phrases, each carrying the same data. */
export function entriesOf<T extends object>(phrases: readonly string[], data: T): Array<T & { phrase: string }> {
  return phrases.flatMap((phrase) => expandGroups(phrase).map((expanded) => ({ ...data, phrase: expanded })));
}

const WEST_NORDIC = ['nb', 'nn', 'da'] as const;

/**
 * The lists as the lexicon should get them. Language detection often puts a short post in the
 * wrong language (language.md: Bokmål, Nynorsk and Danish above all), and a phrase of two or more
 * words ("jag har fått diagnosen", "under NDA") means the same whichever language the post is
 * taken for, so those phrases apply in every language; single words keep theirs, shared among
 * Bokmål, Nynorsk and Danish.
 */
export function forEveryLanguage<T>(data: LexiconData<T>): LexiconData<T> {
  const widened: LexiconData<T> = {};
  for (const [lang, entries] of Object.entries(data) as Array<[Lang, ReadonlyArray<LexiconEntry<T>>]>) {
    widened[lang] = entries.map((entry) => (entry.phrase.trim().includes(' ') ? { ...entry, anywhere: true } : entry));
  }
  const westNordicWords = WEST_NORDIC.flatMap((lang) => (widened[lang] ?? []).filter((entry) => !entry.anywhere));
  for (const lang of WEST_NORDIC) widened[lang] = [...(widened[lang] ?? []).filter((entry) => entry.anywhere), ...westNordicWords];
  return widened;
}

/**
 * Matches that open their sentence: "Diagnosed with MS at 34.", "Confidential: …". Without a
 * subject they are the writer's own news only there; mid-sentence ("she was diagnosed with") not.
 */
export function openingMatches<T>(lexicon: Lexicon<T>, doc: Doc): Array<LexiconMatch<T>> {
  return lexicon.match(doc).filter((match) => {
    const sentence = doc.sentences[doc.tokens[match.first]!.sentence]!;
    for (let i = sentence.firstToken; i < match.first; i++) if (doc.tokens[i]!.kind === 'word' || doc.tokens[i]!.kind === 'number') return false;
    return true;
  });
}

const COMPOUND_GOES_ON = /^-\p{L}/u;

/**
 * Whether a match ends in the first half of a hyphenated compound ("Jeg går til
 * psykolog-konferansen"): then it is about the compound, not the word matched.
 */
export function endsInCompound(doc: Doc, end: number): boolean {
  return COMPOUND_GOES_ON.test(doc.text.slice(end, end + 2));
}

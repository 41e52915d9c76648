/**
 * Small sets of single words per language ("you", "is", "against"), looked up by hash. For the
 * words around a hit that decide what it means, where a lexicon walk would be more than needed.
 */
import type { Lang } from '../../types';
import { LANGUAGES } from '../../types';
import { withoutSpecialLetters } from './data/build';

/** Words separated by white space, per language. */
export type WordSets = Record<Lang, string>;

/** Each word, also as typed without ä, ö, ü, ß, æ, ø, å, with the languages it belongs to. */
export type WordSet = Map<string, Set<Lang>>;

export function compileWordSets(sets: WordSets): WordSet {
  const map: WordSet = new Map();
  for (const lang of LANGUAGES) {
    for (const word of sets[lang].split(/\s+/).filter((w) => w !== '').flatMap(withoutSpecialLetters)) {
      const langs = map.get(word) ?? new Set<Lang>();
      langs.add(lang);
      map.set(word, langs);
    }
  }
  return map;
}

/** Whether `word` is in the set for one of `langs`. */
export function isIn(set: WordSet, word: string, langs: ReadonlySet<Lang>): boolean {
  const wordLangs = set.get(word);
  if (!wordLangs) return false;
  for (const lang of wordLangs) if (langs.has(lang)) return true;
  return false;
}

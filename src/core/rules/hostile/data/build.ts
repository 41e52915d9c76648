/**
 * Helpers for writing the hostile word lists compactly: one string of comma-separated phrases per
 * sureness level, in the phrase syntax of `Lexicon`, plus `word+` for a word and its inflections.
 */
import type { LexiconEntry } from '../../../lexicon';
import type { PhraseData } from '../../../rule';
import type { Lang, Sureness } from '../../../types';

/**
 * A list entry. `ignore` marks an innocent phrase that shields its words from shorter entries;
 * `readerOnly` marks a word that insults only when aimed at the reader ("you're useless", not
 * "the worst part is"); `notIn` lists languages where the same letters are an ordinary word, so
 * the entry is skipped when a sentence may be in one of them (English "slut" is Swedish "end");
 * `rare` marks a word few people write, read last when a masked word (f***) fits several.
 */
export type HostileData = PhraseData & { ignore?: boolean; readerOnly?: boolean; notIn?: readonly Lang[]; rare?: boolean };
export type HostileEntry = LexiconEntry<HostileData>;

/**
 * Endings a word written `word+` is also listed with: the inflections of German and Nordic nouns
 * and adjectives (widerwärtig+ → widerwärtige, widerwärtigen…; løgnhals+ → løgnhalse, løgnhalsene).
 * Spelled-out words are looked up by hash, where a `word*` prefix is tried against every word
 * starting with the same letter, so `+` keeps long lists cheap.
 */
const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 't', 'a', 'ar', 'et', 'ne', 'na', 'ene', 'erne', 'arna', 'ers', 'ens', 'ste', 'sten', 'ster'];

function inflect(word: string): string[] {
  return word.length > 1 && word.endsWith('+') ? ENDINGS.map((ending) => word.slice(0, -1) + ending) : [word];
}

/**
 * The literal phrases a pattern stands for: alternatives (`a|b`) and inflections (`word+`) spelled
 * out one by one, hyphenated words as the words they are read as, words with ä, ö, ü, ß, æ, ø, å
 * also as typed without them, and words typed with a straight apostrophe also with the typographic
 * one (I'll, I’ll). Spelled out here so that phrases sharing a first word keep their own paths in
 * the lexicon's trie.
 */
function expand(pattern: string): string[] {
  let phrases = [''];
  for (const slot of pattern.split(/\s+/)) {
    const words = slot
      .split('|')
      .flatMap(inflect)
      .flatMap((word) => (word.includes("'") ? [word, word.replaceAll("'", '’')] : [word]));
    phrases = phrases.flatMap((phrase) => words.map((word) => (phrase === '' ? word : `${phrase} ${word}`)));
  }
  // Text is split into words at hyphens ("brain-dead" is read as two), so a listed word is too.
  return phrases.map((phrase) => phrase.replace(/(\p{L})-(?=\p{L})/gu, '$1 ')).flatMap(withoutSpecialLetters);
}

/** How letters are typed on keyboards without them: "realitaetsfern", "Schwachkoepfe", "svinehaand". */
const SPELLED_PLAIN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };
const SPECIAL_LETTERS = /[äöüßæøå]/g;

export function withoutSpecialLetters(phrase: string): string[] {
  const plain = phrase.replace(SPECIAL_LETTERS, (letter) => SPELLED_PLAIN[letter]!);
  return plain === phrase ? [phrase] : [phrase, plain];
}

/** Phrases separated by commas, all with the same sureness and extra data. */
export function graded(sureness: Sureness, phrases: string, extra: Omit<HostileEntry, 'phrase'> = {}): HostileEntry[] {
  return phrases
    .split(',')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    .flatMap(expand)
    .map((phrase) => ({ ...extra, sureness, phrase }));
}

/** The one suggestion for a word best left out: remove it (shared, so entries with it stay alike). */
export const REMOVE: string[] = [''];

/** Innocent phrases that contain a listed word ("fan av", "killer feature"): matched, never flagged. */
export function innocent(phrases: string): HostileEntry[] {
  return graded(0, phrases, { ignore: true });
}

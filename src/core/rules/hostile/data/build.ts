/**
 * Helpers for writing the hostile word lists compactly: one string of comma-separated phrases per
 * sureness level, in the phrase syntax of `Lexicon`.
 */
import type { LexiconEntry } from '../../../lexicon';
import type { PhraseData } from '../../../rule';
import type { Sureness } from '../../../types';

/**
 * A list entry. `ignore` marks an innocent phrase that shields its words from shorter entries;
 * `readerOnly` marks a word that insults only when aimed at the reader ("you're useless", not
 * "the worst part is").
 */
export type HostileEntry = LexiconEntry<PhraseData & { ignore?: boolean; readerOnly?: boolean }>;

/** Words typed with a straight apostrophe also match the typographic one (I'll, I’ll). */
function withCurlyApostrophes(phrase: string): string {
  return phrase
    .split(' ')
    .map((slot) => (slot.includes("'") ? `${slot}|${slot.replaceAll("'", '’')}` : slot))
    .join(' ');
}

/** Phrases separated by commas, all with the same sureness and extra data. */
export function graded(sureness: Sureness, phrases: string, extra: Omit<HostileEntry, 'phrase'> = {}): HostileEntry[] {
  return phrases
    .split(',')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    .map((phrase) => ({ ...extra, sureness, phrase: withCurlyApostrophes(phrase) }));
}

/** Innocent phrases that contain a listed word ("fan av", "killer feature"): matched, never flagged. */
export function innocent(phrases: string): HostileEntry[] {
  return graded(0, phrases, { ignore: true });
}

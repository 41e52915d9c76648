/**
 * Matching the hostile word lists over a document. The threat, slur, insult and swearing lists,
 * and the words that point at competitors, are compiled into one lexicon and matched in one pass
 * per document, shared by their rules: one walk over the tokens instead of five, and one finding
 * per phrase (the most serious list wins when a phrase is in two).
 */
import type { Doc } from '../../doc';
import { Lexicon, type LexiconData } from '../../lexicon';
import { LANGUAGES } from '../../types';
import type { HostileData, HostileEntry } from './data/build';
import { insultLists } from './data/insults';
import { profanityLists } from './data/profanity';
import { slurLists } from './data/slurs';
import { threatLists } from './data/threats';
import { COMPETITOR_CUES } from './data/competitors';

export interface ListMatch {
  entry: HostileData;
  /** Indices of the first and last matched tokens; undefined for words spelled out ("i d i o t"). */
  first?: number;
  last?: number;
  start: number;
  end: number;
}

/** Every flagged phrase of `lexicon` in `doc`; innocent phrases ("fan av") hide their words. */
export function matchList<T extends HostileData>(lexicon: Lexicon<T>, doc: Doc): Array<ListMatch & { entry: T }> {
  const found: Array<ListMatch & { entry: T }> = [];
  for (const { entry, first, end, start, stop } of lexicon.match(doc)) {
    const langs = doc.sentenceLangs[doc.tokens[first]!.sentence]!;
    if (!entry.ignore && !entry.notIn?.some((lang) => langs.has(lang))) found.push({ entry, first, last: end - 1, start, end: stop });
  }
  for (const { entry, start, stop, langs } of lexicon.matchSpelledOut(doc)) {
    if (!entry.ignore && !entry.notIn?.some((lang) => langs.has(lang))) found.push({ entry, start, end: stop });
  }
  return found;
}

/** The lists, most serious first. */
const LISTS = ['threat', 'slur', 'insult', 'profanity', 'competitor'] as const;
export type HostileList = (typeof LISTS)[number];

/** The lists that say something of the words they match: all but the words pointing at competitors. */
export const WORD_LISTS: readonly HostileList[] = ['threat', 'slur', 'insult', 'profanity'];

type TaggedEntry = HostileData & { list: HostileList };

/** The lists tagged with their names, built when the lexicon first needs them. */
function merge(): LexiconData<TaggedEntry> {
  const insult = insultLists();
  const slur = slurLists();
  const lists: Record<HostileList, LexiconData<HostileEntry>> = {
    threat: threatLists(),
    slur,
    insult,
    profanity: profanityLists([insult, slur]),
    competitor: COMPETITOR_CUES,
  };
  const merged: LexiconData<TaggedEntry> = {};
  for (const lang of LANGUAGES) {
    merged[lang] = LISTS.flatMap((list) => (lists[list][lang] ?? []).map((entry) => ({ ...entry, list })));
  }
  return merged;
}

/**
 * Which word a masked word (f***, n****r) is read as when it fits several: people mask common
 * swearing most, then slurs, then insults; the rare words from cuss come last. So "f***" reads as
 * "fuck", not as a slur.
 */
function maskedOrder(entry: TaggedEntry): number {
  if (entry.rare) return 3;
  return entry.list === 'profanity' ? 0 : entry.list === 'slur' ? 1 : 2;
}

const lexicon = new Lexicon<TaggedEntry>(merge, { maskedOrder });
const byDoc = new WeakMap<Doc, Array<ListMatch & { entry: TaggedEntry }>>();

/** The matches of one list in `doc`; the shared pass runs once per document. */
export function listMatches(doc: Doc, list: HostileList): ListMatch[] {
  let all = byDoc.get(doc);
  if (!all) {
    all = matchList(lexicon, doc);
    byDoc.set(doc, all);
  }
  return all.filter((match) => match.entry.list === list);
}

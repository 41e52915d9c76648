/** Small helpers shared by the spam and promotional rules. */
import type { Doc } from '../../doc';
import { Lexicon, type LexiconData, type LexiconEntry } from '../../lexicon';
import type { PhraseData, RuleContext } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit, Localized, Severity, Sureness } from '../../types';
import { LANGUAGES } from '../../types';

/** What a list entry of these rules may say: a phrase's own data, and where it must stand. */
export interface ListData extends PhraseData {
  /** An imperative ("comment YES"): counts only at the start of a sentence or after "please". */
  opener?: boolean;
  /** The phrase's `_` stands for an amount: counts only when a number fills it. */
  amount?: boolean;
  /**
   * An amount stands right before the phrase ("5.000 Euro von zu Hause verdient"), and the hit
   * starts with it. Written so, not as a phrase opening with `_`: a lexicon whose phrase may
   * start with any word is asked at every word of every post.
   */
  amountBefore?: boolean;
  /** The phrase ends its clause ("Jetzt kaufen!", not "Jetzt kaufen viele online"). */
  closes?: boolean;
}

/**
 * List entries for phrases that share the same extra data (suggestions, sureness). A phrase of
 * two or more words applies in every language unless told otherwise: "kommentera ja" or "jetzt
 * kaufen" mean the same whatever language a short post is taken for, and detection of short
 * Nordic posts is often wrong. Single words stay in their own language (false friends).
 */
export function phrases(list: readonly string[], data: ListData & { anywhere?: boolean } = {}): Array<LexiconEntry<ListData>> {
  const expanded = list.flatMap(expand);
  return (data.amount ? expanded.flatMap(withThousands) : expanded).map((phrase) => ({ anywhere: phrase.includes(' '), ...data, phrase }));
}

/**
 * An amount's `_` also stands for a number written with a thousands separator: "30 000",
 * "5.000" and "5,000" are two number tokens, the second "000".
 */
function withThousands(phrase: string): string[] {
  const slot = /(^| )_( |$)/.exec(phrase);
  if (!slot) return [phrase];
  const at = slot.index + slot[1]!.length;
  return [phrase, `${phrase.slice(0, at)}_ 000${phrase.slice(at + 1)}`];
}

/**
 * Expands `{you have|u have} won` groups and `a|b` alternatives into plain phrases. Groups let
 * an alternative span several words.
 */
function expand(phrase: string): string[] {
  const group = /\{([^{}]*)\}/.exec(phrase);
  if (group) {
    const before = phrase.slice(0, group.index);
    const after = phrase.slice(group.index + group[0].length);
    return group[1]!.split('|').flatMap((alternative) => expand(`${before} ${alternative} ${after}`));
  }
  let out = [''];
  for (const slot of phrase.trim().split(/\s+/)) {
    out = out.flatMap((head) => slot.split('|').map((word) => (head === '' ? word : `${head} ${word}`)));
  }
  return out;
}

// Softeners that may stand before an imperative without making it less of one.
const SOFTENERS = new Set(['please', 'pls', 'plz', 'just', 'simply', 'now', 'so', 'snälla', 'bara', 'nu', 'så', 'vennligst', 'bare', 'berre', 'venligst', 'blot', 'bitte', 'einfach', 'jetzt', 'also', 'gerne', 'gärna', 'gjerne', 'and', 'och', 'og', 'und', 'then', 'sedan', 'dann']);

// A step number before a word: "2. ", "3) ".
const STEP_MARK = /^\d{1,2}[.)]\s+$/;

// Marks that open a clause within a sentence ("If you agree, like it", "In stores now – buy now").
const CLAUSE_MARK = /[,:;–—•|(]|\s-\s/;

/**
 * A word as shops write codes and people write set replies: capitals and digits, at least three and
 * at least one capital (SAVE20, VÅR20, WELCOME, GUIDE).
 */
export function looksLikeCode(word: string): boolean {
  return /^[\p{Lu}\p{N}]{3,}$/u.test(word) && /\p{Lu}/u.test(word);
}

/** Whether the phrase starting at token `first` stands where an imperative does. */
export function standsAsImperative(doc: Doc, first: number): boolean {
  if (opensSentence(doc, first)) return true;
  const token = doc.tokens[first]!;
  const before = doc.tokens[first - 1]!;
  // An emoji or a hashtag before it closes what came earlier ("Launch day 🚀 Buy now").
  if (before.kind === 'emoji' || before.kind === 'hashtag') return true;
  // A numbered step ("1. Like the post 2. Share it") opens its own clause.
  if (before.kind === 'number' && STEP_MARK.test(doc.text.slice(before.start, token.start))) return true;
  return SOFTENERS.has(before.norm) || CLAUSE_MARK.test(doc.folded.text.slice(before.fend, token.fstart));
}

/** Whether token `last` ends its clause: nothing but a link, tag, emoji or "and" follows before a mark. */
export function closesClause(doc: Doc, last: number): boolean {
  const token = doc.tokens[last]!;
  const next = doc.tokens[last + 1];
  if (next === undefined || next.sentence !== token.sentence) return true;
  if (next.kind !== 'word' && next.kind !== 'number') return true;
  return SOFTENERS.has(next.norm) || CLAUSE_MARK.test(doc.folded.text.slice(token.fend, next.fstart));
}

export interface ListDefaults {
  message: Localized;
  suggestions?: string[];
  severity?: Severity;
  sureness?: Sureness;
}

/**
 * A compiled list whose matches become hits; imperatives count only where they stand as such.
 * Phrases shown only when strict are matched apart, so that "chance to win" cannot hide the
 * "win a free" inside it.
 */
export function listMatcher(data: LexiconData<ListData>, defaults: ListDefaults): (doc: Doc, context?: RuleContext) => Hit[] {
  const strictOnly = (entry: ListData) => (entry.sureness ?? defaults.sureness ?? 1) === 0;
  const shown = new Lexicon<ListData>(() => filterData(data, (entry) => !strictOnly(entry)));
  const strict = new Lexicon<ListData>(() => filterData(data, strictOnly));
  const hitsOf = (list: Lexicon<ListData>, doc: Doc): Hit[] => {
    const hits: Hit[] = [];
    for (const { entry, first, end, start, stop } of list.match(doc)) {
      if (entry.opener && !standsAsImperative(doc, first)) continue;
      if (entry.amount && !doc.tokens.slice(first, end).some((token) => token.kind === 'number')) continue;
      if (entry.closes && !closesClause(doc, end - 1)) continue;
      let hitStart = start;
      if (entry.amountBefore) {
        const from = numbersBefore(doc, first);
        if (from === first) continue;
        hitStart = doc.tokens[from]!.start;
      }
      hits.push({
        start: hitStart,
        end: stop,
        message: entry.message ?? defaults.message,
        suggestions: entry.suggestions ?? defaults.suggestions ?? [],
        severity: entry.severity ?? defaults.severity,
        sureness: entry.sureness ?? defaults.sureness ?? 1,
      });
    }
    return hits;
  };
  return (doc, context) => {
    const hits = hitsOf(shown, doc);
    if (context?.strict === false) return hits;
    for (const hit of hitsOf(strict, doc)) {
      if (!hits.some((other) => hit.start < other.end && other.start < hit.end)) hits.push(hit);
    }
    return hits;
  };
}

/** The first of the number tokens right before token `index` in its sentence ("5.000" is two); `index` when there are none. */
function numbersBefore(doc: Doc, index: number): number {
  let from = index;
  while (from > 0 && doc.tokens[from - 1]!.kind === 'number' && doc.tokens[from - 1]!.sentence === doc.tokens[index]!.sentence) from--;
  return from;
}

function filterData(data: LexiconData<ListData>, keep: (entry: ListData) => boolean): LexiconData<ListData> {
  const out: LexiconData<ListData> = {};
  for (const lang of LANGUAGES) {
    const entries = data[lang]?.filter(keep);
    if (entries && entries.length > 0) out[lang] = entries;
  }
  return out;
}

/** Whether no word comes before token `index` in its sentence (emoji, marks and tags may). */
export function opensSentence(doc: Doc, index: number): boolean {
  const token = doc.tokens[index]!;
  const first = doc.sentences[token.sentence]!.firstToken;
  for (let i = index - 1; i >= first; i--) {
    const kind = doc.tokens[i]!.kind;
    if (kind === 'word' || kind === 'number') return false;
  }
  return true;
}

/** Whether only white space and punctuation (no letters, digits or symbols of note) lie between two tokens. */
export function adjacent(doc: Doc, left: Token, right: Token, maxGap = 3): boolean {
  const gap = doc.folded.text.slice(left.fend, right.fstart);
  return gap.length <= maxGap && !/[\p{L}\p{N}]/u.test(gap);
}

/** Counts the words a reader reads: word and number tokens. */
export function countWords(doc: Doc): number {
  return countOf(doc, 'word') + countOf(doc, 'number');
}

const kindCounts = new WeakMap<Doc, Map<Token['kind'], number>>();

/** How many tokens of one kind a post has: counted once per post for all rules. */
export function countOf(doc: Doc, kind: Token['kind']): number {
  let counts = kindCounts.get(doc);
  if (!counts) {
    counts = new Map();
    for (const token of doc.tokens) counts.set(token.kind, (counts.get(token.kind) ?? 0) + 1);
    kindCounts.set(doc, counts);
  }
  return counts.get(kind) ?? 0;
}

/** Runs of tokens of one kind standing next to each other: token indices [first, end). */
export function runsOf(doc: Doc, kind: Token['kind'], maxGap = 3): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== kind) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i && adjacent(doc, tokens[i - 1]!, tokens[i]!, maxGap)) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

/** What share of a post's words and tags are tags of one kind: 0 for an empty post. */
export function shareOf(doc: Doc, kind: Token['kind']): number {
  let tagged = 0;
  let all = 0;
  for (const token of doc.tokens) {
    if (token.kind === kind) tagged++;
    if (token.kind === kind || token.kind === 'word' || token.kind === 'number') all++;
  }
  return all === 0 ? 0 : tagged / all;
}

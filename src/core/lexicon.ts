/**
 * Word and phrase lists as data, compiled once into a trie and matched over a document's tokens.
 *
 * Phrase syntax, one entry per phrase, words separated by spaces:
 *   `last chance`     literal words (folded: lower case, NFKC)
 *   `idiot*`          a word starting with "idiot" (idiots, idiotic)
 *   `*idiot`          a word ending with "idiot" (German Vollidiot)
 *   `_`               any one word (`comment _ below`)
 *   `yes|ja|jo`       any one of these words
 * Matching runs over word, number and hashtag tokens within one sentence, tries each token's
 * plain reading too (id10t, fuuuck), and reads masked words (f*ck) as patterns. Each start token
 * walks at most the longest phrase's length, so matching is linear in the text.
 */
import type { Lang } from './types';
import type { Doc } from './doc';
import type { Token } from './text/tokens';
import { LANGUAGES } from './types';

/** One phrase; `anywhere` marks words unambiguous in every language (loanwords such as "fuck"). */
export type LexiconEntry<T> = T & { phrase: string; anywhere?: boolean };
export type LexiconData<T> = Partial<Record<Lang, ReadonlyArray<LexiconEntry<T>>>>;
type Compiled<T> = LexiconEntry<T> & { lang: Lang };

function applies(entry: { lang: Lang; anywhere?: boolean }, langs: ReadonlySet<Lang>): boolean {
  return entry.anywhere === true || langs.has(entry.lang);
}

export interface LexiconMatch<T> {
  entry: Compiled<T>;
  /** Token indices [first, end). */
  first: number;
  end: number;
  /** Span in the original text. */
  start: number;
  stop: number;
}

interface Node<T> {
  words?: Map<string, Node<T>>;
  /** Wildcard edges, bucketed by up to three first letters of a prefix or last letters of a suffix (see KEY). */
  prefixes?: Map<string, Array<[string, Node<T>]>>;
  suffixes?: Map<string, Array<[string, Node<T>]>>;
  any?: Node<T>;
  entries?: Array<Compiled<T>>;
}

const MATCHABLE = new Set(['word', 'number', 'hashtag']);

export class Lexicon<T> {
  private readonly root: Node<T> = {};
  private maxLength = 0;
  /** Single words by length, for reading masked words (f*ck) against the list. */
  private readonly wordsByLength = new Map<number, Array<[string, Node<T>]>>();

  constructor(data: LexiconData<T>) {
    for (const lang of LANGUAGES) {
      for (const entry of data[lang] ?? []) this.add({ ...entry, lang });
    }
  }

  private add(entry: Compiled<T>): void {
    const slots = entry.phrase.normalize('NFKC').toLowerCase().trim().split(/\s+/);
    this.maxLength = Math.max(this.maxLength, slots.length);
    // Each alternative of a slot gets its own edge, so "the cat" and "the cat|dog sat" never let
    // "the dog" end as "the cat": the phrase continues from every alternative's node.
    let nodes = [this.root];
    for (const slot of slots) {
      const next = new Set<Node<T>>();
      for (const node of nodes) for (const alternative of slot.split('|')) next.add(this.child(node, alternative));
      nodes = [...next];
    }
    for (const node of nodes) (node.entries ??= []).push(entry);
  }

  private child(node: Node<T>, word: string): Node<T> {
    if (word === '_') return (node.any ??= {});
    let next = this.findEdge(node, word);
    if (!next) {
      next = {};
      this.setEdge(node, word, next);
    }
    return next;
  }

  private findEdge(node: Node<T>, word: string): Node<T> | undefined {
    if (word.length > 1 && word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      return node.prefixes?.get(prefixKey(prefix))?.find(([p]) => p === prefix)?.[1];
    }
    if (word.length > 1 && word.startsWith('*')) {
      const suffix = word.slice(1);
      return node.suffixes?.get(suffixKey(suffix))?.find(([s]) => s === suffix)?.[1];
    }
    return node.words?.get(word);
  }

  private setEdge(node: Node<T>, word: string, next: Node<T>): void {
    if (word.length > 1 && word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      addLongestFirst(bucket<[string, Node<T>]>((node.prefixes ??= new Map()), prefixKey(prefix)), prefix, next);
    } else if (word.length > 1 && word.startsWith('*')) {
      const suffix = word.slice(1);
      addLongestFirst(bucket<[string, Node<T>]>((node.suffixes ??= new Map()), suffixKey(suffix)), suffix, next);
    }
    else {
      (node.words ??= new Map()).set(word, next);
      if (node === this.root) {
        const sameLength = this.wordsByLength.get(word.length) ?? [];
        sameLength.push([word, next]);
        this.wordsByLength.set(word.length, sameLength);
      }
    }
  }

  /**
   * All matches in the document for the languages each sentence is in, longest first at each
   * start, without overlaps.
   */
  match(doc: Doc, langsOf: (sentence: number) => ReadonlySet<Lang> = (s) => doc.sentenceLangs[s]!): LexiconMatch<T>[] {
    const found: LexiconMatch<T>[] = [];
    const tokens = doc.tokens;
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (!MATCHABLE.has(token.kind) || !this.mayStartWith(token)) {
        i++;
        continue;
      }
      const langs = langsOf(token.sentence);
      const best = this.longestAt(tokens, i, langs);
      if (best) {
        found.push(best);
        i = best.end;
      } else i++;
    }
    return found;
  }

  /** Whether any phrase may start with this token: a cheap test that spares most words the full walk. */
  private mayStartWith(token: Token): boolean {
    const root = this.root;
    if (root.any || token.masked) return true;
    return mayRead(root, token.norm) || (token.reveal !== undefined && mayRead(root, token.reveal));
  }

  /** Words spelled out letter by letter ("i d i o t") read against the one-word entries. */
  matchSpelledOut(doc: Doc): Array<{ entry: Compiled<T>; start: number; stop: number; langs: ReadonlySet<Lang> }> {
    const found: Array<{ entry: Compiled<T>; start: number; stop: number; langs: ReadonlySet<Lang> }> = [];
    for (const token of doc.spelledOut) {
      const langs = doc.sentenceLangs[token.sentence]!;
      for (const next of this.step(this.root, token)) {
        const entry = firstApplying(next.entries, langs);
        if (entry) {
          found.push({ entry, start: token.start, stop: token.end, langs });
          break;
        }
      }
    }
    return found;
  }

  private longestAt(tokens: readonly Token[], first: number, langs: ReadonlySet<Lang>): LexiconMatch<T> | undefined {
    return this.walk(this.root, tokens, first, first, langs, undefined);
  }

  /** Depth-first through the trie from token `at`, keeping the longest phrase that ends. */
  private walk(
    node: Node<T>,
    tokens: readonly Token[],
    first: number,
    at: number,
    langs: ReadonlySet<Lang>,
    best: LexiconMatch<T> | undefined,
  ): LexiconMatch<T> | undefined {
    const entry = firstApplying(node.entries, langs);
    if (entry && at > first && (!best || at > best.end)) {
      best = { entry, first, end: at, start: tokens[first]!.start, stop: tokens[at - 1]!.end };
    }
    if (at >= tokens.length || at - first >= this.maxLength) return best;
    const token = tokens[at]!;
    if (token.sentence !== tokens[first]!.sentence || !MATCHABLE.has(token.kind)) return best;
    for (const next of this.step(node, token)) best = this.walk(next, tokens, first, at + 1, langs, best);
    return best;
  }

  /** The nodes reachable from `node` by reading one token. */
  private step(node: Node<T>, token: Token): Node<T>[] {
    const out: Node<T>[] = [];
    const readings = token.reveal === undefined ? [token.norm] : [token.norm, token.reveal];
    for (const word of readings) {
      const exact = node.words?.get(word);
      if (exact && !out.includes(exact)) out.push(exact);
      if (node.prefixes) {
        for (let k = Math.min(KEY, word.length); k >= 1; k--) {
          for (const [prefix, next] of node.prefixes.get(word.slice(0, k)) ?? []) if (word.startsWith(prefix) && !out.includes(next)) out.push(next);
        }
      }
      if (node.suffixes) {
        for (let k = Math.min(KEY, word.length); k >= 1; k--) {
          for (const [suffix, next] of node.suffixes.get(word.slice(-k)) ?? []) {
            if (word.endsWith(suffix) && word.length > suffix.length && !out.includes(next)) out.push(next);
          }
        }
      }
    }
    if (token.masked && node === this.root) {
      for (const [word, next] of this.wordsByLength.get(token.norm.length) ?? []) {
        if (fitsMask(token.norm, word) && !out.includes(next)) out.push(next);
      }
    }
    if (node.any) out.push(node.any);
    return out;
  }
}

function mayRead<T>(root: Node<T>, word: string): boolean {
  if (root.words?.has(word)) return true;
  for (let k = Math.min(KEY, word.length); k >= 1; k--) {
    if (root.prefixes?.has(word.slice(0, k)) || root.suffixes?.has(word.slice(-k))) return true;
  }
  return false;
}

/**
 * Wildcard patterns are bucketed by their first (prefixes) or last (suffixes) letters, up to
 * three: with hundreds of compound patterns (`*idiot`, `dreck*`), a word then looks at a handful
 * instead of every pattern sharing its first letter.
 */
const KEY = 3;
const prefixKey = (prefix: string) => prefix.slice(0, KEY);
const suffixKey = (suffix: string) => suffix.slice(-KEY);

function firstApplying<E extends { lang: Lang; anywhere?: boolean }>(entries: readonly E[] | undefined, langs: ReadonlySet<Lang>): E | undefined {
  if (entries) for (const entry of entries) if (applies(entry, langs)) return entry;
  return undefined;
}

/** Longer (more specific) patterns first, so "drittsekk*" wins over "dritt*" on the same word. */
function addLongestFirst<N>(patterns: Array<[string, N]>, pattern: string, next: N): void {
  const at = patterns.findIndex(([other]) => other.length < pattern.length);
  patterns.splice(at < 0 ? patterns.length : at, 0, [pattern, next]);
}

function bucket<V>(buckets: Map<string, V[]>, key: string): V[] {
  let list = buckets.get(key);
  if (!list) buckets.set(key, (list = []));
  return list;
}

/** `f*ck` fits `fuck`: same length, `*` stands for one letter, at least two letters shown. */
function fitsMask(masked: string, word: string): boolean {
  let shown = 0;
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i]!;
    if (ch === '*') continue;
    if (ch !== word[i]) return false;
    shown++;
  }
  return shown >= 2 || (shown >= 1 && masked.length <= 4);
}

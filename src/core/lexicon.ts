/**
 * Word and phrase lists as data, compiled once into a trie and matched over a document's tokens.
 *
 * Phrase syntax, one entry per phrase, words separated by spaces:
 *   `last chance`     literal words (folded: lower case, NFKC)
 *   `idiot*`          a word starting with "idiot" (idiots, idiotic)
 *   `*idiot`          a word ending with "idiot" (German Vollidiot)
 *   `_`               any one word (`comment _ below`; not to open a phrase: the lexicon would
 *                     then be tried at every word of every post)
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
/**
 * An entry as the trie keeps it: with its language, without its phrase (the trie's path spells
 * it), so the many phrases that carry the same data share one entry (see `TrieBuilder`).
 */
type Compiled<T> = T & { anywhere?: boolean; lang: Lang };

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
  /** Wildcard edges, filed by up to three first letters of a prefix or last letters of a suffix (see Keyed). */
  prefixes?: Keyed<[string, Node<T>]>;
  suffixes?: Keyed<[string, Node<T>]>;
  any?: Node<T>;
  entries?: Array<Compiled<T>>;
}

const MATCHABLE = new Set(['word', 'number', 'hashtag']);

export interface LexiconOptions<T = unknown> {
  /**
   * Whether the lexicon joins the start index shared by all lexicons (default true). A lexicon
   * built for one call (the user's custom terms) keeps its own, or the shared one would grow with
   * every call.
   */
  shared?: boolean;
  /**
   * When a masked word (f***) fits several listed words, the order to read them in, lowest first
   * (by the entries of the one-word phrases). Without it, the order they were listed in.
   */
  maskedOrder?: (entry: T) => number;
}

export class Lexicon<T> {
  private readonly root: Node<T> = {};
  private maxLength = 0;
  /** Single words by length, for reading masked words (f*ck) against the list. */
  private readonly wordsByLength = new Map<number, Array<[string, Node<T>]>>();
  private readonly starts: StartIndex;
  /** This lexicon's number in its start index. */
  private readonly id: number;

  /** The lists until first use, when they are built into the trie (see `compiled`). */
  private source: (() => LexiconData<T>) | undefined;

  /**
   * `data` may be a function that prepares the lists: it is called on first use, like the trie is
   * built then. A service worker woken for a stats message, or the settings page reading the rule
   * catalogue, never pays for either.
   */
  private readonly maskedOrder: ((entry: T) => number) | undefined;

  constructor(data: LexiconData<T> | (() => LexiconData<T>), { shared = true, maskedOrder }: LexiconOptions<T> = {}) {
    this.source = typeof data === 'function' ? data : () => data;
    this.maskedOrder = maskedOrder;
    this.starts = shared ? SHARED_STARTS : new StartIndex();
    this.id = this.starts.register(this);
  }

  /** The trie's root, built from the lists the first time it is asked for. */
  compiled(): Node<T> {
    const source = this.source;
    if (source) {
      this.source = undefined;
      const data = source();
      const builder = new TrieBuilder(this.root);
      for (const lang of LANGUAGES) {
        for (const entry of data[lang] ?? []) this.maxLength = Math.max(this.maxLength, builder.add(entry, lang));
      }
      for (const [word, next] of this.root.words ?? []) {
        const sameLength = this.wordsByLength.get(word.length) ?? [];
        sameLength.push([word, next]);
        this.wordsByLength.set(word.length, sameLength);
      }
      if (this.maskedOrder) this.orderMaskedReadings(this.maskedOrder);
    }
    return this.root;
  }

  /** Sorts each length's words by the best rank of their entries; a stable sort keeps ties in list order. */
  private orderMaskedReadings(order: (entry: T) => number): void {
    for (const [length, words] of this.wordsByLength) {
      const ranked = words.map((word) => {
        let rank = Number.MAX_SAFE_INTEGER;
        for (const entry of word[1].entries ?? []) rank = Math.min(rank, order(entry));
        return { rank, word };
      });
      ranked.sort((a, b) => a.rank - b.rank);
      this.wordsByLength.set(length, ranked.map(({ word }) => word));
    }
  }

  /**
   * All matches in the document for the languages each sentence is in, longest first at each
   * start, without overlaps.
   */
  match(doc: Doc, langsOf: (sentence: number) => ReadonlySet<Lang> = (s) => doc.sentenceLangs[s]!): LexiconMatch<T>[] {
    this.compiled();
    const found: LexiconMatch<T>[] = [];
    const tokens = doc.tokens;
    let free = 0;
    const { starts, firstNodes } = this.starts.of(doc);
    const at = starts[this.id] ?? NONE;
    const nodes = firstNodes[this.id] as Array<readonly Node<T>[] | undefined> | undefined;
    for (let k = 0; k < at.length; k++) {
      const i = at[k]!;
      if (i < free) continue;
      const best = this.longestAt(tokens, i, langsOf(tokens[i]!.sentence), nodes?.[k]);
      if (best) {
        found.push(best);
        free = best.end;
      }
    }
    return found;
  }

  /** Words spelled out letter by letter ("i d i o t") read against the one-word entries. */
  matchSpelledOut(doc: Doc): Array<{ entry: Compiled<T>; start: number; stop: number; langs: ReadonlySet<Lang> }> {
    const found: Array<{ entry: Compiled<T>; start: number; stop: number; langs: ReadonlySet<Lang> }> = [];
    this.compiled();
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

  /** The longest phrase from token `first`; `firstNodes`, when known, are where its word leads from the root. */
  private longestAt(tokens: readonly Token[], first: number, langs: ReadonlySet<Lang>, firstNodes?: readonly Node<T>[]): LexiconMatch<T> | undefined {
    if (!firstNodes) return this.walk(this.root, tokens, first, first, langs, undefined);
    let best: LexiconMatch<T> | undefined;
    for (const next of firstNodes) best = this.walk(next, tokens, first, first + 1, langs, best);
    return best;
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
    // Past the first word most nodes hold only literal words, and most tokens are plain: one
    // lookup then, where `step` would gather the ways on in a new array.
    if (node !== this.root && !node.prefixes && !node.suffixes && !node.any && token.reveal === undefined && !token.masked) {
      const next = node.words?.get(token.norm);
      return next ? this.walk(next, tokens, first, at + 1, langs, best) : best;
    }
    for (const next of this.step(node, token)) best = this.walk(next, tokens, first, at + 1, langs, best);
    return best;
  }

  /** The nodes reachable from `node` by reading one token. */
  private step(node: Node<T>, token: Token): readonly Node<T>[] {
    // Most walks end in a node with no edges: nothing to read, nothing to allocate.
    if (!node.words && !node.prefixes && !node.suffixes && !node.any && node !== this.root) return NONE;
    const out: Node<T>[] = [];
    readWord(node, token.norm, out);
    if (token.reveal !== undefined) readWord(node, token.reveal, out);
    if (token.masked && node === this.root) {
      for (const [word, next] of this.wordsByLength.get(token.norm.length) ?? []) {
        if (fitsMask(token.norm, word) && !out.includes(next)) out.push(next);
      }
    }
    if (node.any) out.push(node.any);
    return out;
  }
}

/**
 * Builds a lexicon's trie from its phrases. The lists spell out every inflection of a word, every
 * frame × condition pair and each language's copy of a Nordic word: tens of thousands of phrases
 * that end alike. So phrases that end with the same entries end in one shared leaf, and entries
 * with the same data (the same values, or the same objects for messages) are one object; a shared
 * leaf is copied before a longer phrase goes on from it.
 */
class TrieBuilder<T> {
  /** Entries and shared leaves are looked up in nested maps, a level per field or entry. */
  private readonly entryKeys: KeyLevel = new Map();
  private readonly entries = new Map<KeyLevel, Compiled<T>>();
  private readonly leafKeys: KeyLevel = new Map();
  private readonly leaves = new Map<KeyLevel, Node<T>>();
  private readonly shared = new Set<Node<T>>();
  private endingEntry: Compiled<T> | undefined;
  private last: { source: LexiconEntry<T>; lang: Lang; compiled: Compiled<T> } | undefined;

  constructor(private readonly root: Node<T>) {}

  /** Adds a phrase; returns its length in words. */
  add(entry: LexiconEntry<T>, lang: Lang): number {
    const compiled = this.compiledEntry(entry, lang);
    const slots = entry.phrase.normalize('NFKC').toLowerCase().trim().split(/\s+/);
    // Each alternative of a slot gets its own edge, so "the cat" and "the cat|dog sat" never let
    // "the dog" end as "the cat": the phrase continues from every alternative's node.
    let nodes = [this.root];
    this.endingEntry = compiled;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const make = i === slots.length - 1 ? this.end : this.goOn;
      // Most slots are one word on one path: no set of ways on to gather (tens of thousands of entries).
      if (nodes.length === 1 && !slot.includes('|')) {
        nodes[0] = this.edge(nodes[0]!, slot, make);
        continue;
      }
      const next = new Set<Node<T>>();
      for (const node of nodes) for (const alternative of new Set(slot.split('|'))) next.add(this.edge(node, alternative, make));
      nodes = [...next];
    }
    return slots.length;
  }

  /** The node an edge leads to through a phrase that goes on: its own, never a shared leaf. */
  private readonly goOn = (old: Node<T> | undefined): Node<T> => {
    if (!old) return {};
    return this.shared.has(old) ? { entries: [...old.entries!] } : old;
  };

  /** The node an edge leads to where the phrase being added ends (with `endingEntry`). */
  private readonly end = (old: Node<T> | undefined): Node<T> => {
    const entry = this.endingEntry!;
    if (old && !this.shared.has(old)) {
      (old.entries ??= []).push(entry);
      return old;
    }
    const entries = old ? [...old.entries!, entry] : [entry];
    let level = this.leafKeys;
    for (const each of entries) level = keyStep(level, each);
    let leaf = this.leaves.get(level);
    if (!leaf) {
      this.leaves.set(level, (leaf = { entries }));
      this.shared.add(leaf);
    }
    return leaf;
  };

  /** Sets the edge of `node` for `word` to `make(what it led to)`, and returns that. */
  private edge(node: Node<T>, word: string, make: (old: Node<T> | undefined) => Node<T>): Node<T> {
    if (word === '_') return (node.any = make(node.any));
    if (word.length > 1 && (word.endsWith('*') || word.startsWith('*'))) {
      // `dreck*` is a prefix, `*idiot` a suffix (and `*x*` the prefix `*x`).
      const fromEnd = !word.endsWith('*');
      const pattern = fromEnd ? word.slice(1) : word.slice(0, -1);
      const filed = bucket(fromEnd ? (node.suffixes ??= {}) : (node.prefixes ??= {}), pattern, fromEnd);
      const pair = filed.find(([other]) => other === pattern);
      if (pair) return (pair[1] = make(pair[1]));
      const next = make(undefined);
      addLongestFirst(filed, pattern, next);
      return next;
    }
    const old = node.words?.get(word);
    const next = make(old);
    if (next !== old) (node.words ??= new Map()).set(word, next);
    return next;
  }

  /** The entry for `entry`'s data in `lang`: one object for all with the same. */
  private compiledEntry(entry: LexiconEntry<T>, lang: Lang): Compiled<T> {
    // Lists come in runs of phrases with the same data: most entries are the one before again.
    const last = this.last;
    if (last && last.lang === lang && sameData(last.source, entry)) return last.compiled;
    let level = this.entryKeys;
    for (const name in entry) {
      if (name !== 'phrase') level = keyStep(keyStep(level, name), (entry as Record<string, unknown>)[name]);
    }
    level = keyStep(level, lang);
    let compiled = this.entries.get(level);
    if (!compiled) {
      const { phrase: _, ...data } = entry;
      this.entries.set(level, (compiled = { ...data, lang } as unknown as Compiled<T>));
    }
    this.last = { source: entry, lang, compiled };
    return compiled;
  }
}

/** Whether two entries hold the same fields with the same values, their phrases aside. */
function sameData(a: object, b: object): boolean {
  let fields = 0;
  for (const name in a) {
    if (name === 'phrase') continue;
    if ((a as Record<string, unknown>)[name] !== (b as Record<string, unknown>)[name] || !(name in b)) return false;
    fields++;
  }
  for (const name in b) if (name !== 'phrase') fields--;
  return fields === 0;
}

type KeyLevel = Map<unknown, KeyLevel>;

function keyStep(level: KeyLevel, key: unknown): KeyLevel {
  let next = level.get(key);
  if (!next) level.set(key, (next = new Map()));
  return next;
}

/** Whether `word` reads as a prefix pattern (`dreck*`) or as a suffix one (`*idiot`, not the bare word). */
function fits(word: string, pattern: string, fromEnd: boolean): boolean {
  return fromEnd ? word.endsWith(pattern) && word.length > pattern.length : word.startsWith(pattern);
}

/** Adds the nodes reachable from `node` by reading `word` to `out`, each once. */
function readWord<T>(node: Node<T>, word: string, out: Array<Node<T>>): void {
  const exact = node.words?.get(word);
  if (exact && !out.includes(exact)) out.push(exact);
  if (node.prefixes) {
    for (const filed of bucketsOf(node.prefixes, word, false)) {
      for (const [prefix, next] of filed) if (fits(word, prefix, false) && !out.includes(next)) out.push(next);
    }
  }
  if (node.suffixes) {
    for (const filed of bucketsOf(node.suffixes, word, true)) {
      for (const [suffix, next] of filed) if (fits(word, suffix, true) && !out.includes(next)) out.push(next);
    }
  }
}

/**
 * Wildcard patterns are filed by their first (prefixes) or last (suffixes) letters, up to three
 * deep: with hundreds of compound patterns (`*idiot`, `dreck*`), a word then looks at a handful
 * instead of every pattern sharing its first letter. The letters are followed by character code,
 * so looking a word up cuts no strings.
 */
const KEY = 3;

interface Keyed<V> {
  next?: Map<number, Keyed<V>>;
  /** What is filed under the letters that lead here. */
  values?: V[];
}

/** The `k`-th letter of a key: counted from the start, or from the end for suffixes. */
const codeAt = (word: string, k: number, fromEnd: boolean) => word.charCodeAt(fromEnd ? word.length - 1 - k : k);

/** The list filed under the first (or last) letters of `pattern`, up to KEY of them; created if new. */
function bucket<V>(keyed: Keyed<V>, pattern: string, fromEnd: boolean): V[] {
  let node = keyed;
  for (let k = 0; k < Math.min(KEY, pattern.length); k++) {
    const code = codeAt(pattern, k, fromEnd);
    let child = node.next?.get(code);
    if (!child) (node.next ??= new Map()).set(code, (child = {}));
    node = child;
  }
  return (node.values ??= []);
}

const NONE: never[] = [];

/** The lists filed under the first (or last) one, two and three letters of `word`, longest key first. */
function bucketsOf<V>(keyed: Keyed<V>, word: string, fromEnd: boolean): V[][] {
  let found: V[][] | undefined;
  let node: Keyed<V> | undefined = keyed;
  for (let k = 0; k < Math.min(KEY, word.length); k++) {
    node = node.next?.get(codeAt(word, k, fromEnd));
    if (!node) break;
    if (node.values) (found ??= []).push(node.values);
  }
  return found ? found.reverse() : NONE;
}

function firstApplying<E extends { lang: Lang; anywhere?: boolean }>(entries: readonly E[] | undefined, langs: ReadonlySet<Lang>): E | undefined {
  if (entries) for (const entry of entries) if (applies(entry, langs)) return entry;
  return undefined;
}

/** Longer (more specific) patterns first, so "drittsekk*" wins over "dritt*" on the same word. */
function addLongestFirst<N>(patterns: Array<[string, N]>, pattern: string, next: N): void {
  const at = patterns.findIndex(([other]) => other.length < pattern.length);
  patterns.splice(at < 0 ? patterns.length : at, 0, [pattern, next]);
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

/**
 * Where each lexicon may start in a document, found in one pass for all of them: a post is read
 * against dozens of lexicons, and testing every token against each one's first words cost more
 * than the matching itself. Here each token looks up its readings and their wildcard keys once,
 * and every lexicon gets the tokens where one of its phrases may start, with the nodes the
 * token's word leads to from its root, so it need not look the word up again.
 */
class StartIndex {
  /** Lexicon numbers by first word, and their wildcard first words filed as in the lexicons. */
  private readonly words = new Map<string, number[]>();
  private readonly heads: Keyed<[string, number]> = {};
  private readonly tails: Keyed<[string, number]> = {};
  /** Lexicons with a phrase opening with `_`: they may start anywhere. */
  private readonly anywhere: number[] = [];
  private count = 0;
  /** Each lexicon's root, by number. */
  private readonly roots: Array<Node<unknown>> = [];
  /** The lexicons words start, as found by `wordStartsOf`. */
  private readonly seen = new Map<string, readonly WordStart[]>();
  private readonly byDoc = new WeakMap<Doc, Starts>();
  /** Lexicons registered but not read yet: their tries are built when a document first needs them. */
  private pending: Array<{ id: number; lexicon: { compiled(): Node<unknown> } }> = [];

  /** Gives the lexicon its number; its first words are read in when a document first asks. */
  register(lexicon: { compiled(): Node<unknown> }): number {
    const id = this.count++;
    this.pending.push({ id, lexicon });
    return id;
  }

  private indexPending(): void {
    const pending = this.pending;
    this.pending = [];
    this.seen.clear();
    for (const { id, lexicon } of pending) this.index(id, lexicon.compiled());
  }

  private index(id: number, root: Node<unknown>): void {
    this.roots[id] = root;
    for (const word of root.words?.keys() ?? []) {
      const ids = this.words.get(word);
      if (ids) ids.push(id);
      else this.words.set(word, [id]);
    }
    if (root.prefixes) fileAlike(root.prefixes, this.heads, id);
    if (root.suffixes) fileAlike(root.suffixes, this.tails, id);
    if (root.any) this.anywhere.push(id);
  }

  /**
   * For each lexicon, the tokens of `doc` where one of its phrases may start, in order, and for
   * each the nodes its word leads to from the lexicon's root (undefined where the lexicon reads
   * the token itself: a masked word, a disguised one, a lexicon open to any first word). A
   * lexicon's lists are missing when it has no start (most have none in a short post).
   */
  of(doc: Doc): Starts {
    if (this.pending.length > 0) this.indexPending();
    const known = this.byDoc.get(doc);
    // A lexicon built after the document was first read is not in its lists yet.
    if (known && known.starts.length === this.count) return known;
    const found: Starts = { starts: new Array(this.count), firstNodes: new Array(this.count) };
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!MATCHABLE.has(token.kind)) continue;
      // A masked word (f*ck) may read as any lexicon's word.
      if (token.masked) for (let id = 0; id < this.count; id++) addStart(found, id, i, undefined);
      else {
        for (const id of this.anywhere) addStart(found, id, i, undefined);
        const plain = token.reveal === undefined;
        for (const [id, nodes] of this.wordStartsOf(token.norm)) addStart(found, id, i, plain ? nodes : undefined);
        if (!plain) for (const [id] of this.wordStartsOf(token.reveal!)) addStart(found, id, i, undefined);
      }
    }
    this.byDoc.set(doc, found);
    return found;
  }

  /**
   * The lexicons `word` may start (where it is a first word or fits a wildcard one), each with
   * the nodes it leads to from that lexicon's root. Remembered across documents, as the same few
   * thousand words make up most posts and walking the wildcard letters for each was a tenth of
   * the time of a long post; forgotten when lexicons are added, and all at once when the memory
   * grows past SEEN_LIMIT words. Long words are rare, and are not kept: a word cut from a text
   * may keep the whole text in memory with it.
   */
  private wordStartsOf(word: string): readonly WordStart[] {
    if (word.length > SEEN_LENGTH) return this.findWordStarts(word);
    let found = this.seen.get(word);
    if (found === undefined) {
      if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
      this.seen.set(word, (found = this.findWordStarts(word)));
    }
    return found;
  }

  private findWordStarts(word: string): readonly WordStart[] {
    const ids = [...(this.words.get(word) ?? NONE)];
    for (const filed of bucketsOf(this.heads, word, false)) {
      for (const [prefix, id] of filed) if (fits(word, prefix, false) && !ids.includes(id)) ids.push(id);
    }
    for (const filed of bucketsOf(this.tails, word, true)) {
      for (const [suffix, id] of filed) if (fits(word, suffix, true) && !ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) return NONE;
    return ids.map((id): WordStart => {
      const nodes: Array<Node<unknown>> = [];
      readWord(this.roots[id]!, word, nodes);
      return [id, nodes];
    });
  }
}

/** A lexicon a word may start, by number, and the nodes the word leads to from its root. */
type WordStart = readonly [number, readonly Node<unknown>[]];

/**
 * Per lexicon number, the tokens where it may start and, for each, the nodes its word leads to;
 * undefined where the lexicon reads the token itself (see `StartIndex.of`).
 */
interface Starts {
  starts: Array<number[] | undefined>;
  firstNodes: Array<Array<readonly Node<unknown>[] | undefined> | undefined>;
}

/** How many words the start index remembers before it starts afresh (a few MiB), and how long. */
const SEEN_LIMIT = 20_000;
const SEEN_LENGTH = 12;

/**
 * Adds token `i`, with the nodes its word leads to, to the starts of lexicon `id`, once. A token
 * added twice (for a lexicon open to any first word, or for a second reading) is read by the
 * lexicon itself.
 */
function addStart({ starts, firstNodes }: Starts, id: number, i: number, nodes: readonly Node<unknown>[] | undefined): void {
  const at = starts[id];
  if (!at) {
    starts[id] = [i];
    firstNodes[id] = [nodes];
    return;
  }
  const known = firstNodes[id]!;
  if (at[at.length - 1] !== i) {
    at.push(i);
    known.push(nodes);
  } else known[known.length - 1] = undefined;
}

/** Files each wildcard of `from` in `to` under the same letters, with lexicon number `id`. */
function fileAlike<N>(from: Keyed<[string, N]>, to: Keyed<[string, number]>, id: number): void {
  if (from.values) (to.values ??= []).push(...from.values.map(([pattern]): [string, number] => [pattern, id]));
  for (const [code, child] of from.next ?? []) {
    let target = to.next?.get(code);
    if (!target) (to.next ??= new Map()).set(code, (target = {}));
    fileAlike(child, target, id);
  }
}

const SHARED_STARTS = new StartIndex();

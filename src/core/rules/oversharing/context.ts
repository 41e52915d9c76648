/** What a draft says just before a number: the words that tell an ID from an order number. */
import type { Doc } from '../../doc';
import type { Token } from '../../text/tokens';

const UPPERCASE = /^\p{Lu}/u;

/** Whether the token is a word written with a capital, as names are ("Storgatan", "Oakwood", "Anna"). */
export function capitalised(doc: Doc, token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && UPPERCASE.test(doc.text.slice(token.start, token.end));
}

/** Index of the first token that starts at or after the folded offset. */
function tokenIndexAt(doc: Doc, fpos: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid]!.fstart < fpos) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The sentence the token at (or next after) the folded offset belongs to. */
export function sentenceAt(doc: Doc, fpos: number): number {
  return doc.tokens[tokenIndexAt(doc, fpos)]?.sentence ?? doc.sentences.length - 1;
}

/** The last `count` word tokens that end before the folded offset, nearest last. */
export function wordsBefore(doc: Doc, fpos: number, count: number): Token[] {
  const words: Token[] = [];
  for (let i = tokenIndexAt(doc, fpos) - 1; i >= 0 && words.length < count; i--) {
    const token = doc.tokens[i]!;
    if (token.fend <= fpos && token.kind === 'word') words.unshift(token);
  }
  return words;
}

/** Whether any of the words, or the start of any of them (for compounds), is in the set. */
export function mentions(words: readonly Token[], set: ReadonlySet<string>, prefixes: readonly string[] = []): boolean {
  return words.some((word) => set.has(word.norm) || prefixes.some((prefix) => word.norm.startsWith(prefix)));
}

/** The first `count` word tokens that start at or after the folded offset, in the same sentence. */
export function wordsAfter(doc: Doc, fpos: number, count: number): Token[] {
  const words: Token[] = [];
  const first = tokenIndexAt(doc, fpos);
  const sentence = doc.tokens[first]?.sentence;
  for (let i = first; i < doc.tokens.length && words.length < count && doc.tokens[i]!.sentence === sentence; i++) {
    if (doc.tokens[i]!.kind === 'word') words.push(doc.tokens[i]!);
  }
  return words;
}

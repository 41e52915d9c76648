/**
 * A MinHash sketch of a post, used to notice the same update being posted again.
 * Only hashes of word shingles are kept: the text cannot be rebuilt from a fingerprint.
 */

/** Number of hash functions; each contributes one value to the sketch. */
export const FINGERPRINT_SIZE = 64;
/** Words per shingle: near-duplicates with a few words changed still share most shingles. */
const SHINGLE_WORDS = 3;

/** Lower-cased words with accents folded, links and punctuation dropped. */
function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}#@]+/u)
    .filter(word => word.length > 0);
}

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash for a shingle. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: turns one shingle hash into the i-th independent-looking hash. */
function mix(hash: number, seed: number): number {
  let h = (hash ^ Math.imul(seed + 1, 0x9e3779b9)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The sketch of `text`: FINGERPRINT_SIZE unsigned 32-bit integers, or an empty array when the
 * text has no words.
 */
export function fingerprint(text: string): number[] {
  const words = normalisedWords(text);
  if (words.length === 0) return [];
  const width = Math.min(SHINGLE_WORDS, words.length);
  const shingles = new Set<number>();
  for (let i = 0; i + width <= words.length; i++) {
    shingles.add(hashString(words.slice(i, i + width).join(' ')));
  }
  const sketch = new Array<number>(FINGERPRINT_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let seed = 0; seed < FINGERPRINT_SIZE; seed++) {
      const value = mix(shingle, seed);
      if (value < sketch[seed]!) sketch[seed] = value;
    }
  }
  return sketch;
}

/** Estimated Jaccard similarity of the two posts' shingles, 0..1; 0 when either is empty. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const size = Math.min(a.length, b.length);
  if (size === 0) return 0;
  let equal = 0;
  for (let i = 0; i < size; i++) if (a[i] === b[i]) equal++;
  return equal / size;
}

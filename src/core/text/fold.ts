/**
 * Folding: the text rules match against. NFKC (so 𝐛𝐨𝐥𝐝 and ｆｕｌｌｗｉｄｔｈ letters read as plain
 * ones), lower case, invisible characters removed — with a map from every folded character back to
 * the original, so findings keep exact offsets in what the user typed.
 */

/** Zero-width and format characters used to split words invisibly, plus variation selectors. */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFE00-\uFE0F\uFEFF]/g;
const COMBINING = /\p{M}/u;
const NON_ASCII = /[^\0-\x7f]/g;

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded character, the original offset where its source begins. */
  from: Int32Array;
  /** For each folded character, the original offset just after its source. */
  to: Int32Array;
}

/** Caches the fold of non-ASCII clusters: posts repeat the same few letters and emoji. */
const clusterCache = new Map<string, string>();

function foldCluster(cluster: string): string {
  let folded = clusterCache.get(cluster);
  if (folded === undefined) {
    folded = cluster.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
    if (clusterCache.size < 4096) clusterCache.set(cluster, folded);
  }
  return folded;
}

export function fold(original: string): Folded {
  const n = original.length;
  // NFKC can expand a character ("ﬃ" → "ffi"), so the maps grow when needed.
  let from: Int32Array = new Int32Array(n + 8);
  let to: Int32Array = new Int32Array(n + 8);
  let out = '';
  let k = 0;
  let i = 0;
  while (i < n) {
    // ASCII runs, most of any post, are lower-cased whole; an ASCII letter with a combining mark
    // after it ("a\u0308") is a cluster.
    NON_ASCII.lastIndex = i;
    let asciiEnd = NON_ASCII.exec(original)?.index ?? n;
    if (asciiEnd < n && asciiEnd > i && COMBINING.test(original[asciiEnd]!)) asciiEnd--;
    if (asciiEnd > i) {
      if (k + asciiEnd - i > from.length) {
        from = grow(from, k + asciiEnd - i);
        to = grow(to, k + asciiEnd - i);
      }
      out += original.slice(i, asciiEnd).toLowerCase();
      for (; i < asciiEnd; i++, k++) {
        from[k] = i;
        to[k] = i + 1;
      }
      continue;
    }
    const code = original.charCodeAt(i);
    // A cluster: one code point and the combining marks after it (so "a\u0308" folds to "ä").
    let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (end < n && COMBINING.test(original[end]!)) end++;
    const folded = foldCluster(original.slice(i, end));
    if (k + folded.length > from.length) {
      from = grow(from, k + folded.length);
      to = grow(to, k + folded.length);
    }
    for (let j = 0; j < folded.length; j++) {
      from[k] = i;
      to[k] = end;
      k++;
    }
    out += folded;
    i = end;
  }
  return { text: out, from: from.subarray(0, k), to: to.subarray(0, k) };
}

function grow(array: Int32Array, atLeast: number): Int32Array {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Maps a folded span [start, end) back to the original text. */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.from.length ? folded.from[start]! : folded.to[folded.to.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: folded.from[start]!, end: folded.to[end - 1]! };
}

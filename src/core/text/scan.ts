/**
 * The token scanner: one hand-written pass over folded text. A regex with six alternatives was
 * four times slower and needed care to stay linear; here each kind of run is only tried where
 * such a run can start, so every character is looked at a bounded number of times.
 */
import type { TokenKind } from './tokens';

export interface Span {
  kind: TokenKind;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const PICTOGRAPHIC_RE = /\p{Extended_Pictographic}/u;
const TLDS = new Set(
  'com net org io co ly me app info biz shop xyz eu nu se no dk de at ch uk us gl gg link site online store'.split(' '),
);

// Class of each BMP code unit, filled on first sight: 1 word character, 2 not.
const bmpClass = new Uint8Array(0x10000);
const astralWord = new Map<number, boolean>();

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** UTF-16 length of the word character (letter, mark, digit) at `i`, or 0. */
export function wordLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiWord(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = codePointAt(text, i);
    let word = astralWord.get(cp);
    if (word === undefined) {
      word = WORD_RE.test(String.fromCodePoint(cp));
      astralWord.set(cp, word);
    }
    return word ? 2 : 0;
  }
  let cls = bmpClass[c]!;
  if (cls === 0) {
    cls = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = cls;
  }
  return cls === 1 ? 1 : 0;
}

/** Whether the character just before `i` is a word character (surrogate pairs read whole). */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return wordLengthAt(text, i - 2) === 2;
  return wordLengthAt(text, i - 1) === 1;
}

const isSpace = (c: number) => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
/** Characters that may stand in an e-mail address's local part besides word characters. */
const isLocalPunct = (c: number) => c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
export const isMask = (c: number) => c === 42 || c === 36 || c === 64 || c === 33 || c === 124; // * $ @ ! |
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isDomainChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isUrlEnd = (c: number) => isSpace(c) || c === 60 || c === 62 || c === 34; // < > "
const isTrailingUrlPunct = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93;

function startsUrl(text: string, i: number): boolean {
  return text.startsWith('https://', i) || text.startsWith('http://', i) || text.startsWith('www.', i);
}

function urlEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && !isUrlEnd(text.charCodeAt(j))) j++;
  while (j > from && isTrailingUrlPunct(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The end of an e-mail address whose local part is [start, at), or -1. */
function emailEnd(text: string, at: number): number {
  let j = at + 1;
  let lastDot = -1;
  while (j < text.length) {
    const w = wordLengthAt(text, j);
    const c = text.charCodeAt(j);
    if (w > 0) j += w;
    else if (c === 45) j++;
    else if (c === 46 && wordLengthAt(text, j + 1) > 0) {
      lastDot = j;
      j++;
    } else break;
  }
  if (lastDot < 0 || lastDot === at + 1) return -1;
  for (let k = lastDot + 1; k < j; k++) if (!/\p{L}/u.test(text[k]!)) return -1;
  return j - lastDot > 2 ? j : -1;
}

/** The end of a bare domain such as example.com/path starting at `start`, or -1. */
function bareDomainEnd(text: string, start: number): number {
  let j = start;
  while (j < text.length && isDomainChar(text.charCodeAt(j))) j++;
  let end = j;
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  // Domain labels are never empty: "time..no" is two words, not a link.
  if (text.slice(start, end).includes('..')) return -1;
  let lastDot = end - 1;
  while (lastDot > start && text.charCodeAt(lastDot) !== 46) lastDot--;
  if (lastDot <= start || !TLDS.has(text.slice(lastDot + 1, end))) return -1;
  if (wordLengthAt(text, end) > 0) return -1;
  return text.charCodeAt(end) === 47 ? urlEnd(text, end) : end;
}

function wordEnd(text: string, start: number): number {
  let j = start;
  for (;;) {
    let w = wordLengthAt(text, j);
    while (w > 0) {
      j += w;
      w = wordLengthAt(text, j);
    }
    // Inner masks (f*ck, sh!t) and apostrophes (don't) continue the word if a letter follows.
    let k = j;
    if (isApostrophe(text.charCodeAt(k))) k++;
    else while (k < text.length && isMask(text.charCodeAt(k))) k++;
    // A mask hides letters, so a letter must follow it ("sh!t", not "day!2find").
    if (k > j && wordLengthAt(text, k) > 0 && (isApostrophe(text.charCodeAt(j)) || /\p{L}/u.test(text[k]!))) j = k;
    else break;
  }
  // Trailing masks hide the last letters (fu**, a$$); a lone $ or * may be a currency or a footnote.
  let k = j;
  while (text.charCodeAt(k) === 42 || text.charCodeAt(k) === 36) k++;
  return k - j >= 2 || text.charCodeAt(j) === 42 ? k : j;
}

export function scan(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const runStart = !wordBefore(text, i) && !isLocalPunct(prev) && prev !== 64 && prev !== 47;

    if (runStart && (c === 104 || c === 119) && startsUrl(text, i)) {
      const end = urlEnd(text, i);
      spans.push({ kind: 'url', start: i, end });
      i = end;
      continue;
    }
    if (c === 35 || c === 0xff03) {
      // A hashtag: # after a non-word character, then word characters or underscores.
      let j = i + 1;
      if (!wordBefore(text, i) && prev !== 38 && prev !== 95) {
        for (let w = wordLengthAt(text, j); w > 0 || text.charCodeAt(j) === 95; w = wordLengthAt(text, j)) j += w || 1;
      }
      if (j > i + 1) spans.push({ kind: 'hashtag', start: i, end: j });
      i = j;
      continue;
    }
    if (c === 64) {
      let j = i + 1;
      if (!wordBefore(text, i) && prev !== 95 && (wordLengthAt(text, j) > 0 || text.charCodeAt(j) === 95)) {
        for (let w = wordLengthAt(text, j); w > 0 || text.charCodeAt(j) === 95 || text.charCodeAt(j) === 46; w = wordLengthAt(text, j)) j += w || 1;
        while (text.charCodeAt(j - 1) === 46) j--;
        spans.push({ kind: 'mention', start: i, end: j });
      }
      i = j;
      continue;
    }
    const w = wordLengthAt(text, i);
    if (w > 0 || isLocalPunct(c)) {
      // Where the word's letters and digits end, when the run below has read exactly them.
      let lettersEnd = i;
      if (runStart) {
        // An e-mail address or a bare domain can only start where a run of such characters starts.
        let j = i;
        let dotted = false;
        let punctuated = false;
        for (;;) {
          // Most characters here are ASCII letters: the tightest test first.
          const code = text.charCodeAt(j);
          if (isAsciiWord(code)) j++;
          else if (isLocalPunct(code)) {
            dotted ||= code === 46;
            punctuated = true;
            j++;
          } else {
            const l = code < 0x80 ? 0 : wordLengthAt(text, j);
            if (l === 0) break;
            j += l;
          }
        }
        if (!punctuated) lettersEnd = j;
        if (text.charCodeAt(j) === 64 && j > i) {
          const end = emailEnd(text, j);
          if (end > 0) {
            spans.push({ kind: 'email', start: i, end });
            i = end;
            continue;
          }
        }
        if (w > 0 && dotted) {
          const end = bareDomainEnd(text, i);
          if (end > 0) {
            spans.push({ kind: 'url', start: i, end });
            i = end;
            continue;
          }
        }
      }
      if (w > 0) {
        // Most words are plain: their letters were just read, so wordEnd goes on from there.
        const end = wordEnd(text, lettersEnd);
        spans.push({ kind: 'word', start: i, end });
        i = end;
      } else i++;
      continue;
    }
    const cp = codePointAt(text, i);
    const size = cp > 0xffff ? 2 : 1;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
      // A flag is a pair of regional indicators.
      const next = codePointAt(text, i + 2);
      const pair = next >= 0x1f1e6 && next <= 0x1f1ff;
      if (pair) spans.push({ kind: 'emoji', start: i, end: i + 4 });
      i += pair ? 4 : 2;
      continue;
    }
    if (cp >= 0xa9 && PICTOGRAPHIC_RE.test(String.fromCodePoint(cp))) spans.push({ kind: 'emoji', start: i, end: i + size });
    i += size;
  }
  return spans;
}

/**
 * Tokens and sentences of a folded text. Every token knows its span in the original text and in
 * the folded one; disguised words (id10t, fuuuck, f*ck) also carry their plain reading.
 */
import { type Folded, originalSpan } from './fold';
import { isMask, scan } from './scan';

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'email' | 'emoji';

export interface Token {
  kind: TokenKind;
  /** Span in the original text. */
  start: number;
  end: number;
  /** Span in the folded text. */
  fstart: number;
  fend: number;
  /** Folded form; hashtags and mentions without their sign; letter runs of 3+ cut to 2. */
  norm: string;
  /** The plain-letter reading of a disguised word (leetspeak, stretched letters), if it differs. */
  reveal?: string;
  /** The word hides letters behind `*` (f*ck): matched against word lists as a pattern. */
  masked?: boolean;
  /** Index into `sentences`. */
  sentence: number;
}

/**
 * A word running into marks that may hide letters ("schei...", "Sch***", "A****loch",
 * "schei.......ss", "f--k"): the letters shown around the run of marks, the marks, and where the
 * whole word ends. Whether it is a word written so is for the word lists to say.
 */
export interface Cut {
  head: string;
  /** Letters right after the run ("loch" of "A...loch"); '' when the run ends the word. */
  tail: string;
  /** The marks themselves, folded, without Markdown's escaping backslashes ("***", "...", "--", "."). */
  marks: string;
  end: number;
  fend: number;
}

export interface Sentence {
  /** Span in the original text. */
  start: number;
  end: number;
  fstart: number;
  fend: number;
  /** Tokens [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

// End punctuation (with closing quotes, and the line breaks after it), or a line break.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?:[^\S\n]*\n+|(?=\s|$))|\n+/g;
// Words after which a single full stop on the same line does not end the sentence.
const ABBREVIATIONS = new Set(
  'tel tlf nr no str ca bzw bspw ggf usw evt ev inkl bl dvs osv mfl etc eg ie vs approx dr mr mrs ms prof st jr sr resp ev hr fr'.split(' '),
);

/**
 * Whether a full stop belongs to the word before it: an ordinal ("am 1. August", "vom 1. bis")
 * or an abbreviation ("Tel. 0171…", "z.B.", "bl.a.").
 */
function endsAbbreviation(text: string, at: number, mark: string): boolean {
  if (mark.trimEnd() !== '.' || mark.includes('\n')) return false;
  let start = at;
  while (start > 0 && at - start < 20 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, at);
  if (/^\d{1,2}$/.test(word)) return true;
  const lastPart = word.slice(word.lastIndexOf('.') + 1);
  return ABBREVIATIONS.has(lastPart) || (word.includes('.') && lastPart.length === 1);
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const LEET_CHARS = /[0134579@$!|]/;
const ALL_DIGITS = /^\p{N}+$/u;
const HAS_LETTER = /\p{L}/u;
const STRETCH = /(\p{L})\1{2,}/gu;
const DOUBLE = /(\p{L})\1+/gu;
/** A masked word with one run of stars between letters ("sch***", "a****loch"). */
const ONE_STAR_RUN = /^(\p{L}+)\*+(\p{L}*)$/u;
const LETTERS = /^\p{L}+$/u;
const DOT = 46;
/** Marks that may stand for hidden letters after a word: . - # _ % *, and \ as Markdown escapes a star (fuc\*ing). */
const MARKS = new Set([DOT, 45, 35, 95, 37, 42, 92]);
const BACKSLASHES = /\\/g;

/** Whether a word starts like a number: an ASCII digit, or a character past ASCII (other scripts' digits). */
function mayBeNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c >= 0x80;
}

/**
 * Whether a word may be disguised: a digit or mask character (id10t, f*ck) or a tripled letter
 * (fuuuck). One pass over the code units, asked of every word; the regexes only where it says so.
 */
function mayBeDisguised(word: string): boolean {
  let tripled = false;
  let astral = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 48 && c <= 57) || isMask(c)) return true;
    if (i >= 2 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) tripled = true;
    if (c >= 0xd800 && c <= 0xdbff) astral = true;
  }
  // A tripled letter outside the BMP repeats a pair of code units, not one.
  return (tripled || (astral && word.length >= 6)) && hasTripledLetter(word);
}

/**
 * Whether a letter stands three times in a row ("fuuuck"). A loop: the regex with a
 * back-reference, /(\p{L})\1\1/u, cost more than the rest of reading a word.
 */
function hasTripledLetter(word: string): boolean {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < word.length; ) {
    const codePoint = word.codePointAt(i)!;
    run = codePoint === previous ? run + 1 : 1;
    if (run === 3 && HAS_LETTER.test(String.fromCodePoint(codePoint))) return true;
    previous = codePoint;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}

/** Cuts runs of three or more equal letters to two ("sooooo" → "soo"). */
function capRuns(word: string): string {
  return word.replace(STRETCH, '$1$1');
}

function revealOf(word: string, leet: boolean): string | undefined {
  let plain = word;
  if (leet && HAS_LETTER.test(word) && LEET_CHARS.test(word)) {
    plain = '';
    for (const ch of word) plain += LEET[ch] ?? ch;
  }
  // A stretched word reads as its letters once each ("fuuuuck" → "fuck").
  if (STRETCH.test(word)) {
    STRETCH.lastIndex = 0;
    plain = plain.replace(DOUBLE, '$1');
  }
  return plain === word ? undefined : plain;
}

export function tokenize(folded: Folded): { tokens: Token[]; sentences: Sentence[] } {
  const text = folded.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];

  const boundaries: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    if (!endsAbbreviation(text, m.index, m[0])) boundaries.push(m.index + m[0].length);
  }
  if (boundaries[boundaries.length - 1] !== text.length || text.length === 0) boundaries.push(text.length);

  let sentenceIndex = 0;
  let sentenceStart = 0;
  const closeSentencesBefore = (position: number) => {
    while (sentenceIndex < boundaries.length - 1 && boundaries[sentenceIndex]! <= position) {
      pushSentence(boundaries[sentenceIndex]!);
    }
  };
  const pushSentence = (fend: number) => {
    const first = sentences.length === 0 ? 0 : sentences[sentences.length - 1]!.endToken;
    const span = originalSpan(folded, sentenceStart, fend);
    sentences.push({ start: span.start, end: span.end, fstart: sentenceStart, fend, firstToken: first, endToken: tokens.length });
    sentenceStart = fend;
    sentenceIndex++;
  };

  for (const { kind: scanned, start: fstart, end: fend } of scan(text)) {
    const raw = text.slice(fstart, fend);
    const kind = scanned === 'word' && mayBeNumber(raw) && ALL_DIGITS.test(raw) ? 'number' : scanned;
    closeSentencesBefore(fstart);
    const span = originalSpan(folded, fstart, fend);
    const body = kind === 'hashtag' || kind === 'mention' ? raw.slice(1) : raw;
    // Every token gets every field up front: tokens of one shape keep the rules' reads fast.
    const token: Token = { kind, start: span.start, end: span.end, fstart, fend, norm: body, reveal: undefined, masked: undefined, sentence: sentenceIndex };
    if ((kind === 'word' || kind === 'hashtag') && mayBeDisguised(body)) {
      token.norm = capRuns(body);
      // Hashtags use digits as words (#follow4follow), so only words are read as leetspeak.
      const reveal = revealOf(body.replace(/\*+$/, ''), kind === 'word');
      if (reveal !== undefined && reveal !== token.norm) token.reveal = reveal;
      if (body.includes('*')) token.masked = true;
    }
    tokens.push(token);
  }
  while (sentenceIndex < boundaries.length) pushSentence(boundaries[sentenceIndex]!);
  return { tokens, sentences };
}

/**
 * The words, by token index, that run into marks that may hide letters: stars inside the token
 * ("sch***", "a****loch"), or right after it two or more dots ("schei...", "a...loch",
 * "schei.......ss"; "…" is folded to dots), or hyphens, hashes, underscores, percent signs or one
 * dot before more letters ("f--k", "sh-t", "f#ck", "f.ck") or two of them ending the word
 * ("sch###"). Each run is read once, by the word before it, so this stays linear. Asked for by the
 * rule that reads such words, not made for every document.
 */
export function cutWords(tokens: readonly Token[], folded: Folded): Array<{ index: number; cut: Cut }> {
  const cuts: Array<{ index: number; cut: Cut }> = [];
  const text = folded.text;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (token.masked) {
      const parts = ONE_STAR_RUN.exec(text.slice(token.fstart, token.fend));
      if (parts) {
        const [, head, tail] = parts as unknown as [string, string, string];
        const marks = text.slice(token.fstart + head.length, token.fend - tail.length);
        cuts.push({ index: i, cut: { head, tail, marks, end: token.end, fend: token.fend } });
      }
      continue;
    }
    if (!MARKS.has(text.charCodeAt(token.fend))) continue;
    let runEnd = token.fend + 1;
    while (MARKS.has(text.charCodeAt(runEnd))) runEnd++;
    const next = tokens[i + 1];
    const joined = next !== undefined && next.kind === 'word' && next.fstart === runEnd;
    // Most runs are one full stop or hyphen between words: nothing hidden, nothing to read.
    if (runEnd - token.fend === 1 && !joined) continue;
    const head = text.slice(token.fstart, token.fend);
    if (!LETTERS.test(head)) continue;
    const marks = text.slice(token.fend, runEnd).replace(BACKSLASHES, '');
    if (marks === '') continue;
    if (joined && LETTERS.test(next.norm)) {
      cuts.push({ index: i, cut: { head, tail: next.norm, marks, end: next.end, fend: next.fend } });
    } else if (marks.length >= 2) {
      cuts.push({ index: i, cut: { head, tail: '', marks, end: originalSpan(folded, runEnd - 1, runEnd).end, fend: runEnd } });
    }
  }
  return cuts;
}

/**
 * Words spelled out letter by letter ("i d i o t", "f.u.c.k"): three or more one-letter tokens
 * with the same single separator between them, read as one word.
 */
export function joinSpelledOut(tokens: readonly Token[], folded: Folded): Token[] {
  const joined: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let separator: string | undefined;
    while (j + 1 < tokens.length && isLetter(tokens[j]!) && isLetter(tokens[j + 1]!)) {
      const gap = folded.text.slice(tokens[j]!.fend, tokens[j + 1]!.fstart);
      if (gap.length !== 1 || !/[\s.\-_·]/.test(gap) || (separator !== undefined && gap !== separator)) break;
      separator = gap;
      j++;
    }
    if (j - i >= 2) {
      const first = tokens[i]!;
      const last = tokens[j]!;
      const word = tokens.slice(i, j + 1).map((t) => t.norm).join('');
      joined.push({ ...first, end: last.end, fend: last.fend, norm: word });
      i = j + 1;
    } else i++;
  }
  return joined;
}

function isLetter(token: Token): boolean {
  return token.kind === 'word' && token.fend - token.fstart === 1 && HAS_LETTER.test(token.norm);
}

/**
 * Digit runs of a draft, found once and shared by the number rules: "850709-9805",
 * "+46 70 123 45 67", "(555) 123-4567", "4111 1111 1111 1111". One pass over the folded text;
 * runs inside links, e-mail addresses, hashtags and mentions, glued to letters, or parts of
 * decimals and times are left out, so versions, prices and clock times never reach the rules.
 */
import { spanOf, type Doc } from '../../doc';

export interface NumberRun {
  /** Span in the original text. */
  start: number;
  end: number;
  /** Span in the folded text. */
  fstart: number;
  fend: number;
  /** The digits alone. */
  digits: string;
  /** The digit groups as written ("070", "123", "45", "67"). */
  groups: string[];
  /** What stands between consecutive groups (" ", "-", ") ", …). */
  separators: string[];
  /** Written with a leading "+" (an international phone number). */
  plus: boolean;
  /** The first group stands in parentheses: "(555) 123-4567", "(030) 123456". */
  parenthesised: boolean;
}

// Longest first: what may stand between two digit groups of one number.
// "+" joins the two halves of a Swedish personnummer of someone aged 100 or more.
const SEPARATORS = [' - ', ' / ', ') ', ')-', ' (', ' ', '-', '.', '/', '(', ')', '+'];
const DIGIT = /\d/;
const NEXT_DIGIT = /\d/g;
const GLUED_BEFORE = /[\p{L}\p{N}_#@$€£¥%&=]/u;
const GLUED_AFTER = /[\p{L}\p{N}_%€$£]/u;
const OPAQUE_KINDS = new Set(['url', 'email', 'hashtag', 'mention']);

const cache = new WeakMap<Doc, NumberRun[]>();

export function numberRuns(doc: Doc): NumberRun[] {
  let runs = cache.get(doc);
  if (!runs) {
    runs = scan(doc);
    cache.set(doc, runs);
  }
  return runs;
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

function scan(doc: Doc): NumberRun[] {
  const text = doc.folded.text;
  const opaque = doc.tokens.filter((token) => OPAQUE_KINDS.has(token.kind));
  const runs: NumberRun[] = [];
  let opaqueIndex = 0;
  let i = 0;
  for (;;) {
    // Most of a post has no digits: the regex engine skips to the next one faster than a loop.
    NEXT_DIGIT.lastIndex = i;
    const next = NEXT_DIGIT.exec(text);
    if (!next) break;
    i = next.index;
    const fstart = i;
    const groups: string[] = [];
    const separators: string[] = [];
    for (;;) {
      const groupStart = i;
      while (isDigit(text, i)) i++;
      groups.push(text.slice(groupStart, i));
      const separator = SEPARATORS.find((sep) => text.startsWith(sep, i) && isDigit(text, i + sep.length));
      if (separator === undefined) break;
      separators.push(separator);
      i += separator.length;
    }
    const fend = i;
    while (opaqueIndex < opaque.length && opaque[opaqueIndex]!.fend <= fstart) opaqueIndex++;
    const insideOpaque = opaqueIndex < opaque.length && opaque[opaqueIndex]!.fstart < fend;
    if (!insideOpaque && !glued(text, fstart, fend)) {
      const plus = text[fstart - 1] === '+' || (text[fstart - 1] === ' ' && text[fstart - 2] === '+');
      const parenthesised = text[fstart - 1] === '(' && separators[0]?.startsWith(')') === true;
      const { start, end } = spanOf(doc, fstart - (parenthesised ? 1 : 0), fend);
      runs.push({ start, end, fstart, fend, digits: groups.join(''), groups, separators, plus, parenthesised });
    }
  }
  return runs;
}

/** A run touching letters (v2, 10kr, A4), money signs, or another number by , or : (1,5 / 10:30). */
function glued(text: string, fstart: number, fend: number): boolean {
  const before = text[fstart - 1];
  const after = text[fend];
  if (before !== undefined && GLUED_BEFORE.test(before)) return true;
  if (after !== undefined && GLUED_AFTER.test(after)) return true;
  if ((before === ',' || before === ':' || before === '.') && fstart >= 2 && DIGIT.test(text[fstart - 2]!)) return true;
  if ((after === ',' || after === ':' || after === '.') && DIGIT.test(text[fend + 1] ?? '')) return true;
  return false;
}

/** The number written the same way with every digit replaced by X: a masked suggestion. */
export function maskDigits(doc: Doc, run: Pick<NumberRun, 'start' | 'end'>): string {
  return doc.text.slice(run.start, run.end).replace(/\d/g, 'X');
}

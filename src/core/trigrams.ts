/**
 * franc's trigram vote (franc 6, MIT), restricted to the six supported languages: the same
 * method on franc's own data, with the same answers as `francAll(text, { only, minLength })`.
 * franc itself parses the models of all its ~400 languages at load and, on every call, filters
 * them and counts trigrams in plain objects; here the six models are parsed once into one table,
 * which makes a call several times faster and keeps the other models' tables out of memory.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's cap on the text it reads, and the distance it adds for a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * The models of `codes` (ISO 639-3, as franc names them) that use the Latin script, in franc's
 * order, which decides between equal distances; and for each trigram its rank in each model
 * (one table for all models, so a text's trigram is looked up once). The first (most frequent)
 * rank wins when a model lists a trigram twice.
 */
function latinModels(codes: readonly string[]): { languages: string[]; ranks: Map<string, Array<number | undefined>> } {
  const latin = data['Latin'] ?? {};
  const languages = Object.keys(latin).filter((code) => codes.includes(code));
  const ranks = new Map<string, Array<number | undefined>>();
  languages.forEach((code, model) => {
    const trigrams = latin[code]!.split('|');
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      let byModel = ranks.get(trigrams[rank]!);
      if (!byModel) ranks.set(trigrams[rank]!, (byModel = languages.map(() => undefined)));
      byModel[model] = rank;
    }
  });
  return { languages, ranks };
}

/** Trigram counts of the text as franc cleans it: no digits or ASCII punctuation, one space between words. */
function trigramCounts(text: string): Map<string, number> {
  const cleaned = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * franc's scripts in its order, each as a test of one character: franc counts each script's
 * characters with a global regex over the whole text, thirty scans per call; here each character
 * is tested once and its scripts remembered, and the text is read once. Counting per code point
 * gives franc's counts because every expression matches exactly one code point (a BMP character
 * or a surrogate pair, never a lone surrogate).
 */
const SCRIPTS = Object.entries(expressions).map(([script, expression]) => ({
  script,
  oneCharacter: new RegExp(`^(?:${expression.source})$`, expression.flags.replace('g', '')),
}));
const LATIN = SCRIPTS.findIndex(({ script }) => script === 'Latin');

/** The indices in SCRIPTS of the scripts a character belongs to (most belong to none or one). */
function testScripts(codePoint: number): readonly number[] {
  const character = String.fromCodePoint(codePoint);
  const found: number[] = [];
  SCRIPTS.forEach(({ oneCharacter }, index) => {
    if (oneCharacter.test(character)) found.push(index);
  });
  return found;
}

const ASCII_SCRIPTS = Array.from({ length: 128 }, (_, code) => testScripts(code));
/** Other characters' scripts, as met; started afresh past a limit, as a paste may hold any number of them. */
const scriptsMet = new Map<number, readonly number[]>();

function scriptsOf(codePoint: number): readonly number[] {
  if (codePoint < 128) return ASCII_SCRIPTS[codePoint]!;
  let found = scriptsMet.get(codePoint);
  if (found === undefined) {
    if (scriptsMet.size >= 4096) scriptsMet.clear();
    scriptsMet.set(codePoint, (found = testScripts(codePoint)));
  }
  return found;
}

/** Whether Latin letters are the script franc finds most of (first of equals wins, as in franc). */
function latinLeads(text: string): boolean {
  const counts = SCRIPTS.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    for (const index of scriptsOf(codePoint)) counts[index]!++;
  }
  let top = 0;
  for (let index = 1; index < counts.length; index++) if (counts[index]! > counts[top]!) top = index;
  return top === LATIN;
}

/**
 * A scorer for the given languages: for a text, each language with its score (1 for the closest,
 * lower for the others), best first; `und` alone when the text is shorter than `minLength` or
 * not mostly in Latin letters.
 */
export function trigramScorer(codes: readonly string[], minLength: number): (text: string) => Array<[string, number]> {
  const { languages, ranks } = latinModels(codes);
  return (text) => {
    if (text.length < minLength) return [['und', 1]];
    const value = text.slice(0, MAX_LENGTH);
    if (!latinLeads(value) || languages.length === 0) return [['und', 1]];
    const sums: number[] = languages.map(() => 0);
    for (const [trigram, count] of trigramCounts(value)) {
      const byModel = ranks.get(trigram);
      for (let model = 0; model < sums.length; model++) {
        const rank = byModel?.[model];
        sums[model]! += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
      }
    }
    const distances = languages.map((code, model): [string, number] => [code, sums[model]!]);
    distances.sort((a, b) => a[1] - b[1]);
    const min = distances[0]![1];
    const max = value.length * MAX_DIFFERENCE - min;
    for (const pair of distances) pair[1] = 1 - (pair[1] - min) / max || 0;
    return distances;
  };
}

/**
 * Posts all about "we/our" and never about the reader: a ratio over the whole post of
 * first-person plural words to second-person words, on longer posts only.
 */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Lang } from '../../types';
import { LANGUAGES } from '../../types';
import { countWords } from '../spam/util';
import { GERMAN_POLITE_YOU, WE, YOU } from './data/pronouns';

/** Each pronoun with the languages in which it is "we" or "you": one look-up per word. */
const PRONOUNS = new Map<string, { we: Lang[]; you: Lang[] }>();
for (const lang of LANGUAGES) {
  for (const [lists, side] of [[WE, 'we'], [YOU, 'you']] as const) {
    for (const word of lists[lang]) {
      const entry = PRONOUNS.get(word) ?? { we: [], you: [] };
      entry[side].push(lang);
      PRONOUNS.set(word, entry);
    }
  }
}
for (const word of GERMAN_POLITE_YOU) if (!PRONOUNS.has(word)) PRONOUNS.set(word, { we: [], you: [] });

/** Shorter posts are too small to judge; a proud announcement may say "we" a few times. */
const MIN_WORDS = 60;
const MIN_WE = 6;
/** "We" this many times per "you" and more is all about the sender. */
const WE_PER_YOU = 6;
/** Shown by default only when long, dense with "we" and without a single "you". */
const SURE_WORDS = 150;
const SURE_WE = 12;
const SURE_DENSITY = 0.08;

interface Tally {
  we: number;
  you: number;
  firstWe: number;
}

function tally(doc: Doc): Tally {
  const result: Tally = { we: 0, you: 0, firstWe: -1 };
  const tokens = doc.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const pronoun = PRONOUNS.get(token.norm);
    if (!pronoun) continue;
    const langs = doc.sentenceLangs[token.sentence]!;
    const original = doc.text.slice(token.start, token.end);
    // "US" is the country, not "us".
    const we = original !== 'US' && pronoun.we.some((lang) => langs.has(lang));
    let you = pronoun.you.some((lang) => langs.has(lang));
    if (!you && langs.has('de') && GERMAN_POLITE_YOU.has(token.norm) && /^\p{Lu}/u.test(original)) {
      you = doc.sentences[token.sentence]!.firstToken !== index;
    }
    if (we) {
      result.we++;
      if (result.firstWe < 0) result.firstWe = index;
    } else if (you) result.you++;
  }
  return result;
}

export const weFocus: Rule = {
  id: 'promotional.we-focus',
  category: 'promotional',
  title: 'All about us, nothing about the reader',
  description: 'A longer post that says "we" and "our" again and again and hardly ever "you". Readers engage with what is in it for them.',
  example: 'We are proud of our team. Our product, our values, our growth… (a long post that never mentions the reader)',
  severity: 'info',
  check(doc) {
    const words = countWords(doc);
    if (words < MIN_WORDS) return [];
    const { we, you, firstWe } = tally(doc);
    if (we < MIN_WE || we < WE_PER_YOU * you) return [];
    const sure = words >= SURE_WORDS && we >= SURE_WE && you === 0 && we / words >= SURE_DENSITY;
    const first = doc.tokens[firstWe]!;
    return [
      {
        start: first.start,
        end: first.end,
        message: {
          en: `This post says “we/our” ${we} times and “you” ${you} times. Readers engage with what is in it for them: tell them.`,
          sv: `Inlägget säger ”vi/vår” ${we} gånger och ”du/ni” ${you} gånger. Läsare engagerar sig i det som gäller dem: berätta det.`,
          nb: `Innlegget sier «vi/vår» ${we} ganger og «du/dere» ${you} ganger. Lesere engasjerer seg i det som gjelder dem: fortell det.`,
          da: `Opslaget siger "vi/vores" ${we} gange og "du/I" ${you} gange. Læsere engagerer sig i det, der vedrører dem: fortæl dem det.`,
          de: `Der Beitrag sagt ${we}-mal „wir/unser“ und ${you}-mal „du/Sie“. Leser interessiert, was sie davon haben: sag es ihnen.`,
        },
        suggestions: [],
        sureness: sure ? 1 : 0,
      },
    ];
  },
};

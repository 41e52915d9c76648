/** Vote and react baiting: reactions used as a ballot ("React ❤️ for A, 😮 for B"). */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Lang } from '../../types';
import { LANGUAGES } from '../../types';
import { VOTE_LINKS, VOTE_VERBS } from './data/vote-bait';
import { adjacent, countOf } from './util';

// Words of every language at once: next to emoji, short posts give language detection little to
// go on, and these words mean nothing else in the other languages.
const allWords = (lists: Record<Lang, readonly string[]>) => new Set(LANGUAGES.flatMap((lang) => lists[lang]));
const LINKS = allWords(VOTE_LINKS);
const VERBS = allWords(VOTE_VERBS);

function isIn(words: ReadonlySet<string>, doc: Doc, index: number): boolean {
  return words.has(doc.tokens[index]!.norm);
}

/** Token index ranges [emoji, answer word] where an emoji stands for an answer. */
function ballots(doc: Doc): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== 'emoji' || tokens[i + 1]!.kind === 'emoji') continue;
    const next = tokens[i + 1]!;
    if (!adjacent(doc, tokens[i]!, next, 4)) continue;
    const gap = doc.folded.text.slice(tokens[i]!.fend, next.fstart);
    // "❤️ = yes", "❤️: yes", "❤️ for yes": the answer is the word after the link.
    if (/[=:→]/.test(gap)) found.push([i, i + 1]);
    else if (isIn(LINKS, doc, i + 1) && i + 2 < tokens.length) found.push([i, i + 2]);
  }
  return found;
}

export const voteBait: Rule = {
  id: 'spam.vote-bait',
  category: 'spam',
  title: 'Vote and react baiting',
  description: 'Using reactions as a ballot ("React ❤️ for A, 😮 for B"). Facebook and LinkedIn show such posts to fewer people.',
  example: 'Coffee or tea? React ❤️ for coffee, 😮 for tea!',
  severity: 'warning',
  check(doc) {
    if (countOf(doc, 'emoji') < 2) return [];
    const found = ballots(doc);
    if (found.length < 2) return [];
    let asks = false;
    for (let i = 0; i < doc.tokens.length && !asks; i++) asks = doc.tokens[i]!.kind === 'word' && isIn(VERBS, doc, i);
    if (!asks && found.length < 3) return [];
    const [first] = found[0]!;
    const [, last] = found[found.length - 1]!;
    return [
      {
        start: doc.tokens[first]!.start,
        end: doc.tokens[last]!.end,
        message: {
          en: 'Reactions used as votes are vote bait: platforms show such posts to fewer people. Ask for opinions in words instead.',
          sv: 'Reaktioner som röster är röstfiske: plattformarna visar sådana inlägg för färre. Be om åsikter i ord i stället.',
          nb: 'Reaksjoner brukt som stemmer er stemmefiske: plattformene viser slike innlegg til færre. Be om meninger med ord i stedet.',
          da: 'Reaktioner brugt som stemmer er stemmefiskeri: platformene viser den slags opslag til færre. Bed om meninger med ord i stedet.',
          de: 'Reaktionen als Stimmen sind Abstimm-Köder: Plattformen zeigen solche Beiträge weniger Menschen. Frag lieber nach Meinungen in Worten.',
        },
        suggestions: [],
        sureness: asks ? 1 : 0,
      },
    ];
  },
};

/** Comment, like and react baiting: "Comment YES below", "Like if you agree", "Drop a 🔥". */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit, Localized } from '../../types';
import { ENGAGEMENT_BAIT, REPLY_VERBS } from './data/engagement-bait';
import { ACRONYMS } from './data/acronyms';
import { Lexicon } from '../../lexicon';
import { listMatcher, looksLikeCode, standsAsImperative, type ListData } from './util';

const MESSAGE: Localized = {
  en: 'Asking for a set reply or a like is engagement bait: LinkedIn and Facebook show such posts to fewer people. Ask a real question instead.',
  sv: 'Att be om ett visst svar eller en gillning är engagemangsfiske: LinkedIn och Facebook visar sådana inlägg för färre. Ställ en riktig fråga i stället.',
  nb: 'Å be om et bestemt svar eller en liker er engasjementsfiske: LinkedIn og Facebook viser slike innlegg til færre. Still et ekte spørsmål i stedet.',
  da: 'At bede om et bestemt svar eller et like er engagement-fiskeri: LinkedIn og Facebook viser den slags opslag til færre. Stil et rigtigt spørgsmål i stedet.',
  de: 'Um eine bestimmte Antwort oder ein Like zu bitten, ist Engagement-Köder: LinkedIn und Facebook zeigen solche Beiträge weniger Menschen. Stell lieber eine echte Frage.',
};

const listed = listMatcher(ENGAGEMENT_BAIT, { message: MESSAGE });
const replyVerbs = new Lexicon<ListData>(REPLY_VERBS);

const QUOTES = '"“”„«»\'‘’‚‹›';
/**
 * Words after a quoted word that show it is a reply asked for in the comments ("Skriv «GUIDE»
 * under, så sender jeg den"), not an instruction ("Type "help" in the terminal").
 */
const REPLY_FOLLOW_UPS = new Set('below under nedan nedanfor nedenfor herunder unten and och og und so så if om hvis viss wenn for för für'.split(' '));

function isCommentWord(token: Token | undefined): boolean {
  return token !== undefined && (token.norm.startsWith('comment') || token.norm.startsWith('komment'));
}

/** Whether the word after a reply verb is a set reply: quoted or shouted, then asked for in the comments. */
function isSetReplyWord(doc: Doc, verbFirst: number, index: number): boolean {
  const word = doc.tokens[index]!;
  const opening = doc.text.slice(doc.tokens[index - 1]!.end, word.start);
  const quoted = QUOTES.includes(doc.text.charAt(word.end)) && [...opening].some((char) => QUOTES.includes(char));
  const original = doc.text.slice(word.start, word.end);
  const shouted = looksLikeCode(original) && !ACRONYMS.has(word.norm) && doc.text.charAt(word.end) !== '-';
  if (!quoted && !shouted) return false;
  if (isCommentWord(doc.tokens[verbFirst])) return true;
  const next = doc.tokens[index + 1];
  if (next === undefined || next.sentence !== word.sentence) return false;
  return REPLY_FOLLOW_UPS.has(next.norm) || [1, 2, 3].some((ahead) => isCommentWord(doc.tokens[index + ahead]));
}

/**
 * Where a set reply after a reply verb ends, or -1: a run of emoji ("Drop a 🔥🔥"), or a word in
 * quotes or capitals asked for in the comments ("Kommentera «GUIDE»", "Skriv JA under").
 */
function setReplyEnd(doc: Doc, verbFirst: number, verbEnd: number): number {
  const sentence = doc.tokens[verbEnd - 1]!.sentence;
  let last = verbEnd;
  while (doc.tokens[last]?.kind === 'emoji' && doc.tokens[last]!.sentence === sentence) last++;
  if (last > verbEnd) return doc.tokens[last - 1]!.end;
  const word = doc.tokens[verbEnd];
  if (!word || word.sentence !== sentence || (word.kind !== 'word' && word.kind !== 'number')) return -1;
  if (!isSetReplyWord(doc, verbFirst, verbEnd)) return -1;
  return QUOTES.includes(doc.text.charAt(word.end)) ? word.end + 1 : word.end;
}

/** "Drop a 🔥 below", "Kommentera «GUIDE»": a reply verb opening a sentence, right before a set reply. */
function setReplies(doc: Doc, taken: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  for (const { first, end, start } of replyVerbs.match(doc)) {
    const stop = setReplyEnd(doc, first, end);
    if (stop < 0 || !standsAsImperative(doc, first)) continue;
    // A listed phrase around the same words ("Kommentera JA nedan") is the same finding.
    if (taken.some((hit) => start < hit.end && hit.start < stop)) continue;
    hits.push({ start, end: stop, message: MESSAGE, suggestions: [], sureness: 1 });
  }
  return hits;
}

export const engagementBait: Rule = {
  id: 'spam.engagement-bait',
  category: 'spam',
  title: 'Comment and like baiting',
  description: 'Asking readers for a set comment ("comment YES"), a like to agree, an emoji reply, or a one-word answer ("describe your job in one word", "only 1% can solve this"). Platforms show such posts to fewer people.',
  example: 'Comment YES below if you want the guide!',
  severity: 'warning',
  check(doc, context) {
    const hits = listed(doc, context);
    return [...hits, ...setReplies(doc, hits)];
  },
};

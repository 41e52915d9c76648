/** Comment, like and react baiting: "Comment YES below", "Like if you agree", "Drop a 🔥". */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { EMOJI_BAIT_VERBS, ENGAGEMENT_BAIT } from './data/engagement-bait';
import { Lexicon } from '../../lexicon';
import { listMatcher, standsAsImperative, type ListData } from './util';

const MESSAGE: Localized = {
  en: 'Asking for a set reply or a like is engagement bait: LinkedIn and Facebook show such posts to fewer people. Ask a real question instead.',
  sv: 'Att be om ett visst svar eller en gillning är engagemangsfiske: LinkedIn och Facebook visar sådana inlägg för färre. Ställ en riktig fråga i stället.',
  nb: 'Å be om et bestemt svar eller en liker er engasjementsfiske: LinkedIn og Facebook viser slike innlegg til færre. Still et ekte spørsmål i stedet.',
  da: 'At bede om et bestemt svar eller et like er engagement-fiskeri: LinkedIn og Facebook viser den slags opslag til færre. Stil et rigtigt spørgsmål i stedet.',
  de: 'Um eine bestimmte Antwort oder ein Like zu bitten, ist Engagement-Köder: LinkedIn und Facebook zeigen solche Beiträge weniger Menschen. Stell lieber eine echte Frage.',
};

const listed = listMatcher(ENGAGEMENT_BAIT, { message: MESSAGE });
const emojiVerbs = new Lexicon<ListData>(EMOJI_BAIT_VERBS);

/** "Drop a 🔥 below": a bait verb opening a sentence, right before one or more emoji. */
function emojiBait(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  for (const { first, end, start } of emojiVerbs.match(doc)) {
    let last = end;
    while (doc.tokens[last]?.kind === 'emoji' && doc.tokens[last]!.sentence === doc.tokens[first]!.sentence) last++;
    if (last === end || !standsAsImperative(doc, first)) continue;
    hits.push({ start, end: doc.tokens[last - 1]!.end, message: MESSAGE, suggestions: [], sureness: 1 });
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
  check: (doc) => [...listed(doc), ...emojiBait(doc)],
};

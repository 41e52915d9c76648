/** Unverifiable superlatives and guarantees: "best on the market", "guaranteed results", "#1". */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { listMatcher } from '../spam/util';
import { CLAIMS, NUMBER_ONE_NOUNS, NUMBER_ONE_PLACES } from './data/claims';

const MESSAGE: Localized = {
  en: 'Claims nobody can check ("the best", "guaranteed") make readers trust you less, and in ads they can break consumer law. Show a fact or a customer’s words instead.',
  sv: 'Påståenden som ingen kan kontrollera ("bäst", "garanterat") gör att läsarna litar mindre på dig, och i reklam kan de bryta mot marknadsföringslagen. Visa ett faktum eller en kunds ord i stället.',
  nb: 'Påstander ingen kan sjekke («best», «garantert») gjør at leserne stoler mindre på deg, og i reklame kan de bryte markedsføringsloven. Vis et faktum eller en kundes ord i stedet.',
  da: 'Påstande, som ingen kan tjekke ("bedst", "garanteret"), får læserne til at stole mindre på dig, og i reklamer kan de bryde markedsføringsloven. Vis et faktum eller en kundes ord i stedet.',
  de: 'Behauptungen, die niemand prüfen kann („das Beste“, „garantiert“), mindern das Vertrauen, und in Werbung können sie gegen das Wettbewerbsrecht verstoßen. Zeig lieber eine Tatsache oder Kundenstimmen.',
};

const listed = listMatcher(CLAIMS, { message: MESSAGE });

/**
 * "#1": a claim when a business noun follows ("#1 choice") or a place owns it ("Norges #1",
 * "#1 i Sverige"), otherwise only when strict ("my #1 tip").
 */
function numberOne(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  doc.tokens.forEach((token, index) => {
    if (token.kind !== 'hashtag' || token.norm !== '1') return;
    const inSentence = (at: number) => {
      const other = doc.tokens[at];
      return other !== undefined && other.sentence === token.sentence ? other : undefined;
    };
    const before = inSentence(index - 1);
    const next = inSentence(index + 1);
    // "#1 in the world": the article before the place.
    const place = inSentence(index + 2)?.norm === 'the' ? inSentence(index + 3) : inSentence(index + 2);
    const owned = before !== undefined && NUMBER_ONE_PLACES.has(before.norm);
    const placed = next !== undefined && place !== undefined && IN_WORDS.has(next.norm) && NUMBER_ONE_PLACES.has(place.norm);
    const noun = next !== undefined && NUMBER_ONE_NOUNS.has(next.norm);
    const start = owned ? before.start : token.start;
    const end = placed ? place.end : noun ? next.end : token.end;
    hits.push({ start, end, message: MESSAGE, suggestions: [], sureness: owned || placed || noun ? 1 : 0 });
  });
  return hits;
}

const IN_WORDS: ReadonlySet<string> = new Set(['i', 'in', 'inom', 'på', 'im']);

export const unverifiableClaim: Rule = {
  id: 'promotional.unverifiable-claim',
  category: 'promotional',
  title: 'Unverifiable superlatives and guarantees',
  description: 'Claims a reader cannot check: "best on the market", "#1", "world-class", "guaranteed results", "marknadens bästa", "garantiert". They cost trust.',
  example: 'The #1 choice for teams: world-class quality, guaranteed results.',
  severity: 'warning',
  check: (doc, context) => [...listed(doc, context), ...numberOne(doc)],
};

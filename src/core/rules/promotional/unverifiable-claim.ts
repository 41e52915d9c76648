/** Unverifiable superlatives and guarantees: "best on the market", "guaranteed results", "#1". */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { listMatcher } from '../spam/util';
import { CLAIMS, NUMBER_ONE_NOUNS } from './data/claims';

const MESSAGE: Localized = {
  en: 'Claims nobody can check ("the best", "guaranteed") make readers trust you less, and in ads they can break consumer law. Show a fact or a customer’s words instead.',
  sv: 'Påståenden som ingen kan kontrollera ("bäst", "garanterat") gör att läsarna litar mindre på dig, och i reklam kan de bryta mot marknadsföringslagen. Visa ett faktum eller en kunds ord i stället.',
  nb: 'Påstander ingen kan sjekke («best», «garantert») gjør at leserne stoler mindre på deg, og i reklame kan de bryte markedsføringsloven. Vis et faktum eller en kundes ord i stedet.',
  da: 'Påstande, som ingen kan tjekke ("bedst", "garanteret"), får læserne til at stole mindre på dig, og i reklamer kan de bryde markedsføringsloven. Vis et faktum eller en kundes ord i stedet.',
  de: 'Behauptungen, die niemand prüfen kann („das Beste“, „garantiert“), mindern das Vertrauen, und in Werbung können sie gegen das Wettbewerbsrecht verstoßen. Zeig lieber eine Tatsache oder Kundenstimmen.',
};

const listed = listMatcher(CLAIMS, { message: MESSAGE });

/** "#1": a claim when a business noun follows ("#1 choice"), otherwise only when strict ("my #1 tip"). */
function numberOne(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  doc.tokens.forEach((token, index) => {
    if (token.kind !== 'hashtag' || token.norm !== '1') return;
    const next = doc.tokens[index + 1];
    const claim = next !== undefined && next.sentence === token.sentence && NUMBER_ONE_NOUNS.has(next.norm);
    hits.push({ start: token.start, end: claim ? next.end : token.end, message: MESSAGE, suggestions: [], sureness: claim ? 1 : 0 });
  });
  return hits;
}

export const unverifiableClaim: Rule = {
  id: 'promotional.unverifiable-claim',
  category: 'promotional',
  title: 'Unverifiable superlatives and guarantees',
  description: 'Claims a reader cannot check: "best on the market", "#1", "world-class", "guaranteed results", "marknadens bästa", "garantiert". They cost trust.',
  example: 'The #1 choice for teams: world-class quality, guaranteed results.',
  severity: 'warning',
  check: (doc) => [...listed(doc), ...numberOne(doc)],
};

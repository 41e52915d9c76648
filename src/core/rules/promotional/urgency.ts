/** Urgency and scarcity: "Last chance", "Only today", "Sista chansen", "Nur noch wenige". */
import type { Rule } from '../../rule';
import { listMatcher } from '../spam/util';
import { URGENCY } from './data/urgency';

const check = listMatcher(URGENCY, {
  message: {
    en: 'Countdowns and "only a few left" pressure readers, and pressure reads as a sales pitch. If there is a real deadline, state the date calmly.',
    sv: 'Nedräkningar och "bara några kvar" sätter press på läsaren, och press läses som säljsnack. Finns det en verklig deadline, ange datumet lugnt.',
    nb: 'Nedtellinger og «bare noen få igjen» legger press på leseren, og press leses som salgsprat. Finnes det en ekte frist, oppgi datoen rolig.',
    da: 'Nedtællinger og "kun få tilbage" lægger pres på læseren, og pres læses som salgssnak. Er der en rigtig frist, så nævn datoen roligt.',
    de: 'Countdowns und „nur noch wenige“ setzen Leser unter Druck, und Druck wirkt wie ein Verkaufsgespräch. Gibt es eine echte Frist, nenne das Datum ruhig.',
  },
  suggestions: [''],
});

export const urgency: Rule = {
  id: 'promotional.urgency',
  category: 'promotional',
  title: 'Urgency and scarcity',
  description: 'Pressure to act fast: "last chance", "only today", "limited time", "sista chansen", "nur noch wenige". It reads as a sales pitch.',
  example: 'Last chance! Only today, while stocks last.',
  severity: 'warning',
  check,
};

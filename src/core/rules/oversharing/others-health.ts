/**
 * Someone else's health: "min mamma har fått diagnosen", "kollegaen min er sykmeldt", "meine
 * Kollegin hat Krebs", "my dad was diagnosed with MS". It is theirs to tell; posting it can hurt
 * them at work and with insurers, and a colleague's health is personal data the employer must
 * protect.
 */
import { Lexicon } from '../../lexicon';
import type { PhraseData, Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { OTHERS_CONDITIONS, OTHERS_SUBJECTS } from './data/health';
import { endsInCompound, forEveryLanguage } from './phrases';

const subjects = new Lexicon<PhraseData>(() => forEveryLanguage(OTHERS_SUBJECTS));
const conditions = new Lexicon<PhraseData>(() => forEveryLanguage(OTHERS_CONDITIONS));
/** Words that may stand between the person and what they have: a name ("my colleague Anna has"). */
const MAX_GAP = 1;

const MESSAGE: Localized = {
  en: 'This is about someone else’s health. It is theirs to share: ask them before you post it.',
  sv: 'Det här handlar om någon annans hälsa. Det är deras sak att berätta: fråga dem innan du publicerar.',
  nb: 'Dette handler om noen andres helse. Det er deres sak å fortelle: spør dem før du publiserer.',
  da: 'Det her handler om en andens helbred. Det er deres at fortælle: spørg dem, før du slår det op.',
  de: 'Hier geht es um die Gesundheit eines anderen Menschen. Das zu teilen ist deren Sache: frag vorher nach.',
};

export const othersHealthRule: Rule = {
  id: 'oversharing.others-health',
  category: 'oversharing',
  severity: 'warning',
  title: 'Someone else’s health',
  description: 'Marks a relative’s, partner’s, colleague’s or friend’s diagnosis or sick leave, which is theirs to share.',
  example: 'My colleague Anna has breast cancer, so please be kind to her.',
  check(doc) {
    const people = subjects.match(doc);
    if (people.length === 0) return [];
    const hits: Hit[] = [];
    for (const condition of conditions.match(doc)) {
      const person = people.find(
        (match) => match.end <= condition.first && condition.first - match.end <= MAX_GAP && doc.tokens[match.first]!.sentence === doc.tokens[condition.first]!.sentence,
      );
      if (person && !endsInCompound(doc, condition.stop)) hits.push({ start: person.start, end: condition.stop, message: MESSAGE, suggestions: [''], sureness: condition.entry.sureness ?? 1 });
    }
    return hits;
  },
};

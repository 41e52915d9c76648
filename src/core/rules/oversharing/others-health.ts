/**
 * Someone else's health: "min mamma har fått diagnosen", "kollegaen min er sykmeldt", "meine
 * Kollegin hat Krebs", "my dad was diagnosed with MS". It is theirs to tell; posting it can hurt
 * them at work and with insurers, and a colleague's health is personal data the employer must
 * protect.
 */
import type { Doc } from '../../doc';
import { capitalised } from './context';
import { Lexicon, type LexiconMatch } from '../../lexicon';
import type { PhraseData, Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { NOT_NAMES_OF_PEOPLE, othersConditions, OTHERS_SUBJECTS, THIRD_PERSON_PRONOUNS } from './data/health';
import { endsInCompound, forEveryLanguage } from './phrases';

const subjects = new Lexicon<PhraseData>(() => forEveryLanguage(OTHERS_SUBJECTS));
const conditions = new Lexicon<PhraseData>(() => forEveryLanguage(othersConditions()));
/** Words that may stand between the person and what they have: a name ("my colleague Anna Berg has"). */
const MAX_GAP = 2;

/**
 * Where the person whose health it is starts: a relation just before ("min kollega Anna har"), a
 * name ("Anna har fått diagnosen"), or "she"/"hon" when the post names a relation elsewhere.
 */
function personBefore(doc: Doc, condition: LexiconMatch<PhraseData>, people: ReadonlyArray<LexiconMatch<PhraseData>>): number | undefined {
  const sentence = doc.tokens[condition.first]!.sentence;
  const person = people.find((match) => match.end <= condition.first && condition.first - match.end <= MAX_GAP && doc.tokens[match.first]!.sentence === sentence);
  if (person) return person.start;
  const subject = doc.tokens[condition.first - 1];
  if (subject === undefined || subject.kind !== 'word' || subject.sentence !== sentence) return undefined;
  if (THIRD_PERSON_PRONOUNS.has(subject.norm)) return people.length > 0 ? subject.start : undefined;
  const name = capitalised(doc, subject) && !NOT_NAMES_OF_PEOPLE.has(subject.norm);
  return name ? subject.start : undefined;
}

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
  description: 'Marks a relative’s, partner’s, colleague’s, friend’s or a named person’s diagnosis or sick leave, which is theirs to share.',
  example: 'My colleague Anna has breast cancer, so please be kind to her.',
  check(doc) {
    const found = conditions.match(doc);
    if (found.length === 0) return [];
    const people = subjects.match(doc);
    const hits: Hit[] = [];
    for (const condition of found) {
      const start = personBefore(doc, condition, people);
      if (start !== undefined && !endsInCompound(doc, condition.stop)) hits.push({ start, end: condition.stop, message: MESSAGE, suggestions: [''], sureness: condition.entry.sureness ?? 1 });
    }
    return hits;
  },
};

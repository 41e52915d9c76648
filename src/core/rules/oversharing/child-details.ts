/**
 * A writer's children with the school, nursery or class that says where to find them: "our
 * daughter started at Solbackaskolan, class 1B". The school is marked; a school named without a
 * child of the writer's (a teacher's post, news) only in strict mode. So is where the child is at
 * a given hour: alone at home, or a weekly routine with its time and place.
 */
import type { Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit, Localized } from '../../types';
import {
  CHILD_MENTIONS,
  CLASS_WORDS,
  ENGLISH_INSTITUTION_WORDS,
  GENERIC_SCHOOLS,
  INSTITUTION_ENDINGS,
  INSTITUTION_WORDS,
  NOT_NAMES,
  NOT_PLACES,
  PLACE_PREPOSITIONS,
  WHEREABOUTS_PHRASES,
  type WhereaboutsData,
} from './data/children';
import { capitalised } from './context';
import { forEveryLanguage } from './phrases';

const children = new Lexicon<object>(() => forEveryLanguage(CHILD_MENTIONS));
const whereabouts = new Lexicon<WhereaboutsData>(() => forEveryLanguage(WHEREABOUTS_PHRASES));
const CLASS_NAME = /^\d{1,2}[a-z]?$/;
const ENDINGS = new Set(INSTITUTION_ENDINGS);
const ENDING_LENGTHS = [...new Set(INSTITUTION_ENDINGS.map((ending) => ending.length))];

/** A capitalised word that can be part of a school's name ("Oakwood", "Majorstuen"), not "The" or "High". */
function nameWord(doc: Doc, token: Token | undefined): token is Token {
  return capitalised(doc, token) && !NOT_NAMES.has(token.norm);
}

function isInstitutionName(word: string): boolean {
  if (GENERIC_SCHOOLS.has(word)) return false;
  return ENDING_LENGTHS.some((length) => word.length >= length + 3 && ENDINGS.has(word.slice(-length)));
}

/** "Oakwood Primary", "Majorstuen skole": English school words are capitalised in a name, Nordic ones not. */
function isSchoolWord(doc: Doc, token: Token): boolean {
  return INSTITUTION_WORDS.has(token.norm) && (!ENGLISH_INSTITUTION_WORDS.has(token.norm) || capitalised(doc, token));
}

/** School and nursery names and class names: "Solbackaskolan", "Oakwood Primary", "klass 2A". */
function places(doc: Doc): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (capitalised(doc, token) && isInstitutionName(token.norm)) {
      found.push({ start: token.start, end: token.end });
    } else if (isSchoolWord(doc, token) && nameWord(doc, tokens[i - 1])) {
      let first = i - 1;
      while (first > 0 && i - first < 3 && nameWord(doc, tokens[first - 1]) && tokens[first - 1]!.sentence === token.sentence) first--;
      found.push({ start: tokens[first]!.start, end: token.end });
    } else if (CLASS_WORDS.has(token.norm) && tokens[i + 1] !== undefined && CLASS_NAME.test(tokens[i + 1]!.norm)) {
      found.push({ start: token.start, end: tokens[i + 1]!.end });
    }
  }
  return found;
}

/** Whether the post names a place: a capitalised word after "på", "at", "im" that is not a day or a month. */
function namesAPlace(doc: Doc): boolean {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (PLACE_PREPOSITIONS.has(tokens[i - 1]!.norm) && capitalised(doc, token) && !NOT_PLACES.has(token.norm)) return true;
  }
  return false;
}

const MESSAGE: Localized = {
  en: 'Naming your child’s school or class tells strangers where to find them every weekday. “School” or “class” says enough.',
  sv: 'Att nämna ditt barns skola eller klass talar om för främlingar var barnet finns varje vardag. ”Skolan” eller ”klassen” räcker.',
  nb: 'Når du navngir barnets skole eller klasse, vet fremmede hvor barnet er hver ukedag. «Skolen» eller «klassen» holder.',
  da: 'Når du nævner dit barns skole eller klasse, ved fremmede, hvor barnet er hver hverdag. “Skolen” eller “klassen” er nok.',
  de: 'Wenn du Schule oder Klasse deines Kindes nennst, wissen Fremde, wo es jeden Werktag ist. „Die Schule“ oder „die Klasse“ reicht.',
};
const WHEREABOUTS_MESSAGE: Localized = {
  en: 'This tells strangers when your child is alone or where to find them at a set hour. Leave out the time, the place or that they are alone.',
  sv: 'Det här talar om för främlingar när ditt barn är ensamt eller var det finns en viss tid. Stryk tiden, platsen eller att barnet är ensamt.',
  nb: 'Dette forteller fremmede når barnet ditt er alene eller hvor det er på et fast tidspunkt. Dropp tiden, stedet eller at barnet er alene.',
  da: 'Det her fortæller fremmede, hvornår dit barn er alene, eller hvor det er på et fast tidspunkt. Udelad tiden, stedet eller at barnet er alene.',
  de: 'Das verrät Fremden, wann dein Kind allein ist oder wo es zu einer festen Zeit ist. Lass die Uhrzeit, den Ort oder das Alleinsein weg.',
};

export const childDetailsRule: Rule = {
  id: 'oversharing.child-details',
  category: 'oversharing',
  severity: 'warning',
  title: 'Where your children are',
  description: 'Marks the school, nursery or class named in a post about your own children, which tells strangers where to find them.',
  example: 'So proud: our daughter starts at Solbackaskolan, class 1B, on Monday!',
  check(doc, { strict }) {
    const ownChildren = children.match(doc).length > 0;
    // A place named in a post about no child of the writer's is worth a note only when strict.
    if (!ownChildren && strict === false) return [];
    const found = places(doc);
    const hits: Hit[] = found.map(({ start, end }) => ({ start, end, message: MESSAGE, suggestions: [''], sureness: ownChildren ? 1 : 0 }));
    // Alone at home or a weekly hour matters only for the writer's own children.
    if (ownChildren) {
      let place: boolean | undefined;
      for (const { entry, start, stop } of whereabouts.match(doc)) {
        const sureness = entry.kind === 'alone' || found.length > 0 || (place ??= namesAPlace(doc)) ? 1 : 0;
        hits.push({ start, end: stop, message: WHEREABOUTS_MESSAGE, suggestions: [''], sureness });
      }
    }
    return hits;
  },
};

/**
 * A writer's children with the school, nursery or class that says where to find them: "our
 * daughter started at Solbackaskolan, class 1B". The school is marked; a school named without a
 * child of the writer's (a teacher's post, news) only in strict mode.
 */
import type { Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit } from '../../types';
import { CHILD_MENTIONS, CLASS_WORDS, ENGLISH_INSTITUTION_WORDS, GENERIC_SCHOOLS, INSTITUTION_ENDINGS, INSTITUTION_WORDS, NOT_NAMES } from './data/children';
import { forEveryLanguage } from './phrases';

const children = new Lexicon<object>(() => forEveryLanguage(CHILD_MENTIONS));
const UPPERCASE = /^\p{Lu}/u;
const CLASS_NAME = /^\d{1,2}[a-z]?$/;
const ENDINGS = new Set(INSTITUTION_ENDINGS);
const ENDING_LENGTHS = [...new Set(INSTITUTION_ENDINGS.map((ending) => ending.length))];

function capitalised(doc: Doc, token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && UPPERCASE.test(doc.text.slice(token.start, token.end));
}

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

export const childDetailsRule: Rule = {
  id: 'oversharing.child-details',
  category: 'oversharing',
  severity: 'warning',
  title: 'Where your children are',
  description: 'Marks the school, nursery or class named in a post about your own children, which tells strangers where to find them.',
  example: 'So proud: our daughter starts at Solbackaskolan, class 1B, on Monday!',
  check(doc) {
    const found = places(doc);
    if (found.length === 0) return [];
    const sureness = children.match(doc).length > 0 ? 1 : 0;
    return found.map(
      ({ start, end }): Hit => ({
        start,
        end,
        message: {
          en: 'Naming your child’s school or class tells strangers where to find them every weekday. “School” or “class” says enough.',
          sv: 'Att nämna ditt barns skola eller klass talar om för främlingar var barnet finns varje vardag. ”Skolan” eller ”klassen” räcker.',
          nb: 'Når du navngir barnets skole eller klasse, vet fremmede hvor barnet er hver ukedag. «Skolen» eller «klassen» holder.',
          da: 'Når du nævner dit barns skole eller klasse, ved fremmede, hvor barnet er hver hverdag. “Skolen” eller “klassen” er nok.',
          de: 'Wenn du Schule oder Klasse deines Kindes nennst, wissen Fremde, wo es jeden Werktag ist. „Die Schule“ oder „die Klasse“ reicht.',
        },
        suggestions: [''],
        sureness,
      }),
    );
  },
};

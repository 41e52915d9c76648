/**
 * A writer's own children, and the places that say where to find them: the school or nursery by
 * name and the class. Together they tell strangers where a child is every weekday.
 */
import type { LexiconData } from '../../../lexicon';
import { entriesOf } from '../phrases';

const CHILD_PHRASES: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['{my|our} {son|sons|daughter|daughters|kid|kids|child|children|boy|girl|twins|toddler|little one|youngest|eldest}'],
  sv: ['{min|mitt|vår|våra} {son|dotter|barn|pojke|flicka|tjej|kille|grabb|tvillingar|yngsta|äldsta}', '{sonen|dottern|barnen|ungarna|grabben|tjejen}'],
  nb: [
    '{min|mitt|vår|våre} {sønn|datter|barn|gutt|jente|tvillinger|yngste|eldste}',
    '{sønnen|datteren|dattera|barna|ungene|gutten|jenta} {min|mi|mine|vår|våre}',
  ],
  nn: ['{son|sonen|dotter|dottera|borna|ungane|guten|jenta} {min|mi|mine|vår|våre}', '{min|mi|mitt|vår|våre} {son|dotter|born|gut|jente}'],
  da: ['{min|mit|vores} {søn|datter|barn|børn|dreng|pige|tvillinger|yngste|ældste}', '{sønnen|datteren|børnene|ungerne|drengen|pigen}'],
  de: ['{mein|meine|unser|unsere} {sohn|tochter|kind|kinder|junge|mädchen|kleine|kleiner|kleinen|zwillinge}'],
};

export const CHILD_MENTIONS: LexiconData<object> = Object.fromEntries(
  Object.entries(CHILD_PHRASES).map(([lang, phrases]) => [lang, entriesOf(phrases, {})]),
);

/** Endings of school and nursery names written as one word: Solbackaskolan, Ekebergskolen, Lindenschule. */
export const INSTITUTION_ENDINGS = [
  'skolan', 'skola', 'förskolan', 'förskola', 'skolen', 'skole', 'skulen', 'skule', 'barnehagen', 'barnehage', 'barnehave',
  'børnehaven', 'børnehave', 'vuggestuen', 'vuggestue', 'schule', 'grundschule', 'kita', 'kindergarten', 'gymnasium',
];

/** Institution words after a name, capitalised in English ("Oakwood Primary"), not in Nordic ("Majorstuen skole"). */
export const ENGLISH_INSTITUTION_WORDS = new Set(['school', 'primary', 'elementary', 'nursery', 'kindergarten', 'preschool', 'academy']);
export const INSTITUTION_WORDS = new Set([
  ...ENGLISH_INSTITUTION_WORDS, 'skola', 'skolan', 'förskola', 'förskolan', 'skole', 'skolen', 'skule', 'skulen', 'barnehage', 'barnehagen',
  'børnehave', 'børnehaven', 'schule', 'grundschule', 'gymnasium',
]);

/** Kinds of school, not names of one: "Folkeskolen", "Ganztagsschule", "High School", "Der Schule". */
export const GENERIC_SCHOOLS = new Set([
  'förskola', 'förskolan', 'grundskola', 'grundskolan', 'friskola', 'friskolan', 'privatskola', 'privatskolan', 'körskola', 'körskolan',
  'trafikskola', 'trafikskolan', 'folkeskole', 'folkeskolen', 'efterskole', 'efterskolen', 'privatskole', 'privatskolen', 'friskole', 'friskolen',
  'barneskole', 'barneskolen', 'barneskule', 'barneskulen', 'ungdomsskole', 'ungdomsskolen', 'ungdomsskule', 'ungdomsskulen', 'realskole',
  'realskolen', 'grundschule', 'ganztagsschule', 'gesamtschule', 'realschule', 'hauptschule', 'sonderschule', 'privatschule', 'musikschule',
  'fahrschule', 'hochschule', 'volkshochschule', 'berufsschule', 'kita', 'kindergarten', 'gymnasium',
]);
/** Words before a school word that are not its name. */
export const NOT_NAMES = new Set([
  'high', 'middle', 'primary', 'elementary', 'secondary', 'junior', 'senior', 'grammar', 'public', 'private', 'new', 'old', 'the', 'a', 'my',
  'our', 'his', 'her', 'their', 'der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'meine', 'unsere', 'min', 'mitt', 'vår', 'vores',
  'mit', 'sin', 'sitt', 'hans', 'hennes', 'hendes', 'nya', 'nye', 'gamla', 'gamle', 'neue', 'alte',
]);

/** Words naming a school class before its number: "class 3B", "klass 2A", "Klasse 4c". */
export const CLASS_WORDS = new Set(['class', 'klass', 'klassen', 'klasse', 'klassa', 'year', 'grade', 'trinn']);

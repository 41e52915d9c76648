/**
 * A writer's own children, and the places that say where to find them: the school or nursery by
 * name and the class. Together they tell strangers where a child is every weekday.
 */
import type { LexiconData } from '../../../lexicon';
import { entriesOf } from '../phrases';

const CHILD_PHRASES: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['{my|our} {son|sons|daughter|daughters|kid|kids|child|children|boy|girl|twins|toddler|little one|youngest|eldest}', '{my|our} _ {year|yr} old'],
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

/**
 * Where a child can be found at a given hour, in a post about the writer's own children: alone at
 * home or on the way home ("går hem själv", "alene hjemme"), and weekly routines with a time
 * ("varje tisdag kl 17", "jeden Montag um 16"). `alone` is shown by default; a routine when the
 * post also names a place.
 */
export interface WhereaboutsData {
  kind: 'alone' | 'routine';
}

const WHEREABOUTS: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', { alone: string[]; routine: string[] }> = {
  en: {
    alone: ['{home alone|alone at home}', 'walks home {alone|by herself|by himself|on her own|on his own}', '{is|are|will be} {alone|on their own} {after school|until}'],
    routine: [
      'every {monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|weekday|morning|afternoon|evening} {at|from|between}',
      '{mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays} {at|from}',
    ],
  },
  sv: {
    alone: ['{ensam|själv|själva|ensamma} hemma', '{går|cyklar} hem {själv|ensam|själva}', 'är {ensam|själv|själva|ensamma} {efter skolan|till}'],
    routine: [
      'varje {måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|dag|vardag|morgon|eftermiddag|kväll} {kl|klockan|mellan}',
      '{måndagar|tisdagar|onsdagar|torsdagar|fredagar|lördagar|söndagar} {kl|klockan|mellan}',
    ],
  },
  nb: {
    alone: ['alene hjemme', '{går|sykler} hjem alene', 'er alene {etter skolen|til}'],
    routine: [
      'hver {mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|dag|ukedag|morgen|ettermiddag|kveld} {kl|klokka|klokken|mellom|fra}',
      '{mandager|tirsdager|onsdager|torsdager|fredager|lørdager|søndager} {kl|klokka|klokken}',
    ],
  },
  nn: {
    alone: ['{aleine|åleine|åleine} heime', '{går|syklar} heim {aleine|åleine}', 'er {aleine|åleine} {etter skulen|til}'],
    routine: ['kvar {måndag|tysdag|onsdag|torsdag|fredag|laurdag|sundag|dag|morgon|ettermiddag|kveld} {kl|klokka|mellom|frå}'],
  },
  da: {
    alone: ['alene hjemme', '{går|cykler} hjem alene', 'er alene {efter skole|efter skolen|til}'],
    routine: [
      'hver {mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|dag|hverdag|morgen|eftermiddag|aften} {kl|klokken|mellem|fra}',
      '{mandage|tirsdage|onsdage|torsdage|fredage|lørdage|søndage} {kl|klokken}',
    ],
  },
  de: {
    alone: ['allein {zu hause|zuhause|daheim}', '{geht|läuft|fährt|radelt} allein nach hause', 'ist {nach der schule|bis} allein'],
    routine: [
      'jeden {montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|tag|morgen|nachmittag|abend} {um|von|zwischen|ab}',
      '{montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|täglich} {um|von|ab}',
    ],
  },
};

export const WHEREABOUTS_PHRASES: LexiconData<WhereaboutsData> = Object.fromEntries(
  Object.entries(WHEREABOUTS).map(([lang, { alone, routine }]) => [
    lang,
    [...entriesOf(alone, { kind: 'alone' as const }), ...entriesOf(routine, { kind: 'routine' as const })],
  ]),
);

/** Prepositions before a place's name: "på Valhallabadet", "at Oakwood Pool", "im Hallenbad Mitte". */
export const PLACE_PREPOSITIONS = new Set(['på', 'i', 'vid', 'ved', 'hos', 'at', 'in', 'im', 'am', 'auf', 'bei', 'beim']);

/** Capitalised words after such a preposition that are times, not places (German capitalises days and months). */
export const NOT_PLACES = new Set([
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'morgen', 'abend', 'nachmittag',
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'may', 'june',
  'july', 'october', 'december', 'i',
]);

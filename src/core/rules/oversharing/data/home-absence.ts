/**
 * Where someone lives and when they are away, per language. Together in one post they tell a
 * burglar which door to try and when. Street names are matched by shape (see home-absence.ts);
 * these lists hold the phrases.
 */
import type { LexiconData } from '../../../lexicon';
import { entriesOf } from '../phrases';

export interface PlaceData {
  part: 'address' | 'absence';
}

const ADDRESS: PlaceData = { part: 'address' };
const ABSENCE: PlaceData = { part: 'absence' };

/** Endings of compound street names: Storgatan, Kirkeveien, Østergade, Goethestraße. */
export const STREET_ENDINGS = [
  'gatan', 'gata', 'gaten', 'vägen', 'gränd', 'gränden', 'allén', 'torget', 'stigen', 'veien', 'vegen', 'vejen', 'vej', 'gade',
  'gaden', 'stræde', 'straße', 'strasse', 'str', 'weg', 'gasse', 'allee', 'platz',
];

/** Street words written apart from the name: "Karl Johans gate 22", "12 Baker Street". */
export const STREET_WORDS_AFTER_NAME = new Set(['gate', 'gata', 'gatan', 'vej', 'gade', 'straße', 'strasse', 'allee', 'allé']);
export const ENGLISH_STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'close', 'court', 'ct', 'way', 'place', 'boulevard',
  'blvd', 'terrace', 'crescent', 'grove', 'gardens',
]);

// Counts spelled out: a phrase may not open with a wildcard, which would make the lexicon walk from every word.
const DE_COUNT = '{zwei|drei|vier|fünf|sechs|sieben|acht|zehn|zwölf|vierzehn|2|3|4|5|6|7|8|10|12|14}';
const EN_DURATIONS = '{_ weeks|_ days|_ months|_ nights|a week|a month|a fortnight|the summer|the holidays|the weekend|christmas|easter}';

interface PlaceLanguage {
  address: string[];
  absence: string[];
}

const LANGUAGES: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', PlaceLanguage> = {
  en: {
    address: ['{my|our} {address|home address} is', '{we|i} live at', '{we’re|i’m} at number'],
    absence: [
      `{away|gone|abroad|travelling|traveling|off|out of town|out of the country} for ${EN_DURATIONS}`,
      `{off|going|travelling|traveling|flying|heading|away} to {_|_ _} for ${EN_DURATIONS}`,
      `{we’re|we are|we will be|we’ll be|i’m|i am|i will be|i’ll be} {away|abroad|gone|out of town} for ${EN_DURATIONS}`,
      '{we’re|we are|we will be|we’ll be|i’m|i am|i will be|i’ll be} {away|abroad|gone|out of town} {until|till|from}',
      '{we’re|we are|i’m|i am} {going|off|leaving} on {holiday|vacation}', '{we’re|we are|i’m|i am} away',
      '{away|abroad|out of town} {until|till}', '{on holiday|on vacation} {until|till|for}',
      '{we’ll be|we will be|we’re|we are|i’ll be|i will be|i’m|i am} in {_|_ _} {from|until|till}',
      `{we’ll be|we will be|we’re|we are|i’ll be|i will be|i’m|i am} in {_|_ _} for ${EN_DURATIONS}`,
      '{the|our|my} {house|flat|apartment|home|place} {is|will be} empty', 'the key is under the {mat|doormat|flowerpot}', '{nobody|no one} {is|will be} {home|at home}', 'nobody home',
      '{while|when} {we are|we’re|i am|i’m} away',
    ],
  },
  sv: {
    address: ['{min|vår} adress är', 'adressen är', '{vi|jag} bor på adressen'],
    absence: [
      '{borta|bortresta|bortrest|utomlands|iväg} {i|över} {_ veckor|_ dagar|_ månader|en vecka|en månad|sommaren|julen|påsken|helgen}',
      '{på semester|bortresta|bortrest|borta} {till|tills|hela}', '{vi|jag} {åker|reser} {på semester|bort|utomlands}', '{huset|stugan|radhuset} står tomt',
      '{lägenheten|villan} står tom', 'ingen {är hemma|hemma}', '{medan|när} vi är borta', 'står {tomt|tom}',
      'på semester i {_ veckor|_ dagar|en vecka|en månad}', 'nyckeln ligger under {mattan|dörrmattan|blomkrukan}',
      '{åker|reser|flyger|drar} till {_|_ _} {i|över} {_ veckor|_ dagar|en vecka|en månad|hela sommaren|julen|påsken}',
      'vi är i {_|_ _} i {_ veckor|_ dagar|en vecka|en månad}',
    ],
  },
  nb: {
    address: ['{min|vår} adresse er', 'adressen {min|vår} er', 'adressen er', '{vi|jeg} bor i {nummer|nr}'],
    absence: [
      '{borte|bortreist|bortreiste|utenlands} i {_ uker|_ dager|_ måneder|en uke|en måned|sommer|sommerferien|jula|julen|påsken|helgen}',
      '{på ferie|bortreist|bortreiste|borte} {til|hele}', '{vi|jeg} {drar|reiser} {på ferie|bort|utenlands}', '{huset|hytta} står tomt',
      'leiligheten står tom', 'ingen {er hjemme|hjemme}', 'mens vi er borte', 'står {tomt|tom}',
      'på ferie i {_ uker|_ dager|en uke|en måned}', 'nøkkelen ligger under {matta|matten|dørmatta|dørmatten|blomsterpotten}',
      '{drar|reiser|flyr|flyger} til {_|_ _} i {_ uker|_ dager|en uke|en måned|hele sommeren}',
      'vi er i {_|_ _} i {_ uker|_ dager|en uke|en måned}', 'på ferie i {_|_ _} i {_ uker|_ dager|en uke|en måned}',
    ],
  },
  nn: {
    address: ['adressa {mi|vår} er', 'adressa er', '{vi|eg} bur i {nummer|nr}'],
    absence: [
      '{borte|bortreist|bortreiste|utanlands} i {_ veker|_ dagar|_ månader|ei veke|ein månad|sommar|sommarferien|jula|påska}',
      '{på ferie|bortreist|borte} {til|heile}', '{vi|eg} {dreg|reiser} {på ferie|bort}', '{huset|hytta} står tomt', 'leilegheita står tom',
      'ingen {er heime|heime}', 'medan vi er borte', 'står {tomt|tom}', 'på ferie i {_ veker|_ dagar|ei veke|ein månad}',
      'nøkkelen ligg under {matta|dørmatta}',
      '{dreg|reiser|flyg} til {_|_ _} i {_ veker|_ dagar|ei veke|ein månad|heile sommaren}', 'vi er i {_|_ _} i {_ veker|_ dagar|ei veke|ein månad}',
    ],
  },
  da: {
    address: ['{min|vores} adresse er', 'adressen er', '{vi|jeg} bor på adressen'],
    absence: [
      '{væk|bortrejst|bortrejste|udenlands} i {_ uger|_ dage|_ måneder|en uge|en måned|sommerferien|julen|påsken|weekenden}',
      '{på ferie|bortrejst|bortrejste|væk} {til|hele}', '{vi|jeg} {tager|rejser} {på ferie|væk|til udlandet}', 'huset står tomt',
      'lejligheden står tom', 'ingen {er hjemme|hjemme}', 'mens vi er væk', 'står {tomt|tom}',
      'på ferie i {_ uger|_ dage|en uge|en måned}', 'nøglen ligger under {måtten|dørmåtten|urtepotten}',
      '{tager|rejser|flyver} til {_|_ _} i {_ uger|_ dage|en uge|en måned|hele sommeren}', 'vi er i {_|_ _} i {_ uger|_ dage|en uge|en måned}',
    ],
  },
  de: {
    address: ['{meine|unsere} {adresse|anschrift} {ist|lautet}', '{wir wohnen|ich wohne} in der'],
    absence: [
      `${DE_COUNT} {wochen|tage|monate} {im urlaub|weg|verreist|unterwegs|im ausland}`,
      '{eine woche|einen monat} {im urlaub|weg|verreist|unterwegs|im ausland}', '{im urlaub|verreist|weg} bis',
      '{wir sind|ich bin} {verreist|im urlaub}', '{wir fahren|ich fahre|wir fliegen|ich fliege} in den urlaub', '{das haus|die wohnung} {ist|steht} leer',
      '{niemand|keiner} {ist zu hause|ist zuhause|zu hause|zuhause|daheim}', 'während wir {weg|verreist|im urlaub} sind', '{steht|stehen} leer',
      '{ist|steht|stehen} {_|_ _|_ _ _|_ _ _ _|_ _ _ _ _} leer', 'der schlüssel liegt unter der {fußmatte|matte}',
      '{sind|bin|fahren|fahre|fliegen|fliege|reisen|reise} {|_|_ _|_ _ _} {_ wochen|_ tage|_ monate|eine woche|einen monat} {in|nach}',
    ],
  },
};

export const HOME_PHRASES: LexiconData<PlaceData> = Object.fromEntries(
  Object.entries(LANGUAGES).map(([lang, language]) => [lang, [...entriesOf(language.address, ADDRESS), ...entriesOf(language.absence, ABSENCE)]]),
);

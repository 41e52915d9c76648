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
  // Residential streets: Björkbacken, Ekslingan, Solbakken, Granlia is left out (Italia), Eketunet, Skolevænget, Engtoften,
  // Kurfürstendamm, Mainufer.
  'backen', 'slingan', 'gången', 'stråket', 'liden', 'bakken', 'stien', 'tunet', 'svingen', 'plassen', 'vænget', 'toften', 'damm', 'ufer',
  'chaussee', 'pfad', 'steig',
];

/** Someone else as the one living there: "hon bor", "hun bor", "ho bur", "er wohnt", "she lives". */
export const THIRD_PERSON = new Set(['han', 'hon', 'hun', 'ho', 'hen', 'de', 'dei', 'dom', 'er', 'sie', 'der', 'die', 'he', 'she', 'they']);
/** Someone else's address named as theirs: "seine Adresse:", "hans adress", "her address is". */
export const THEIR_ADDRESS_PHRASES: LexiconData<object> = {
  en: entriesOf(['{his|her|their} {address|home address}'], { anywhere: true }),
  sv: entriesOf(['{hans|hennes|deras} {adress|hemadress}', 'adressen till {honom|henne}'], { anywhere: true }),
  nb: entriesOf(['{hans|hennes|deres} {adresse|hjemmeadresse}', 'adressen {hans|hennes|deres}'], { anywhere: true }),
  nn: entriesOf(['adressa {hans|hennar|deira}', '{hans|hennar|deira} adresse'], { anywhere: true }),
  da: entriesOf(['{hans|hendes|deres} {adresse|hjemmeadresse}'], { anywhere: true }),
  de: entriesOf(['{seine|ihre} {adresse|anschrift|wohnadresse}', 'die adresse von'], { anywhere: true }),
};
/** The writer as the one living there, also when capitalised at the start of a sentence. */
export const FIRST_PERSON_SUBJECTS = new Set(['vi', 'jag', 'jeg', 'eg', 'me', 'ich', 'wir', 'we', 'i']);

/** Verbs of living somewhere: a street named after one ("vi bor på Storgatan") is a home address even without a number. */
export const LIVING_WORDS = new Set(['bor', 'bur', 'wohne', 'wohnen', 'wohnt', 'live', 'lives', 'living']);

/** Street words written apart from the name: "Karl Johans gate 22", "12 Baker Street". */
export const STREET_WORDS_AFTER_NAME = new Set([
  'gate', 'gata', 'gatan', 'vej', 'gade', 'straße', 'strasse', 'allee', 'allé', 'vei', 'veg', 'plass', 'plads', 'torg', 'torv', 'platz',
]);
export const ENGLISH_STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'close', 'court', 'ct', 'way', 'place', 'boulevard',
  'blvd', 'terrace', 'crescent', 'grove', 'gardens',
]);

// Counts spelled out: a phrase may not open with a wildcard, which would make the lexicon walk from every word.
const DE_COUNT = '{zwei|drei|vier|fünf|sechs|sieben|acht|zehn|zwölf|vierzehn|2|3|4|5|6|7|8|10|12|14}';
const EN_DURATIONS = '{_ weeks|_ days|_ months|_ nights|a week|a month|a fortnight|the summer|the holidays|the weekend|christmas|easter}';
const SV_MONTHS = '{januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december}';
const NO_MONTHS = '{januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember}';
const DA_MONTHS = '{januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december}';
const DE_DAYS = '{morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|heute|übermorgen}';

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
      '{we’re|we are|i’m|i am} {flying|driving|heading} to {_|_ _} {tomorrow|tonight|on _}',
      `{leaving|flying out|heading off|off} {tomorrow|today|tonight|on _|this _|next _} for ${EN_DURATIONS}`, `leaving for ${EN_DURATIONS}`,
      '{we’re|we are|i’m|i am} {away|abroad|on holiday|on vacation} from', '{house|flat|apartment|home|place} {is|will be} empty',
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
      '{vi är|jag är|vi blir|jag blir} borta {från|mellan|hela|till|tills}', `{vi är|jag är} borta i ${SV_MONTHS}`, '{vi är|jag är} {på landet|i stugan|på sommarstället} {hela|i|till|tills}',
      '{hela|i} {_ veckor|en vecka|en månad} på {semester|resande fot}',
      '{vi|jag} {flyger|åker|reser|drar} {i morgon|imorgon|på lördag|på fredag|på söndag} till', '{vi|jag} {flyger|åker|reser|drar} till {_|_ _} {i morgon|imorgon|på lördag|på fredag|på söndag}',
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
      '{vi er|jeg er|vi blir|jeg blir} borte {fra|mellom|hele|til}', `{vi er|jeg er} borte i ${NO_MONTHS}`, '{vi er|jeg er} på {hytta|hytten|landet} {hele|i|til}',
      '{vi|jeg} {flyr|drar|reiser} {i morgen|på lørdag|på fredag|på søndag} til', '{vi|jeg} {flyr|drar|reiser} til {_|_ _} {i morgen|på lørdag|på fredag|på søndag}',
    ],
  },
  nn: {
    address: ['adressa {mi|vår} er', 'adressa er', '{vi|me|eg} bur i {nummer|nr}'],
    absence: [
      '{borte|bortreist|bortreiste|utanlands} i {_ veker|_ dagar|_ månader|ei veke|ein månad|sommar|sommarferien|jula|påska}',
      '{på ferie|bortreist|borte} {til|heile}', '{vi|me|eg} {dreg|reiser|fer} {på ferie|bort|utanlands}', '{huset|hytta} står tomt', 'leilegheita står tom',
      'ingen {er heime|heime}', 'medan {vi|me} er borte', 'står {tomt|tom}', 'på ferie i {_ veker|_ dagar|ei veke|ein månad}',
      '{vi|me|eg} er borte {frå|mellom|heile|til}', `{vi|me|eg} er borte i ${NO_MONTHS}`, '{vi|me|eg} er på {hytta|landet} {heile|i|til}',
      '{me|vi} er i {_|_ _} i {_ veker|_ dagar|ei veke|ein månad}',
      '{vi|me|eg} {flyg|dreg|reiser|fer} {i morgon|på laurdag|på fredag|på sundag} til', '{vi|me|eg} {flyg|dreg|reiser|fer} til {_|_ _} {i morgon|på laurdag|på fredag|på sundag}',
      'nøkkelen ligg under {matta|dørmatta}',
      '{dreg|reiser|flyg|fer} til {_|_ _} i {_ veker|_ dagar|ei veke|ein månad|heile sommaren}',
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
      '{vi er|jeg er} væk {fra|mellem|til}', `{vi er|jeg er} væk i ${DA_MONTHS}`, '{vi er|jeg er} i sommerhuset {hele|i|til}',
      '{vi|jeg} {flyver|tager|rejser} {i morgen|på lørdag|på fredag|på søndag} til', '{vi|jeg} {flyver|tager|rejser} til {_|_ _} {i morgen|på lørdag|på fredag|på søndag}',
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
      '{sind|bin|fahren|fahre|fliegen|fliege|reisen|reise} {|_|_ _|_ _ _} {_ wochen|_ tage|_ monate|eine woche|einen monat} {in|nach|auf|an}',
      `{ab|von} ${DE_DAYS} {|an} {_ wochen|_ tage|eine woche|einen monat} {urlaub|weg|verreist|unterwegs}`,
      `${DE_COUNT} wochen urlaub`, '{wir sind|ich bin} vom _ bis', `{wir fliegen|wir fahren|ich fliege|ich fahre} {am _|${DE_DAYS.slice(1, -1)}} {nach|in den urlaub|weg}`, '{wir sind|ich bin} {|_|_ _} {nicht da|nicht zu hause|nicht zuhause} {bis|vom|von|ab}',
    ],
  },
};

/** Built when the lexicon first needs them, and not kept. */
export function homePhrases(): LexiconData<PlaceData> {
  return Object.fromEntries(
    Object.entries(LANGUAGES).map(([lang, language]) => [lang, [...entriesOf(language.address, ADDRESS), ...entriesOf(language.absence, ABSENCE)]]),
  );
}

/**
 * Words that put a trip in the past ("we were away for three weeks last summer"): an absence in
 * their sentence is a memory, not an empty home.
 */
const PAST: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['was|were|ago', 'last {year|summer|winter|spring|autumn|fall|week|month|time|christmas|easter}'],
  sv: ['var', 'förra {året|sommaren|vintern|våren|hösten|veckan|månaden|gången|julen|påsken}', 'i {fjol|fjor}'],
  nb: ['var', 'i {fjor|fjol}', 'forrige {år|sommer|vinter|vår|høst|uke|måned|gang|jul|påske}'],
  nn: ['var', 'i fjor', 'førre {år|sommar|vinter|vår|haust|veke|månad|gong|jul|påske}'],
  da: ['var', 'i fjor', 'sidste {år|sommer|vinter|forår|efterår|uge|måned|gang|jul|påske}'],
  de: ['war|waren|warst|wart', '{letztes|letzten|letzte|vergangenes|vergangenen|vergangene|voriges|vorigen|vorige} {jahr|jahres|sommer|winter|woche|monat|mal|weihnachten|ostern}'],
};

export const PAST_PHRASES: LexiconData<object> = Object.fromEntries(Object.entries(PAST).map(([lang, phrases]) => [lang, entriesOf(phrases, {})]));

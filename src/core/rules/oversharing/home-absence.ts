/**
 * A home address in the same post as an absence: "Storgatan 12 … borta i tre veckor". Each alone
 * is ordinary (strict mode only); together they tell strangers which home stands empty and when,
 * so both parts are marked.
 */
import type { Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit, Lang, Localized } from '../../types';
import { capitalised, mentions } from './context';
import {
  ENGLISH_STREET_WORDS,
  FIRST_PERSON_SUBJECTS,
  homePhrases,
  LIVING_WORDS,
  PAST_PHRASES,
  STREET_ENDINGS,
  STREET_WORDS_AFTER_NAME,
  THEIR_ADDRESS_PHRASES,
  THIRD_PERSON,
  type PlaceData,
} from './data/home-absence';
import { BUSINESS_PREFIXES, BUSINESS_WORDS } from './data/number-words';
import { forEveryLanguage } from './phrases';

const phrases = new Lexicon<PlaceData>(() => forEveryLanguage(homePhrases()));
const past = new Lexicon<object>(() => forEveryLanguage(PAST_PHRASES));
const theirAddress = new Lexicon<object>(THEIR_ADDRESS_PHRASES);
/** How many tokens after "seine Adresse" the street may start ("seine Adresse ist: Lindenweg 3"). */
const THEIR_ADDRESS_REACH = 3;
const ENDINGS = new Set(STREET_ENDINGS);
const ENDING_LENGTHS = [...new Set(STREET_ENDINGS.map((ending) => ending.length))];
const HOUSE_NUMBER = /^[1-9]\d{0,3}[a-z]?$/;
const CURRENCY = /\p{Sc}/u;
/** The languages that write a street word after the name ("Karl Johans gate 22"). */
const NAME_FIRST_LANGS: ReadonlySet<Lang> = new Set(['sv', 'nb', 'nn', 'da', 'de']);

/** A street name: a street ending after at least two letters (Ekvägen, Storgatan, Kirkeveien, Goethestraße). */
function isStreetName(word: string): boolean {
  return ENDING_LENGTHS.some((length) => word.length >= length + 2 && ENDINGS.has(word.slice(-length)));
}

function isHouseNumber(doc: Doc, token: Token | undefined): token is Token {
  if (token === undefined || (token.kind !== 'number' && token.kind !== 'word') || !HOUSE_NUMBER.test(token.norm)) return false;
  // "a £100 High Street voucher" is a price.
  return !CURRENCY.test(doc.text[token.start - 1] ?? '');
}

/** Whether a living verb stands one to three words before the token, in its sentence ("bor på", "wohnen in der"). */
function livingVerbBefore(doc: Doc, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const token = doc.tokens[i]!;
    if (token.sentence !== doc.tokens[at]!.sentence) return -1;
    if (LIVING_WORDS.has(token.norm)) return i;
  }
  return -1;
}

/**
 * Whether the address is someone else's home: "hon bor på Storgatan 12", "Lars wohnt in der
 * Goethestraße 3", "he lives at 12 Oak Street", "seine Adresse: Lindenweg 3". Posting that points
 * strangers at them.
 */
function someoneElsesHome(doc: Doc, first: number, named: ReadonlyArray<{ end: number }>): boolean {
  if (named.some(({ end }) => end <= first && first - end < THEIR_ADDRESS_REACH)) return true;
  const verb = livingVerbBefore(doc, first);
  const subject = doc.tokens[verb - 1];
  if (verb < 0 || subject === undefined || subject.sentence !== doc.tokens[verb]!.sentence || subject.kind !== 'word') return false;
  return THIRD_PERSON.has(subject.norm) || (capitalised(doc, subject) && !FIRST_PERSON_SUBJECTS.has(subject.norm));
}

/** Street and house number: "Storgatan 12", "Karl Johans gate 22", "Hauptstr. 5", "221b Baker Street". */
function streetAddresses(doc: Doc): Array<{ start: number; end: number; sentence: number; first: number }> {
  const found: Array<{ start: number; end: number; sentence: number; first: number }> = [];
  const tokens = doc.tokens;
  // The last living verb seen ("bor", "wohnen"), so a street after it is found without looking back from every word.
  let living = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.kind !== 'word') continue;
    if (LIVING_WORDS.has(token.norm)) living = i;
    // The cheap test first: most words have no house number after them.
    if (isHouseNumber(doc, next) && isStreetName(token.norm) && capitalised(doc, token) && /^\.? ?$/.test(doc.folded.text.slice(token.fend, next.fstart))) {
      found.push({ start: token.start, end: next.end, sentence: token.sentence, first: i });
      continue;
    }
    // "Vi bor på Storgatan", "wir wohnen in der Lindenstraße": the street the writer lives on, without a number.
    const afterLiving = living >= 0 && i - living <= 3 && tokens[living]!.sentence === token.sentence;
    if (afterLiving && capitalised(doc, token) && isStreetName(token.norm)) {
      found.push({ start: token.start, end: token.end, sentence: token.sentence, first: i });
      continue;
    }
    const nameFirst = STREET_WORDS_AFTER_NAME.has(token.norm) && [...doc.sentenceLangs[token.sentence]!].some((lang) => NAME_FIRST_LANGS.has(lang));
    if (nameFirst && capitalised(doc, tokens[i - 1]) && isHouseNumber(doc, next)) {
      let first = i - 1;
      while (first > 0 && i - first < 3 && capitalised(doc, tokens[first - 1]) && tokens[first - 1]!.sentence === token.sentence) first--;
      found.push({ start: tokens[first]!.start, end: next.end, sentence: token.sentence, first });
      continue;
    }
    if (ENGLISH_STREET_WORDS.has(token.norm) && capitalised(doc, tokens[i - 1])) {
      // Back over one to three capitalised name words to the house number.
      for (let first = i - 1; first >= Math.max(0, i - 3) && capitalised(doc, tokens[first]); first--) {
        const number = tokens[first - 1];
        if (isHouseNumber(doc, number) && number.sentence === token.sentence) {
          found.push({ start: number.start, end: token.end, sentence: token.sentence, first: first - 1 });
          break;
        }
      }
    }
  }
  return found;
}

const ADDRESS_MESSAGE: Localized = {
  en: 'Your home address, in a post that also says you will be away, tells strangers which home stands empty and when.',
  sv: 'Din hemadress, i ett inlägg som också säger att du är bortrest, talar om för främlingar vilket hem som står tomt och när.',
  nb: 'Hjemmeadressen din, i et innlegg som også sier at du er bortreist, forteller fremmede hvilket hjem som står tomt og når.',
  da: 'Din hjemmeadresse, i et opslag der også siger, at du er væk, fortæller fremmede, hvilket hjem der står tomt og hvornår.',
  de: 'Deine Wohnadresse in einem Beitrag, der auch sagt, dass du weg bist, verrät Fremden, welche Wohnung wann leer steht.',
};
const ABSENCE_MESSAGE: Localized = {
  en: 'Saying when you are away, together with where you live, tells strangers when your home stands empty. Share trip details once you are back.',
  sv: 'Att berätta när du är borta, tillsammans med var du bor, talar om för främlingar när ditt hem står tomt. Dela resan när du är hemma igen.',
  nb: 'Å fortelle når du er borte, sammen med hvor du bor, forteller fremmede når hjemmet ditt står tomt. Del turen når du er hjemme igjen.',
  da: 'At fortælle, hvornår du er væk, sammen med hvor du bor, fortæller fremmede, hvornår dit hjem står tomt. Del turen, når du er hjemme igen.',
  de: 'Zu sagen, wann du weg bist, zusammen mit deiner Adresse, verrät Fremden, wann deine Wohnung leer steht. Erzähl von der Reise, wenn du zurück bist.',
};

const ADDRESS_ALONE_MESSAGE: Localized = {
  en: 'A home address in a public post tells everyone where you live. Keep it for people you know.',
  sv: 'En hemadress i ett öppet inlägg talar om för alla var du bor. Dela den med dem du känner.',
  nb: 'En hjemmeadresse i et offentlig innlegg forteller alle hvor du bor. Del den med dem du kjenner.',
  da: 'En hjemmeadresse i et offentligt opslag fortæller alle, hvor du bor. Del den med dem, du kender.',
  de: 'Eine Wohnadresse in einem öffentlichen Beitrag verrät allen, wo du wohnst. Teile sie mit Leuten, die du kennst.',
};
const SOMEONE_ELSES_MESSAGE: Localized = {
  en: 'This is someone else’s home address. Posted publicly, it points strangers to their door: leave it out.',
  sv: 'Det här är någon annans hemadress. Publicerad öppet visar den främlingar vägen till deras dörr: stryk den.',
  nb: 'Dette er noen andres hjemmeadresse. Lagt ut offentlig viser den fremmede veien til døra deres: ta den bort.',
  da: 'Det her er en andens hjemmeadresse. Lagt ud offentligt viser den fremmede vej til deres dør: fjern den.',
  de: 'Das ist die Wohnadresse eines anderen Menschen. Öffentlich gepostet führt sie Fremde zu seiner Tür: lass sie weg.',
};
const ABSENCE_ALONE_MESSAGE: Localized = {
  en: 'Saying publicly when you are away tells strangers when your home may stand empty. Share trip details once you are back.',
  sv: 'Att öppet berätta när du är borta talar om för främlingar när ditt hem kan stå tomt. Dela resan när du är hemma igen.',
  nb: 'Å fortelle offentlig når du er borte, forteller fremmede når hjemmet ditt kan stå tomt. Del turen når du er hjemme igjen.',
  da: 'At fortælle offentligt, hvornår du er væk, fortæller fremmede, hvornår dit hjem kan stå tomt. Del turen, når du er hjemme igen.',
  de: 'Öffentlich zu sagen, wann du weg bist, verrät Fremden, wann deine Wohnung leer stehen könnte. Erzähl von der Reise, wenn du zurück bist.',
};

export const homeAbsenceRule: Rule = {
  id: 'oversharing.home-absence',
  category: 'oversharing',
  severity: 'critical',
  title: 'Home address while you are away',
  description:
    'Marks a street address and an absence in the same post (“away for three weeks”), which together tell when a home stands empty, and someone else’s home address.',
  example: 'Off to Crete for three weeks! Neighbours at Storgatan 12, please water the plants.',
  check(doc) {
    const matches = phrases.match(doc);
    const said = matches.filter((match) => match.entry.part === 'absence');
    const pastSentences = new Set(said.length > 0 ? past.match(doc).map((match) => doc.tokens[match.first]!.sentence) : []);
    const absences = said.filter((match) => !pastSentences.has(doc.tokens[match.first]!.sentence));
    const streets = streetAddresses(doc);
    const named = streets.length > 0 ? theirAddress.match(doc) : [];
    // "We live at 12 Baker Street": the street itself is the part to mark, not the words before it.
    const streetSentences = new Set(streets.map(({ sentence }) => sentence));
    const addresses = [
      ...streets.map(({ start, end, first }) => ({ start, end, someoneElses: someoneElsesHome(doc, first, named) })),
      ...matches
        .filter((match) => match.entry.part === 'address' && !streetSentences.has(doc.tokens[match.first]!.sentence))
        .map(({ start, stop }) => ({ start, end: stop, someoneElses: false })),
    ];
    const together = absences.length > 0 && addresses.length > 0;
    // A shop or an office closed for the holidays is not a home standing empty.
    const sureness = together && !mentions(doc.tokens, BUSINESS_WORDS, BUSINESS_PREFIXES) ? 1 : 0;
    const severity = together ? 'critical' : 'info';
    const hits: Hit[] = [];
    const addressMessage = together ? ADDRESS_MESSAGE : ADDRESS_ALONE_MESSAGE;
    const absenceMessage = together ? ABSENCE_MESSAGE : ABSENCE_ALONE_MESSAGE;
    for (const { start, end, someoneElses } of addresses) {
      // Someone else's home is marked on its own: naming it points strangers to their door.
      if (someoneElses) hits.push({ start, end, message: SOMEONE_ELSES_MESSAGE, suggestions: [''], severity: 'warning', sureness: 1 });
      else hits.push({ start, end, message: addressMessage, suggestions: [''], severity, sureness });
    }
    for (const { start, stop } of absences) hits.push({ start, end: stop, message: absenceMessage, suggestions: [''], severity, sureness });
    return hits;
  },
};

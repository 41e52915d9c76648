/**
 * Booking references (six-character PNR codes) and e-ticket numbers next to the words that name
 * them. With the code and a surname, anyone can open the booking, change it or cancel it, and a
 * photographed boarding pass carries the same code.
 */
import type { Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { BOOKING_LABELS, DISCOUNT_WORDS, FILLERS } from './data/booking-labels';
import { numberRuns } from './numbers';
import { forEveryLanguage } from './phrases';

const labels = new Lexicon<object>(() => forEveryLanguage(BOOKING_LABELS));
const PNR = /^[A-Z0-9]{6}$/;
const SMALL_LETTER = /\p{Ll}/u;
const LETTER = /[A-Z]/;
const DIGIT = /\d/;
const VOWELS = /[AEIOUYÅÄÖÆØ]/g;
const E_TICKET_DIGITS = 13;
/** How many tokens after the label the code may stand. */
const REACH = 5;

const MESSAGE: Localized = {
  en: 'With a booking code and your surname, anyone can open your booking, change it or cancel it. Keep the code to yourself.',
  sv: 'Med en bokningskod och ditt efternamn kan vem som helst öppna din bokning, ändra den eller avboka. Behåll koden för dig själv.',
  nb: 'Med en bestillingskode og etternavnet ditt kan hvem som helst åpne bestillingen din, endre den eller avbestille. Behold koden for deg selv.',
  da: 'Med en bookingkode og dit efternavn kan alle åbne din booking, ændre den eller aflyse den. Behold koden for dig selv.',
  de: 'Mit dem Buchungscode und deinem Nachnamen kann jeder deine Buchung öffnen, ändern oder stornieren. Behalte den Code für dich.',
};

/** A code for money off is a discount code, meant to be shared. */
export function offersDiscount(doc: Doc, sentence: number): boolean {
  const { firstToken, endToken } = doc.sentences[sentence]!;
  for (let i = firstToken; i < endToken; i++) if (DISCOUNT_WORDS.has(doc.tokens[i]!.norm)) return true;
  return false;
}

/**
 * Whether a six-character code reads as a word rather than a booking code: "BOOKING CONFIRMED",
 * "booking code SUMMER". Codes are random, and few random six-letter strings have two vowels.
 */
function wordLike(code: string, label: string): boolean {
  return !DIGIT.test(code) && (label === label.toUpperCase() || (code.match(VOWELS)?.length ?? 0) > 1);
}

export const bookingReferenceRule: Rule = {
  id: 'oversharing.booking-reference',
  category: 'oversharing',
  severity: 'warning',
  title: 'Booking reference or ticket number',
  description: 'Marks six-character booking codes and e-ticket numbers written after words such as “booking reference”, “bokningsnummer” or “Buchungscode”.',
  example: 'Finally off to Tokyo! Booking reference X7KQ2P, see you there.',
  check(doc) {
    const hits: Hit[] = [];
    const runs = numberRuns(doc);
    for (const match of labels.match(doc)) {
      // The first code-like word after the label, in the same clause, is the code or nothing;
      // fillers ("is", "number") and words with small letters ("for the trip", "für den Flug") may stand between.
      for (let i = match.end; i < Math.min(doc.tokens.length, match.end + REACH); i++) {
        const token = doc.tokens[i]!;
        if (token.sentence !== doc.tokens[match.first]!.sentence || doc.text.slice(doc.tokens[i - 1]!.end, token.start).includes(',')) break;
        if (token.kind === 'word' && (FILLERS.has(token.norm) || SMALL_LETTER.test(doc.text.slice(token.start, token.end)))) continue;
        const written = doc.text.slice(token.start, token.end);
        const run = runs.find((r) => r.fstart === token.fstart);
        if (run && run.digits.length === E_TICKET_DIGITS) {
          hits.push({ start: run.start, end: run.end, message: MESSAGE, suggestions: [''], sureness: 1 });
        } else if (
          PNR.test(written) &&
          LETTER.test(written) &&
          !wordLike(written, doc.text.slice(match.start, match.stop)) &&
          !offersDiscount(doc, token.sentence)
        ) {
          hits.push({ start: token.start, end: token.end, message: MESSAGE, suggestions: [''], sureness: 1 });
        }
        break;
      }
    }
    return hits;
  },
};

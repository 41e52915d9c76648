/**
 * Payment card numbers: 13–19 digits, written plain or in groups, with a known issuer prefix and a
 * valid Luhn check digit. Anyone who reads the number can try it in a web shop.
 */
import type { Rule } from '../../rule';
import type { Hit } from '../../types';
import { luhnValid } from './checksums';
import { mentions, wordsBefore } from './context';
import { maskDigits, numberRuns, type NumberRun } from './numbers';

// Issuer prefixes with their lengths: Visa, Mastercard, Amex, Discover, Diners, JCB, Maestro/Dankort/UnionPay.
const ISSUERS: Array<[RegExp, number, number]> = [
  [/^4/, 13, 19],
  [/^(?:5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, 16, 16],
  [/^3[47]/, 15, 15],
  [/^(?:6011|65|64[4-9]|622)/, 16, 19],
  [/^3(?:0[0-5]|[689])/, 14, 19],
  [/^35(?:2[89]|[3-8]\d)/, 16, 19],
  [/^(?:50[12]\d|5038|6304|67\d\d|62)/, 13, 19],
];

const CARD_WORDS = new Set(['card', 'kort', 'karte', 'visa', 'mastercard', 'amex', 'cvv', 'cvc', 'dankort']);
const CARD_PREFIXES = ['kreditkort', 'betalkort', 'bankkort', 'kortnum', 'kreditkarte', 'kartennum', 'debitkort', 'betalingskort'];

function knownIssuer(digits: string): boolean {
  return ISSUERS.some(([prefix, min, max]) => digits.length >= min && digits.length <= max && prefix.test(digits));
}

/** Plain, or one kind of separator between groups of four (Amex and Diners: 4-6-5, 4-6-4). */
function writtenLikeACard(run: NumberRun): boolean {
  if (run.groups.length === 1) return true;
  if (!run.separators.every((sep) => sep === run.separators[0] && (sep === ' ' || sep === '-'))) return false;
  const lengths = run.groups.map((group) => group.length).join(',');
  return /^(?:4,)+[1-4]$/.test(lengths) || lengths === '4,6,5' || lengths === '4,6,4';
}

/** Whether a digit run is written like a card number and passes the issuer and Luhn checks. */
export function isCardNumber(run: NumberRun): boolean {
  const { digits } = run;
  if (digits.length < 13 || digits.length > 19 || run.plus || !writtenLikeACard(run)) return false;
  return knownIssuer(digits) && luhnValid(digits);
}

export const paymentCardRule: Rule = {
  id: 'oversharing.payment-card',
  category: 'oversharing',
  severity: 'critical',
  title: 'Payment card number',
  description: 'Marks card numbers (Visa, Mastercard, Amex and others) that pass the card check digit.',
  example: 'Can someone book for me? My card is 4111 1111 1111 1111.',
  check(doc) {
    const hits: Hit[] = [];
    for (const run of numberRuns(doc)) {
      if (!isCardNumber(run)) continue;
      const named = mentions(wordsBefore(doc, run.fstart, 5), CARD_WORDS, CARD_PREFIXES);
      hits.push({
        start: run.start,
        end: run.end,
        message: {
          en: 'This looks like a payment card number. Anyone who reads it can try it in a web shop: never post it.',
          sv: 'Det här ser ut som ett kortnummer. Den som läser det kan försöka handla med det på nätet: publicera det aldrig.',
          nb: 'Dette ser ut som et kortnummer. Den som leser det, kan prøve å handle med det på nettet: publiser det aldri.',
          da: 'Det her ligner et kortnummer. Den, der læser det, kan prøve at handle med det på nettet: offentliggør det aldrig.',
          de: 'Das sieht aus wie eine Kartennummer. Wer sie liest, kann damit online einkaufen: veröffentliche sie nie.',
        },
        suggestions: [maskDigits(doc, run), ''],
        sureness: named || run.groups.length > 1 ? 2 : 1,
      });
    }
    return hits;
  },
};

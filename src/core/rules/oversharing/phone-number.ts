/**
 * Phone numbers: international (+46, +47, +45, +49, +44, +1, 00…) and the national ways of
 * writing them in Sweden, Norway, Denmark, Germany, the UK and the US. Dates, prices, years, order
 * numbers and numbers inside links are not phone numbers. A personal mobile is a warning; a
 * landline only when the writer calls it theirs ("ring me"); a business's published or toll-free
 * number is only mentioned in strict mode.
 */
import { spanOf, type Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Lang, Localized, Severity, Sureness } from '../../types';
import { validDate } from './checksums';
import { mentions, sentenceAt, wordsAfter, wordsBefore } from './context';
import { identifyNationalId } from './national-id';
import { numberRuns, type NumberRun } from './numbers';
import { isCardNumber } from './payment-card';
import { BUSINESS_PREFIXES, BUSINESS_WORDS, CALL_PREFIXES, FIRST_PERSON, ASK_FOR_ME, OTHER_PERSON, PRIVATE_WORDS, REFERENCE_PREFIXES, REFERENCE_WORDS, PHONE_WORDS, US } from './data/number-words';

type Line = 'mobile' | 'landline' | 'service';

interface Reading {
  line: Line;
  /** Written only as bare digits: a phone number only when the words around say so. */
  bare: boolean;
}

// National prefixes after the trunk 0: mobiles (SE 07, DE 015–017, UK 07) and toll-free or
// premium services (SE 020/0900/0771, DE 0800/0180/0900, UK 0800/084/087/09).
const TRUNK_MOBILE = /^0(?:7|1[5-7])/;
const TRUNK_SERVICE = /^0(?:771|800|808|84|87|9|180|137|939|944)/;
// Swedish toll-free numbers start 020; in Britain 020 is London.
const SWEDISH_TOLL_FREE = /^020/;
// Norway and Denmark have no trunk 0: mobiles start 4 or 9 (NO), toll-free numbers 80 (DK) and
// 8xx (NO). Danish 90 premium numbers look like Norwegian mobiles and are read as those.
const NORDIC8_SERVICE = /^8/;
const NORWEGIAN_MOBILE = /^[49]/;
// Danish mobile series (20–31, 40–42, 50–53, 60–61, 71, 81, 91–93); 2x is also an Oslo landline,
// so these count as mobiles only in a sentence that may be Danish.
const DANISH_MOBILE = /^(?:2\d|3[01]|4[0-2]|5[0-3]|6[01]|71|81|9[1-3])/;
const US_TOLL_FREE = /^1?8(?:00|88|77|66|55|44|33)/;
const MOBILE_COUNTRY = /^(?:467|47[49]|45|4915|4916|4917|447|1)/;

function lengths(run: NumberRun): string {
  return run.groups.map((group) => group.length).join(',');
}

function sameSeparators(run: NumberRun, allowed: string): boolean {
  return run.separators.length > 0 && run.separators.every((sep) => sep === run.separators[0] && allowed.includes(sep));
}

/** 12.05.2024, 2024-05-12, 12/5/24: three groups that read as a date. */
function dateLike(run: NumberRun): boolean {
  if (run.groups.length !== 3) return false;
  const [a, b, c] = run.groups.map(Number) as [number, number, number];
  return validDate(2000, b, a) || validDate(2000, a, b) || (run.groups[0]!.length === 4 && validDate(a, b, c));
}

function read(run: NumberRun, langs: ReadonlySet<Lang>): Reading | undefined {
  const danish = langs.has('da');
  const { digits } = run;
  if (digits.length < 8) return undefined;
  if (run.plus || (digits.startsWith('00') && run.groups[0]!.length <= 4)) {
    const international = digits.replace(/^00/, '');
    if (international.length < 9 || international.length > 15) return undefined;
    return { line: MOBILE_COUNTRY.test(international) ? 'mobile' : 'landline', bare: false };
  }
  if (dateLike(run)) return undefined;
  if (digits.startsWith('0')) {
    // Sweden, Germany, the UK: a trunk 0, an area code, 8 to 12 digits in all.
    if (digits.length > 12 || digits.startsWith('00')) return undefined;
    const service = TRUNK_SERVICE.test(digits) || (langs.has('sv') && SWEDISH_TOLL_FREE.test(digits));
    const line: Line = service ? 'service' : TRUNK_MOBILE.test(digits) ? 'mobile' : 'landline';
    return { line, bare: run.groups.length === 1 && digits.length < 10 };
  }
  const shape = lengths(run);
  // North America: area code and exchange both start with 2–9; (555) 234-5678, 555-234-5678, 1-800-555-1234.
  if (shape === '3,3,4' && /^[2-9]\d{2}[2-9]/.test(digits) && (run.parenthesised || sameSeparators(run, '-. '))) {
    return { line: US_TOLL_FREE.test(digits) ? 'service' : 'landline', bare: false };
  }
  if (shape === '1,3,3,4' && digits.startsWith('1') && sameSeparators(run, '-. ')) {
    return { line: US_TOLL_FREE.test(digits) ? 'service' : 'landline', bare: false };
  }
  if (digits.length === 8 && /^[2-9]/.test(digits)) {
    // Norway and Denmark: eight digits, in groups 3-2-3, 2-2-2-2 or 4-4, or bare.
    const years = shape === '4,4' && run.groups.every((group) => /^(?:19|20)\d\d$/.test(group));
    const grouped = (shape === '3,2,3' || shape === '2,2,2,2' || shape === '4,4') && sameSeparators(run, ' ') && !years;
    if (!grouped && shape !== '8') return undefined;
    const mobile = NORWEGIAN_MOBILE.test(digits) || (danish && DANISH_MOBILE.test(digits));
    const line: Line = NORDIC8_SERVICE.test(digits) ? 'service' : mobile ? 'mobile' : 'landline';
    return { line, bare: !grouped };
  }
  // "12 34 56 78", the number Danish examples are written with: no real line starts with 1, so
  // only when the words around call it a phone number.
  if (shape === '2,2,2,2' && digits.startsWith('1') && sameSeparators(run, ' ')) return { line: 'landline', bare: true };
  if (shape === '10' && /^[2-9]\d{2}[2-9]/.test(digits)) return { line: 'landline', bare: true };
  return undefined;
}

const MESSAGE: Localized = {
  en: 'A phone number in a public post gets collected for spam calls and scams. If people should reach you, a direct message is safer.',
  sv: 'Ett telefonnummer i ett öppet inlägg samlas in för spamsamtal och bedrägerier. Vill du bli kontaktad är ett direktmeddelande säkrare.',
  nb: 'Et telefonnummer i et offentlig innlegg blir samlet inn til spamanrop og svindel. Vil du bli kontaktet, er en direktemelding tryggere.',
  da: 'Et telefonnummer i et offentligt opslag bliver indsamlet til spamopkald og svindel. Vil du kontaktes, er en direkte besked sikrere.',
  de: 'Eine Telefonnummer in einem öffentlichen Beitrag wird für Spam-Anrufe und Betrug gesammelt. Wer dich erreichen soll, schreibt dir besser eine Direktnachricht.',
};

/** "… and ask for me", "spør etter meg": words after the number say it reaches the writer. */
function asksForWriter(doc: Doc, run: NumberRun): boolean {
  const after = wordsAfter(doc, run.fend, 5);
  return after.some((word, i) => i > 0 && ASK_FOR_ME.has(`${after[i - 1]!.norm} ${word.norm}`));
}

function hitFor(doc: Doc, run: NumberRun, severity: Severity, sureness: Sureness): Hit {
  // The "+" of an international number belongs to it.
  const span = run.plus ? spanOf(doc, doc.folded.text.lastIndexOf('+', run.fstart), run.fend) : { start: run.start, end: run.end };
  return { ...span, message: MESSAGE, suggestions: [''], severity, sureness };
}

export const phoneNumberRule: Rule = {
  id: 'oversharing.phone-number',
  category: 'oversharing',
  severity: 'warning',
  title: 'Phone number',
  description:
    'Marks phone numbers, Nordic, German, British, American and international. A company’s switchboard or toll-free number is only marked in strict mode.',
  example: 'Text me on 070-123 45 67 if you want the sofa.',
  check(doc) {
    const hits: Hit[] = [];
    for (const run of numberRuns(doc)) {
      const reading = read(run, doc.sentenceLangs[sentenceAt(doc, run.fstart)]!);
      if (!reading || identifyNationalId(doc, run) || isCardNumber(run)) continue;
      const before = wordsBefore(doc, run.fstart, 4);
      // "order 4821…", "my order number is 4821…": a reference, not a phone.
      if (mentions(before.slice(-3), REFERENCE_WORDS, REFERENCE_PREFIXES)) continue;
      const named = mentions(before, PHONE_WORDS, CALL_PREFIXES);
      if (reading.bare && !named) continue;
      const context = wordsBefore(doc, run.fstart, 8);
      const business = reading.line === 'service' || mentions(context, BUSINESS_WORDS, BUSINESS_PREFIXES) || mentions(context.slice(-3), US);
      // Landlines are mostly switchboards and shops; one is personal when the writer says so ("call me").
      const personal =
        reading.line === 'mobile' ||
        mentions(context, FIRST_PERSON) ||
        mentions(context, OTHER_PERSON) ||
        mentions(context, PRIVATE_WORDS) ||
        asksForWriter(doc, run);
      if (business || !personal) hits.push(hitFor(doc, run, 'info', 0));
      else hits.push(hitFor(doc, run, reading.line === 'mobile' ? 'warning' : 'info', 1));
    }
    return hits;
  },
};

/**
 * National identity numbers, recognised by their shape and proved by their check digits or date:
 * Swedish personnummer and samordningsnummer, Norwegian fødselsnummer and D-nummer, Danish CPR,
 * US Social Security numbers and the German Steuer-ID. A number that fails its check is not an ID.
 */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Sureness } from '../../types';
import { danishMod11Valid, luhnValid, norwegianControlValid, ssnValid, steuerIdValid, validDate } from './checksums';
import { mentions, wordsBefore } from './context';
import { CALL_PREFIXES, CALL_WORDS, REFERENCE_PREFIXES, REFERENCE_WORDS } from './data/number-words';
import { maskDigits, numberRuns, type NumberRun } from './numbers';

type IdKind = 'se' | 'no' | 'dk' | 'us' | 'de';

interface Identified {
  kind: IdKind;
  sureness: Sureness;
}

// Words that name an identity number; compounds and inflections by their start.
const ID_WORDS = new Set(['pnr', 'personnr', 'fnr', 'fødselsnr', 'cpr', 'ssn', 'idnr', 'tin', 'social', 'steuer']);
const ID_PREFIXES = ['personnum', 'personnr', 'personalnum', 'samordningsnum', 'födelsenum', 'fødselsnum', 'fodselsnum', 'cpr', 'steuerid', 'steuernum', 'steueridentifikation', 'identifikationsnum', 'identitetsnum'];

function yymmddValid(yy: number, month: number, day: number): boolean {
  return validDate(1900 + yy, month, day) || validDate(2000 + yy, month, day);
}

function twoDigits(digits: string, at: number): number {
  return Number(digits.slice(at, at + 2));
}

/** YYMMDDNNNC, the day plus 60 for a samordningsnummer, the last digit a Luhn check. */
function swedishValid(tenDigits: string): boolean {
  const month = twoDigits(tenDigits, 2);
  const day = twoDigits(tenDigits, 4);
  const yy = twoDigits(tenDigits, 0);
  return luhnValid(tenDigits) && (yymmddValid(yy, month, day) || yymmddValid(yy, month, day - 60));
}

/** DDMMYYIIIKK, the day plus 40 for a D-nummer. */
function norwegianValid(digits: string): boolean {
  const day = twoDigits(digits, 0);
  const month = twoDigits(digits, 2);
  const yy = twoDigits(digits, 4);
  const dateValid = yymmddValid(yy, month, day) || yymmddValid(yy, month, day - 40);
  return dateValid && norwegianControlValid(digits);
}

function danishDateValid(digits: string): boolean {
  return yymmddValid(twoDigits(digits, 4), twoDigits(digits, 2), twoDigits(digits, 0));
}

function shape(run: NumberRun): string {
  return run.groups.map((group) => group.length).join(',');
}

/** The kind of identity number a digit run is, if its shape, check digits and context say so. */
export function identifyNationalId(doc: Doc, run: NumberRun): Identified | undefined {
  // Identity numbers have 9 (SSN) to 12 (Swedish, with the century) digits.
  if (run.plus || run.parenthesised || run.digits.length < 9 || run.digits.length > 12) return undefined;
  const before = wordsBefore(doc, run.fstart, 6);
  const named = mentions(before, ID_WORDS, ID_PREFIXES);
  // "call 09061209465": a number introduced as a phone number is one, whatever its digits.
  if (!named && mentions(before.slice(-2), CALL_WORDS, CALL_PREFIXES)) return undefined;
  const identified = identifyByShape(run, named);
  // "order 120523-4567": a number proved only by its date or shape is what the words call it.
  if (identified && !named && identified.sureness < 2 && mentions(before.slice(-2), REFERENCE_WORDS, REFERENCE_PREFIXES)) return undefined;
  return identified;
}

/** What the run's shape, date and check digits prove, and how surely, given whether words name an ID. */
function identifyByShape(run: NumberRun, named: boolean): Identified | undefined {
  const { digits, separators } = run;
  const dashed = separators.length === 1 && (separators[0] === '-' || separators[0] === '+');
  const spaced = separators.every((sep) => sep === ' ');
  switch (shape(run)) {
    case '6,4':
      // YYMMDD-NNNC (Swedish) and DDMMYY-SSSS (Danish) share a shape: the Luhn check tells them apart.
      if (!dashed && !(spaced && named)) return undefined;
      if (swedishValid(digits)) return { kind: 'se', sureness: 2 };
      if (danishDateValid(digits)) return { kind: 'dk', sureness: named || danishMod11Valid(digits) ? 2 : 1 };
      return undefined;
    case '8,4':
      return dashed && /^(?:18|19|20)/.test(digits) && swedishValid(digits.slice(2)) ? { kind: 'se', sureness: 2 } : undefined;
    case '12':
      return /^(?:19|20)/.test(digits) && swedishValid(digits.slice(2)) ? { kind: 'se', sureness: named ? 2 : 1 } : undefined;
    case '10':
      if (!named) return undefined;
      if (swedishValid(digits)) return { kind: 'se', sureness: 2 };
      if (danishDateValid(digits)) return { kind: 'dk', sureness: 2 };
      return undefined;
    case '11':
    case '6,5':
      if (run.groups.length === 2 && !spaced) return undefined;
      if (norwegianValid(digits)) return { kind: 'no', sureness: 2 };
      if (run.groups.length === 1 && steuerIdValid(digits)) return { kind: 'de', sureness: named ? 1 : 0 };
      return undefined;
    case '2,3,3,3':
      return spaced && steuerIdValid(digits) ? { kind: 'de', sureness: named ? 1 : 0 } : undefined;
    case '3,2,4':
      if (!ssnValid(digits) || !(separators.every((sep) => sep === '-') || (spaced && named))) return undefined;
      return { kind: 'us', sureness: named ? 2 : 1 };
    case '9':
      return named && ssnValid(digits) ? { kind: 'us', sureness: 1 } : undefined;
    default:
      return undefined;
  }
}

const NAMES: Record<IdKind, { en: string; sv: string; nb: string; da: string; de: string }> = {
  se: { en: 'a Swedish personal identity number', sv: 'ett personnummer', nb: 'et svensk personnummer', da: 'et svensk personnummer', de: 'eine schwedische Personennummer' },
  no: { en: 'a Norwegian national identity number', sv: 'ett norskt fødselsnummer', nb: 'et fødselsnummer', da: 'et norsk personnummer', de: 'eine norwegische Personennummer' },
  dk: { en: 'a Danish CPR number', sv: 'ett danskt CPR-nummer', nb: 'et dansk CPR-nummer', da: 'et CPR-nummer', de: 'eine dänische CPR-Nummer' },
  us: { en: 'a US Social Security number', sv: 'ett amerikanskt socialförsäkringsnummer', nb: 'et amerikansk trygdenummer (SSN)', da: 'et amerikansk socialsikringsnummer', de: 'eine US-Sozialversicherungsnummer' },
  de: { en: 'a German tax ID', sv: 'ett tyskt skatte-ID', nb: 'en tysk skatte-ID', da: 'et tysk skatte-ID', de: 'eine Steuer-ID' },
};

function hitFor(doc: Doc, run: NumberRun, { kind, sureness }: Identified): Hit {
  const name = NAMES[kind];
  return {
    start: run.start,
    end: run.end,
    message: {
      en: `This looks like ${name.en}. With it, strangers can impersonate you or open accounts in your name: never post it.`,
      sv: `Det här ser ut som ${name.sv}. Med det kan främlingar utge sig för att vara du eller ta lån i ditt namn: publicera det aldrig.`,
      nb: `Dette ser ut som ${name.nb}. Med det kan fremmede utgi seg for å være deg eller ta opp lån i ditt navn: publiser det aldri.`,
      da: `Det her ligner ${name.da}. Med det kan fremmede udgive sig for at være dig eller optage lån i dit navn: offentliggør det aldrig.`,
      de: `Das sieht aus wie ${name.de}. Damit können Fremde sich als du ausgeben oder in deinem Namen Verträge abschließen: veröffentliche sie nie.`,
    },
    suggestions: [maskDigits(doc, run), ''],
    sureness,
  };
}

export const nationalIdRule: Rule = {
  id: 'oversharing.national-id',
  category: 'oversharing',
  severity: 'critical',
  title: 'Personal identity number',
  description:
    'Marks personal identity numbers whose check digits or date prove them real: Swedish personnummer, Norwegian fødselsnummer and D-nummer, Danish CPR, US Social Security numbers and German tax IDs.',
  example: 'My personnummer is 811218-9876, can someone help me with the form?',
  check(doc) {
    const hits: Hit[] = [];
    for (const run of numberRuns(doc)) {
      const identified = identifyNationalId(doc, run);
      if (identified) hits.push(hitFor(doc, run, identified));
    }
    return hits;
  },
};

/**
 * Bank account numbers in IBAN form: a country code, two check digits that pass mod 97, and the
 * country's length. Posted publicly, an account number invites fake direct debits and invoices.
 */
import { spanOf } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { ibanChecksumValid } from './checksums';

/** IBAN length per country (the Nordic and German-speaking countries and their neighbours). */
const IBAN_LENGTHS: Record<string, number> = {
  se: 24, no: 15, dk: 18, fo: 18, gl: 18, fi: 18, is: 26, de: 22, at: 20, ch: 21, li: 21, gb: 22, ie: 22,
  nl: 18, be: 16, lu: 20, fr: 27, es: 24, pt: 25, it: 27, pl: 28, ee: 20, lv: 21, lt: 20, cz: 24, sk: 24, hu: 28,
};

export const ACCOUNT_MESSAGE: Localized = {
  en: 'This looks like a bank account number. Posted publicly, it invites fake invoices and direct debits in your name.',
  sv: 'Det här ser ut som ett kontonummer. Publicerat öppet bjuder det in till falska fakturor och autogiron i ditt namn.',
  nb: 'Dette ser ut som et kontonummer. Lagt ut offentlig inviterer det til falske fakturaer og trekk i ditt navn.',
  da: 'Det her ligner et kontonummer. Offentliggjort inviterer det til falske fakturaer og betalingsaftaler i dit navn.',
  de: 'Das sieht aus wie eine Kontonummer. Öffentlich gepostet lädt sie zu gefälschten Rechnungen und Lastschriften in deinem Namen ein.',
};

const START = /(?<![\p{L}\p{N}])([a-z]{2})\d{2}/gu;
const ALNUM = /[a-z0-9]/;

export const ibanRule: Rule = {
  id: 'oversharing.iban',
  category: 'oversharing',
  severity: 'warning',
  title: 'Bank account number (IBAN)',
  description: 'Marks IBAN account numbers whose check digits are valid.',
  example: 'Send the money to SE45 5000 0000 0583 9825 7466 and I will pay you back.',
  check(doc) {
    const text = doc.folded.text;
    const hits: Hit[] = [];
    START.lastIndex = 0;
    for (let m = START.exec(text); m !== null; m = START.exec(text)) {
      const length = IBAN_LENGTHS[m[1]!];
      if (length === undefined) continue;
      // Collect the account's characters, allowing single spaces between them.
      let compact = '';
      let at = m.index;
      while (compact.length < length && at < text.length) {
        const ch = text[at]!;
        if (ALNUM.test(ch)) compact += ch;
        else if (!(ch === ' ' && compact.length > 0 && ALNUM.test(text[at + 1] ?? ''))) break;
        at++;
      }
      if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[at] ?? '') || !ibanChecksumValid(compact)) continue;
      const span = spanOf(doc, m.index, at);
      hits.push({
        ...span,
        message: ACCOUNT_MESSAGE,
        suggestions: [doc.text.slice(span.start, span.end).replace(/[0-9]/g, 'X'), ''],
        sureness: 1,
      });
      START.lastIndex = at;
    }
    return hits;
  },
};

/**
 * Domestic bank account numbers written after their label: "Kontonummer 1234.56.78903",
 * "Reg.nr. 1234 kontonr. 0012345678", "sort code 12-34-56, account number 12345678". A Norwegian
 * account number carries a mod-11 check digit and must pass it; other countries' have none that
 * holds for every bank, so there the label decides.
 */
import type { Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Hit } from '../../types';
import { norwegianAccountValid } from './checksums';
import { mentions, sentenceAt } from './context';
import { ACCOUNT_LABELS, PUBLIC_ACCOUNT_WORDS } from './data/account-labels';
import { BUSINESS_PREFIXES, BUSINESS_WORDS } from './data/number-words';
import { ACCOUNT_MESSAGE } from './iban';
import { identifyNationalId } from './national-id';
import { maskDigits, numberRuns, type NumberRun } from './numbers';
import { isCardNumber } from './payment-card';
import { forEveryLanguage } from './phrases';

const labels = new Lexicon<object>(() => forEveryLanguage(ACCOUNT_LABELS));
/** How many tokens after the label the number may start ("kontonummer mitt er 1234…"). */
const REACH = 4;
const NORWEGIAN_SHAPE = /^(?:4,2,5|11)$/;

/** A Danish or Swedish bank's registration or clearing number: four or five digits, alone. */
function isBankCode(run: NumberRun): boolean {
  return run.groups.length === 1 && (run.digits.length === 4 || run.digits.length === 5);
}

function isAccount(run: NumberRun): boolean {
  const shape = run.groups.map((group) => group.length).join(',');
  if (run.digits.length === 11 && NORWEGIAN_SHAPE.test(shape)) return norwegianAccountValid(run.digits);
  return run.digits.length >= 7 && run.digits.length <= 18;
}

/** The number runs that start within a few tokens after an account label. */
function labelledRuns(doc: Doc): NumberRun[] {
  const runs = numberRuns(doc);
  const found: NumberRun[] = [];
  for (const match of labels.match(doc)) {
    // A match ends after its first token, so this is a token.
    const last = doc.tokens[Math.min(doc.tokens.length, match.end + REACH) - 1]!;
    for (const run of runs) {
      if (run.fstart >= doc.tokens[match.end - 1]!.fend && run.fstart <= last.fstart) {
        found.push(run);
        break;
      }
    }
  }
  return found;
}

export const bankAccountRule: Rule = {
  id: 'oversharing.bank-account',
  category: 'oversharing',
  severity: 'warning',
  title: 'Bank account number',
  description: 'Marks domestic bank account numbers written after a label such as “kontonummer”, “Reg.nr.” or “account number”; Norwegian ones must pass their check digit.',
  example: 'Vipps eller betal til kontonummer 1234.56.78903.',
  check(doc) {
    const hits: Hit[] = [];
    const seen = new Set<NumberRun>();
    for (const run of labelledRuns(doc)) {
      if (seen.has(run)) continue;
      seen.add(run);
      // The registration number before a Danish account is part of it, but not a secret alone.
      if (isBankCode(run) || !isAccount(run) || identifyNationalId(doc, run) || isCardNumber(run)) continue;
      // A collection's or a business's account is meant to be paid into: strict mode only.
      const sentence = doc.sentences[sentenceAt(doc, run.fstart)]!;
      const words = doc.tokens.slice(sentence.firstToken, sentence.endToken);
      const meantPublic = mentions(words, PUBLIC_ACCOUNT_WORDS) || mentions(words, BUSINESS_WORDS, BUSINESS_PREFIXES);
      hits.push({ start: run.start, end: run.end, message: ACCOUNT_MESSAGE, suggestions: [maskDigits(doc, run), ''], sureness: meantPublic ? 0 : 1 });
    }
    return hits;
  },
};

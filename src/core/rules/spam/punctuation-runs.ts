/** Runs of exclamation and question marks ("!!!", "???", "?!?!"), counted on the original text. */
import type { Rule } from '../../rule';
import type { Hit } from '../../types';

const RUN = /[!?‼⁉]{3,}/g;
/** Two marks in a row, or a double mark: a cheap test before the full scan. */
const MAYBE_RUN = /[!?][!?]|[‼⁉]/;
/** This many runs show by default; one or two are common in casual writing. */
const SHOWN_RUNS = 3;

export const punctuationRuns: Rule = {
  id: 'spam.punctuation-runs',
  category: 'spam',
  title: 'Runs of !!! and ???',
  description: 'Several exclamation or question marks in a row. They read as shouting or pressure; one mark says the same. One or two such runs show only with strict checking.',
  example: 'Huge news!!!! Big sale!!! Can you believe it???',
  severity: 'info',
  check(doc) {
    if (!MAYBE_RUN.test(doc.text)) return [];
    const runs = [...doc.text.matchAll(RUN)];
    const shown = runs.length >= SHOWN_RUNS;
    return runs.map(
      (run): Hit => ({
        start: run.index,
        end: run.index + run[0].length,
        message: {
          en: 'A row of marks reads as shouting or pressure, a common mark of spam. One is enough.',
          sv: 'En rad tecken läses som skrik eller press, ett vanligt kännetecken för spam. Ett räcker.',
          nb: 'En rekke tegn leses som roping eller press, et vanlig kjennetegn på spam. Ett holder.',
          da: 'En række tegn læses som råb eller pres, et almindeligt kendetegn for spam. Ét er nok.',
          de: 'Eine Reihe von Zeichen wirkt wie Schreien oder Druck, ein typisches Spam-Merkmal. Eines genügt.',
        },
        suggestions: [/[?⁉]/.test(run[0]) ? '?' : '!'],
        sureness: shown ? 1 : 0,
      }),
    );
  },
};

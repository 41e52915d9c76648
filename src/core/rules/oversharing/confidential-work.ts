/**
 * Confidential work news: "internal only", "under NDA", "not announced yet", layoffs before they
 * are announced, results before the quarterly report. Posting them can cost the writer the job,
 * and insider information can break the law.
 */
import { Lexicon } from '../../lexicon';
import { phraseRule, type PhraseData, type Rule } from '../../rule';
import type { Localized } from '../../types';
import { CONFIDENTIAL_HEADINGS, confidentialWork } from './data/confidential';
import { forEveryLanguage, openingMatches } from './phrases';

const MESSAGE: Localized = {
  en: 'This reads as news your employer has not made public. Posting it can break an NDA or insider rules and cost you your job.',
  sv: 'Det här låter som nyheter som din arbetsgivare inte har gått ut med. Att publicera dem kan bryta mot sekretess eller insiderregler och kosta dig jobbet.',
  nb: 'Dette høres ut som nyheter arbeidsgiveren din ikke har gått ut med. Å publisere dem kan bryte taushetsplikt eller innsideregler og koste deg jobben.',
  da: 'Det her lyder som nyheder, din arbejdsgiver ikke har offentliggjort. At slå dem op kan bryde tavshedspligt eller insiderregler og koste dig jobbet.',
  de: 'Das klingt nach Neuigkeiten, die dein Arbeitgeber noch nicht veröffentlicht hat. Sie zu posten kann eine Geheimhaltungspflicht oder Insiderregeln verletzen und dich den Job kosten.',
};

const headings = new Lexicon<PhraseData>(CONFIDENTIAL_HEADINGS);
const HEADING_END = /^\s*[:–—-]/;

const listed = phraseRule({
  id: 'oversharing.confidential-work',
  category: 'oversharing',
  severity: 'warning',
  title: 'Confidential work news',
  description: 'Marks internal or not-yet-announced news: confidentiality markings, NDAs, layoffs ahead of their announcement, figures before the report.',
  example: 'Not announced yet, but we are laying off 40 people in March.',
  message: MESSAGE,
  suggestions: [''],
  lists: () => forEveryLanguage(confidentialWork()),
});

export const confidentialWorkRule: Rule = {
  ...listed,
  check(doc, context) {
    const headed = openingMatches(headings, doc).filter((match) => HEADING_END.test(doc.folded.text.slice(doc.tokens[match.end - 1]!.fend)));
    return [...listed.check(doc, context), ...headed.map(({ start, stop }) => ({ start, end: stop, message: MESSAGE, suggestions: [''], severity: 'critical' as const, sureness: 1 as const }))];
  },
};

/**
 * A writer's own diagnosis or health detail: "I was diagnosed with…", "jag har fått diagnosen",
 * "eg har fått påvist", "jeg har fået konstateret", "ich habe Depressionen", or a subject-less
 * "Diagnosed with MS at 34." opening a sentence. Sharing can be brave and deliberate; the message
 * only asks the writer to picture every reader, now and later.
 */
import { Lexicon } from '../../lexicon';
import { phraseRule, type PhraseData, type Rule } from '../../rule';
import type { Localized, Sureness } from '../../types';
import { AFTER_SHORT_NAMES, healthDisclosures, HEALTH_EXTRAS, HEALTH_OPENINGS, SECRECY_PHRASES, type HealthExtra } from './data/health';
import { capitalised } from './context';
import { endsInCompound, forEveryLanguage, openingMatches } from './phrases';

const MESSAGE: Localized = {
  en: 'You are sharing something about your health. That can be a brave choice; just picture every reader, including future employers and insurers, before you post.',
  sv: 'Du delar något om din hälsa. Det kan vara ett modigt val; tänk bara på alla som kan läsa det, även framtida arbetsgivare och försäkringsbolag, innan du publicerar.',
  nb: 'Du deler noe om helsen din. Det kan være et modig valg; tenk bare på alle som kan lese det, også framtidige arbeidsgivere og forsikringsselskaper, før du publiserer.',
  da: 'Du deler noget om dit helbred. Det kan være et modigt valg; tænk bare på alle, der kan læse det, også fremtidige arbejdsgivere og forsikringsselskaber, før du slår det op.',
  de: 'Du teilst etwas über deine Gesundheit. Das kann eine mutige Entscheidung sein; denk nur an alle, die es lesen können, auch künftige Arbeitgeber und Versicherungen, bevor du postest.',
};

const openings = new Lexicon<PhraseData>(() => forEveryLanguage(HEALTH_OPENINGS));
const extras = new Lexicon<HealthExtra>(() => forEveryLanguage(HEALTH_EXTRAS));
const secrecy = new Lexicon<PhraseData>(() => forEveryLanguage(SECRECY_PHRASES));

const listed = phraseRule({
  id: 'oversharing.health-diagnosis',
  category: 'oversharing',
  severity: 'warning',
  title: 'Your health',
  description: 'Marks first-person disclosures of a diagnosis or health condition, so you can decide who should read them.',
  example: 'After months of tests I was diagnosed with MS, and I want to be open about it.',
  message: MESSAGE,
  sureness: 1,
  lists: () => forEveryLanguage(healthDisclosures()),
});

export const healthDiagnosisRule: Rule = {
  ...listed,
  check(doc, context) {
    const opening = openingMatches(openings, doc).map(({ start, stop }) => ({ start, end: stop, message: MESSAGE, sureness: 1 as const }));
    const extra = extras.match(doc);
    const pregnancy = extra.filter(({ entry }) => entry.kind === 'pregnancy');
    // Only a pregnancy the writer says nobody knows about yet is shown by default.
    const sureness: Sureness = pregnancy.length > 0 && secrecy.match(doc).length > 0 ? 1 : 0;
    const pregnant = pregnancy.map(({ start, stop }) => ({ start, end: stop, message: MESSAGE, sureness }));
    // "I have MS" ends there or goes on in lower case; "I have MS Teams open" names a product.
    const short = extra
      .filter(({ entry, end }) => {
        if (entry.kind !== 'short-name') return false;
        const next = doc.tokens[end];
        const sameSentence = next !== undefined && next.sentence === doc.tokens[end - 1]!.sentence && next.kind === 'word';
        return !sameSentence || (!AFTER_SHORT_NAMES.has(next.norm) && !capitalised(doc, next));
      })
      .map(({ start, stop }) => ({ start, end: stop, message: MESSAGE, sureness: 1 as const }));
    const found = [...listed.check(doc, context), ...opening, ...pregnant];
    const uncovered = short.filter((hit) => !found.some((other) => other.start <= hit.start && hit.end <= other.end));
    return [...found, ...uncovered].filter(({ end }) => !endsInCompound(doc, end));
  },
};

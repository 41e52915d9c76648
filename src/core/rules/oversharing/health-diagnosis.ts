/**
 * A writer's own diagnosis or health detail: "I was diagnosed with…", "jag har fått diagnosen",
 * "eg har fått påvist", "jeg har fået konstateret", "ich habe Depressionen". Sharing can be brave
 * and deliberate; the message only asks the writer to picture every reader, now and later.
 */
import { phraseRule } from '../../rule';
import { HEALTH_DISCLOSURES } from './data/health';
import { forEveryLanguage } from './phrases';

export const healthDiagnosisRule = phraseRule({
  id: 'oversharing.health-diagnosis',
  category: 'oversharing',
  severity: 'warning',
  title: 'Your health',
  description: 'Marks first-person disclosures of a diagnosis or health condition, so you can decide who should read them.',
  example: 'After months of tests I was diagnosed with MS, and I want to be open about it.',
  message: {
    en: 'You are sharing something about your health. That can be a brave choice; just picture every reader, including future employers and insurers, before you post.',
    sv: 'Du delar något om din hälsa. Det kan vara ett modigt val; tänk bara på alla som kan läsa det, även framtida arbetsgivare och försäkringsbolag, innan du publicerar.',
    nb: 'Du deler noe om helsen din. Det kan være et modig valg; tenk bare på alle som kan lese det, også framtidige arbeidsgivere og forsikringsselskaper, før du publiserer.',
    da: 'Du deler noget om dit helbred. Det kan være et modigt valg; tænk bare på alle, der kan læse det, også fremtidige arbejdsgivere og forsikringsselskaber, før du slår det op.',
    de: 'Du teilst etwas über deine Gesundheit. Das kann eine mutige Entscheidung sein; denk nur an alle, die es lesen können, auch künftige Arbeitgeber und Versicherungen, bevor du postest.',
  },
  sureness: 1,
  lists: forEveryLanguage(HEALTH_DISCLOSURES),
});

/**
 * LinkedIn shows about the first 210 characters of a post before "…see more". When the opening
 * sentence runs past that fold, readers in the feed see it cut off.
 */
import type { Rule } from '../../rule';

export const LINKEDIN_FOLD = 210;

export const linkedinFoldRule: Rule = {
  id: 'platform.linkedin-fold',
  category: 'platform',
  severity: 'info',
  title: 'Opening cut by “…see more”',
  description: 'LinkedIn shows about 210 characters before “…see more”; marks an opening sentence that the fold cuts off.',
  example: 'A long post whose first sentence runs on past the first 210 characters without a break.',
  check(doc, { platform }) {
    if (platform !== 'linkedin' || doc.text.trimEnd().length <= LINKEDIN_FOLD) return [];
    const first = doc.sentences.find((sentence) => doc.text.slice(sentence.start, sentence.end).trim() !== '');
    if (!first || first.end <= LINKEDIN_FOLD) return [];
    // Mark the word the fold falls in, up to the end of that sentence.
    let start = LINKEDIN_FOLD;
    while (start > first.start && /\S/.test(doc.text[start - 1]!)) start--;
    const end = doc.text.slice(0, first.end).trimEnd().length;
    if (end <= start) return [];
    return [
      {
        start,
        end,
        message: {
          en: 'LinkedIn shows about 210 characters before “…see more”, and your first sentence runs past it. A short opening line that stands on its own gets read.',
          sv: 'LinkedIn visar ungefär 210 tecken före ”…se mer”, och din första mening fortsätter förbi det. En kort inledning som står för sig själv blir läst.',
          nb: 'LinkedIn viser omtrent 210 tegn før «…se mer», og den første setningen din går forbi det. En kort åpningslinje som står på egne ben, blir lest.',
          da: 'LinkedIn viser omkring 210 tegn før »…se mere«, og din første sætning fortsætter forbi det. En kort indledning, der kan stå alene, bliver læst.',
          de: 'LinkedIn zeigt etwa 210 Zeichen vor „…mehr anzeigen“, und dein erster Satz läuft darüber hinaus. Ein kurzer Einstieg, der für sich steht, wird gelesen.',
        },
        sureness: 1,
      },
    ];
  },
};

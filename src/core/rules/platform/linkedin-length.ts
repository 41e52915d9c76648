/** LinkedIn cuts posts at 3,000 characters. */
import type { Rule } from '../../rule';

export const LINKEDIN_LIMIT = 3000;

export const linkedinLengthRule: Rule = {
  id: 'platform.linkedin-length',
  category: 'platform',
  severity: 'info',
  title: 'Over LinkedIn’s 3,000 characters',
  description: 'LinkedIn posts hold at most 3,000 characters; marks what does not fit.',
  example: 'A 3,200-character post on LinkedIn.',
  check(doc, { platform }) {
    const end = doc.text.trimEnd().length;
    if (platform !== 'linkedin' || end <= LINKEDIN_LIMIT) return [];
    const over = end - LINKEDIN_LIMIT;
    return [
      {
        start: LINKEDIN_LIMIT,
        end,
        message: {
          en: `LinkedIn posts hold 3,000 characters: this one is ${over} over. The marked part will not fit.`,
          sv: `Inlägg på LinkedIn rymmer 3 000 tecken: det här är ${over} för långt. Den markerade delen får inte plats.`,
          nb: `Innlegg på LinkedIn rommer 3 000 tegn: dette er ${over} for langt. Den markerte delen får ikke plass.`,
          da: `Opslag på LinkedIn kan rumme 3.000 tegn: dette er ${over} for langt. Den markerede del kan ikke være med.`,
          de: `LinkedIn-Beiträge fassen 3.000 Zeichen: dieser ist ${over} zu lang. Der markierte Teil passt nicht.`,
        },
        sureness: 2,
      },
    ];
  },
};

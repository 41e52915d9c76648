/** Mention stuffing: tagging many accounts to borrow their reach. */
import type { Rule } from '../../rule';
import type { Hit } from '../../types';
import { countOf, runsOf, shareOf } from './util';

/** From this many mentions a post reads as tagging for reach (X: fewer, it is short). */
const SURE_AT = { x: 5, other: 10 };
const LIKELY_AT = 6;
const CROWDED_SHARE = 0.5;
const CROWDED_AT = 4;

export const mentionStuffing: Rule = {
  id: 'spam.mention-stuffing',
  category: 'spam',
  title: 'Too many mentions',
  description: 'Tagging many people or pages at once, or mentions making up much of the post. It reads as borrowing their reach, and platforms treat it as spam.',
  example: 'Check out my new course! @anna @bjorn @carla @david @erik @fatima @gustav',
  severity: 'warning',
  check(doc, { platform }) {
    if (countOf(doc, 'mention') < CROWDED_AT) return [];
    // Mentions opening the post are whom a reply answers, put there by the platform.
    const runs = runsOf(doc, 'mention').filter(([first], index) => index > 0 || first > 0);
    const count = runs.reduce((sum, [first, end]) => sum + end - first, 0);
    const sure = count >= (platform === 'x' ? SURE_AT.x : SURE_AT.other) || (count >= CROWDED_AT && shareOf(doc, 'mention') >= CROWDED_SHARE);
    if (!sure && count < LIKELY_AT) return [];
    return runs.filter(([first, end]) => end - first >= 2).map(
      ([first, end]): Hit => ({
        start: doc.tokens[first]!.start,
        end: doc.tokens[end - 1]!.end,
        message: {
          en: `${count} people tagged: mass tagging reads as borrowing their reach, and many will untag or mute you. Tag only those the post is about.`,
          sv: `${count} personer taggade: masstaggning ser ut som att låna deras räckvidd, och många tar bort taggen eller tystar dig. Tagga bara dem inlägget handlar om.`,
          nb: `${count} personer tagget: massetagging ser ut som å låne rekkevidden deres, og mange fjerner taggen eller demper deg. Tagg bare dem innlegget handler om.`,
          da: `${count} personer tagget: massetagging ligner at låne deres rækkevidde, og mange fjerner tagget eller skjuler dig. Tag kun dem, opslaget handler om.`,
          de: `${count} Personen markiert: Massenmarkieren wirkt, als wolltest du ihre Reichweite leihen, und viele entfernen die Markierung oder blenden dich aus. Markiere nur, um wen es geht.`,
        },
        suggestions: [],
        sureness: sure ? 1 : 0,
      }),
    );
  },
};

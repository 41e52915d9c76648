/** Hashtag stuffing: more hashtags than a platform rewards, or tags crowding out the words. */
import type { Rule } from '../../rule';
import type { Hit, Platform } from '../../types';
import { countOf, runsOf, shareOf } from './util';

/** From this many hashtags a post reads as stuffed (X's own advice is one or two); from twice the
 * advice it surely is. */
const LIKELY_AT: Record<Platform | 'any', number> = { x: 4, linkedin: 6, facebook: 6, any: 6 };
const SURE_AT: Record<Platform | 'any', number> = { x: 5, linkedin: 8, facebook: 8, any: 8 };
/** How many to keep when trimming: what each platform suggests. */
const KEEP: Record<Platform | 'any', number> = { x: 2, linkedin: 3, facebook: 3, any: 3 };
/** Tags making up this share of the post (words and tags) crowd out what it says. */
const CROWDED_SHARE = 0.5;
const CROWDED_AT = 4;

export const hashtagStuffing: Rule = {
  id: 'spam.hashtag-stuffing',
  category: 'spam',
  title: 'Too many hashtags',
  description: 'More hashtags than the platform rewards, or hashtags making up much of the post. Stuffed posts look like spam and reach fewer people.',
  example: 'New blog post! #marketing #sales #growth #business #success #motivation #entrepreneur',
  severity: 'warning',
  check(doc, { platform }) {
    if (countOf(doc, 'hashtag') < CROWDED_AT) return [];
    const runs = runsOf(doc, 'hashtag');
    const count = runs.reduce((sum, [first, end]) => sum + end - first, 0);
    const key = platform ?? 'any';
    const crowded = count >= CROWDED_AT && shareOf(doc, 'hashtag') >= CROWDED_SHARE;
    const sure = crowded || count >= SURE_AT[key];
    if (!sure && count < LIKELY_AT[key]) return [];
    const hits: Hit[] = [];
    let kept = 0;
    for (const [first, end] of runs) {
      const keepHere = Math.max(0, Math.min(end - first, KEEP[key] - kept));
      kept += keepHere;
      if (keepHere === end - first) continue;
      const tags = doc.tokens.slice(first, first + keepHere).map((token) => doc.text.slice(token.start, token.end));
      hits.push({
        start: doc.tokens[first]!.start,
        end: doc.tokens[end - 1]!.end,
        message: {
          en: `${count} hashtags: stuffed posts look like spam and reach fewer people. Keep the ${KEEP[key]} that matter most.`,
          sv: `${count} hashtaggar: överfyllda inlägg ser ut som spam och når färre. Behåll de ${KEEP[key]} viktigaste.`,
          nb: `${count} emneknagger: overfylte innlegg ser ut som spam og når færre. Behold de ${KEEP[key]} viktigste.`,
          da: `${count} hashtags: overfyldte opslag ligner spam og når færre. Behold de ${KEEP[key]} vigtigste.`,
          de: `${count} Hashtags: überladene Beiträge wirken wie Spam und erreichen weniger Menschen. Behalte die ${KEEP[key]} wichtigsten.`,
        },
        suggestions: [tags.join(' ')],
        sureness: sure ? 1 : 0,
      });
    }
    return hits;
  },
};

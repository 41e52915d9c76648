/**
 * X's 280-character limit, counted as X counts: a link is 23 whatever its length, an emoji
 * (with its modifiers and joiners) is 2, characters outside the Latin, Greek, Cyrillic and
 * general-punctuation ranges are 2, everything else 1.
 */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit } from '../../types';

const X_LIMIT = 280;
const LINK_WEIGHT = 23;

const EMOJI = /\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/uy;

function codePointWeight(code: number): number {
  const light = code <= 0x10ff || (code >= 0x2000 && code <= 0x200d) || (code >= 0x2010 && code <= 0x201f) || (code >= 0x2032 && code <= 0x2037);
  return light ? 1 : 2;
}

/** The weighted length of a text, and the offset where it first exceeds `limit` (or -1). */
export function xLength(doc: Doc, limit = X_LIMIT): { length: number; overflowAt: number } {
  const text = doc.text;
  const links = doc.tokens.filter((token) => token.kind === 'url');
  let link = 0;
  let length = 0;
  let overflowAt = -1;
  let i = 0;
  while (i < text.length) {
    const at = i;
    if (link < links.length && links[link]!.start === i) {
      length += LINK_WEIGHT;
      i = links[link]!.end;
      link++;
    } else {
      EMOJI.lastIndex = i;
      const emoji = EMOJI.exec(text);
      if (emoji) {
        length += 2;
        i += emoji[0].length;
      } else {
        const code = text.codePointAt(i)!;
        length += codePointWeight(code);
        i += code > 0xffff ? 2 : 1;
      }
    }
    while (link < links.length && links[link]!.end <= i) link++;
    if (overflowAt < 0 && length > limit) overflowAt = at;
  }
  return { length, overflowAt };
}

export const xLengthRule: Rule = {
  id: 'platform.x-length',
  category: 'platform',
  severity: 'info',
  title: 'Over X’s 280 characters',
  description: 'Counts your post the way X does (links count 23, emoji and wide characters 2) and marks what does not fit.',
  example: 'A 300-character post on X.',
  check(doc, { platform }): Hit[] {
    if (platform !== 'x') return [];
    const { length, overflowAt } = xLength(doc);
    if (overflowAt < 0) return [];
    const over = length - X_LIMIT;
    return [
      {
        start: overflowAt,
        end: doc.text.trimEnd().length,
        message: {
          en: `X allows 280 characters and counts this post as ${length}: ${over} too many. The marked part will not fit.`,
          sv: `X tillåter 280 tecken och räknar inlägget till ${length}: ${over} för många. Den markerade delen får inte plats.`,
          nb: `X tillater 280 tegn og teller dette innlegget som ${length}: ${over} for mange. Den markerte delen får ikke plass.`,
          da: `X tillader 280 tegn og tæller opslaget som ${length}: ${over} for mange. Den markerede del kan ikke være med.`,
          de: `X erlaubt 280 Zeichen und zählt diesen Beitrag als ${length}: ${over} zu viel. Der markierte Teil passt nicht.`,
        },
        sureness: 2,
      },
    ];
  },
};

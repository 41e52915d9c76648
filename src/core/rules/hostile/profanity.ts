/** Swearing and vulgar words, graded by how surely they are vulgar, and the raised middle finger. */
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { listRule } from './list-rule';

const MESSAGE: Localized = {
  en: 'Swearing puts many readers off and makes the post look careless. Leave it out or pick a plainer word.',
  sv: 'Svordomar stöter bort många läsare och får inlägget att verka slarvigt. Stryk det eller välj ett lugnare ord.',
  nb: 'Banning skyver mange lesere bort og får innlegget til å virke slurvete. Stryk det eller velg et roligere ord.',
  da: 'Bandeord skubber mange læsere væk og får opslaget til at virke sjusket. Stryg det eller vælg et roligere ord.',
  de: 'Fluchen schreckt viele Leser ab und lässt den Beitrag nachlässig wirken. Lass es weg oder wähle ein ruhigeres Wort.',
};

/** Emoji that swear in every language. */
const RUDE_EMOJI = new Set(['🖕']);

/** A skin-tone modifier after an emoji belongs to it, though the token stops before it. */
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]/u;

const listed = listRule({
  id: 'hostile.profanity',
  category: 'hostile',
  title: 'Swearing and vulgar words',
  description:
    'Swear words, vulgar language and the raised middle finger. Many readers stop taking a post seriously at the first one, and some platforms show such posts to fewer people.',
  example: 'This update is a total shitshow.',
  severity: 'warning',
  message: MESSAGE,
  list: 'profanity',
});

export const profanity: Rule = {
  ...listed,
  check(doc, context) {
    const gestures: Hit[] = doc.tokens
      .filter((token) => token.kind === 'emoji' && RUDE_EMOJI.has(token.norm))
      .map((token) => {
        const end = SKIN_TONE.test(doc.text.slice(token.end, token.end + 2)) ? token.end + 2 : token.end;
        return { start: token.start, end, message: MESSAGE, suggestions: [''], sureness: 1 };
      });
    return [...listed.check(doc, context), ...gestures];
  },
};

/** Swearing and vulgar words, graded by how surely they are vulgar. */
import { listRule } from './list-rule';

export const profanity = listRule({
  id: 'hostile.profanity',
  category: 'hostile',
  title: 'Swearing and vulgar words',
  description:
    'Swear words and vulgar language. Many readers stop taking a post seriously at the first one, and some platforms show such posts to fewer people.',
  example: 'This update is a total shitshow.',
  severity: 'warning',
  message: {
    en: 'Swearing puts many readers off and makes the post look careless. Leave it out or pick a plainer word.',
    sv: 'Svordomar stöter bort många läsare och får inlägget att verka slarvigt. Stryk det eller välj ett lugnare ord.',
    nb: 'Banning skyver mange lesere bort og får innlegget til å virke slurvete. Stryk det eller velg et roligere ord.',
    da: 'Bandeord skubber mange læsere væk og får opslaget til at virke sjusket. Stryg det eller vælg et roligere ord.',
    de: 'Fluchen schreckt viele Leser ab und lässt den Beitrag nachlässig wirken. Lass es weg oder wähle ein ruhigeres Wort.',
  },
  list: 'profanity',
});

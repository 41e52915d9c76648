/** Hard calls to buy: "Buy now", "Order today", "Köp nu", "Jetzt kaufen". */
import type { Rule } from '../../rule';
import { listMatcher } from '../spam/util';
import { BUY_NOW } from './data/buy-now';

const check = listMatcher(BUY_NOW, {
  message: {
    en: 'A hard call to buy turns a post into an ad, and readers scroll past ads. Say what it is and let them decide.',
    sv: 'En hård köpuppmaning gör inlägget till en annons, och annonser scrollar man förbi. Berätta vad det är och låt läsaren bestämma.',
    nb: 'En hard kjøpsoppfordring gjør innlegget til en annonse, og annonser blar man forbi. Si hva det er, og la leseren bestemme.',
    da: 'En hård købsopfordring gør opslaget til en annonce, og annoncer scroller man forbi. Sig, hvad det er, og lad læseren bestemme.',
    de: 'Eine harte Kaufaufforderung macht den Beitrag zur Anzeige, und an Anzeigen scrollt man vorbei. Sag, was es ist, und lass die Leser entscheiden.',
  },
});

export const buyNow: Rule = {
  id: 'promotional.buy-now',
  category: 'promotional',
  title: 'Hard calls to buy',
  description: 'Pushy calls to buy or order ("buy now", "order today", "köp nu", "jetzt kaufen"). They turn a post into an ad.',
  example: 'Our new planner is here. BUY NOW!',
  severity: 'warning',
  check,
};

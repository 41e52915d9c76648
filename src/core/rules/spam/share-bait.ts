/** Share and tag baiting: "Share with 5 friends", "Share to win", "Tag someone who…". */
import type { Rule } from '../../rule';
import { SHARE_BAIT } from './data/share-bait';
import { listMatcher } from './util';

const check = listMatcher(SHARE_BAIT, {
  message: {
    en: 'Asking readers to share or tag others is share bait: platforms show such posts to fewer people, and readers feel used. Give them a reason to pass it on.',
    sv: 'Att be läsare dela eller tagga andra är delningsfiske: plattformarna visar sådana inlägg för färre, och läsarna känner sig utnyttjade. Ge dem ett skäl att sprida det.',
    nb: 'Å be lesere dele eller tagge andre er delingsfiske: plattformene viser slike innlegg til færre, og leserne føler seg brukt. Gi dem en grunn til å dele.',
    da: 'At bede læserne om at dele eller tagge andre er delingsfiskeri: platformene viser den slags opslag til færre, og læserne føler sig brugt. Giv dem en grund til at dele.',
    de: 'Leser zum Teilen oder Markieren aufzufordern ist Teil-Köder: Plattformen zeigen solche Beiträge weniger Menschen, und Leser fühlen sich benutzt. Gib ihnen einen Grund, es weiterzugeben.',
  },
  suggestions: [''],
});

export const shareBait: Rule = {
  id: 'spam.share-bait',
  category: 'spam',
  title: 'Share and tag baiting',
  description: 'Asking readers to share, repost or tag friends ("share to win", "tag someone who…"). Platforms show such posts to fewer people.',
  example: 'Tag a friend who needs to see this and share to win!',
  severity: 'warning',
  check,
};

/** Follow-for-follow: #f4f, "follow back", like-for-like swaps. */
import type { Rule } from '../../rule';
import { FOLLOW_FOR_FOLLOW } from './data/follow-for-follow';
import { listMatcher } from './util';

const check = listMatcher(FOLLOW_FOR_FOLLOW, {
  message: {
    en: 'Follow-for-follow swaps bring followers who never read you, and platforms treat them as spam.',
    sv: 'Följ-för-följ ger följare som aldrig läser dig, och plattformarna behandlar det som spam.',
    nb: 'Følg-for-følg gir følgere som aldri leser deg, og plattformene behandler det som spam.',
    da: 'Følg-for-følg giver følgere, der aldrig læser dig, og platformene behandler det som spam.',
    de: 'Follow-for-Follow bringt Follower, die dich nie lesen, und Plattformen werten es als Spam.',
  },
  suggestions: [''],
});

export const followForFollow: Rule = {
  id: 'spam.follow-for-follow',
  category: 'spam',
  title: 'Follow for follow',
  description: 'Offers to swap follows or likes (#f4f, "follow back", like4like). They bring followers who never read you.',
  example: 'New here! Follow back guaranteed #f4f #like4like',
  severity: 'warning',
  check,
};

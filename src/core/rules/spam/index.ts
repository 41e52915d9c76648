import type { Rule } from '../../rule';
import { comeOn } from './dm-come-on';
import { emojiRuns } from './emoji-runs';
import { engagementBait } from './engagement-bait';
import { followForFollow } from './follow-for-follow';
import { getRich } from './get-rich';
import { hashtagStuffing } from './hashtag-stuffing';
import { linkStuffing } from './link-stuffing';
import { mentionStuffing } from './mention-stuffing';
import { premiumSms } from './premium-sms';
import { prizeScam } from './prize-scam';
import { punctuationRuns } from './punctuation-runs';
import { shareBait } from './share-bait';
import { shouting } from './shouting';
import { voteBait } from './vote-bait';

/** The spam rules, in the order the settings page lists them. */
export const spamRules: Rule[] = [
  engagementBait,
  voteBait,
  shareBait,
  followForFollow,
  getRich,
  comeOn,
  prizeScam,
  premiumSms,
  hashtagStuffing,
  mentionStuffing,
  linkStuffing,
  shouting,
  punctuationRuns,
  emojiRuns,
];

/**
 * Hashtag counts that fit each platform: on X one or two carry a post, LinkedIn suggests three to
 * five, on Facebook a few at most. The hashtags past the platform's count are marked.
 */
import type { Rule } from '../../rule';
import type { Platform } from '../../types';

const HASHTAG_LIMIT: Record<Platform, number> = { x: 2, linkedin: 5, facebook: 3 };

const NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };

export const hashtagCountRule: Rule = {
  id: 'platform.hashtag-count',
  category: 'platform',
  severity: 'info',
  title: 'More hashtags than the platform suits',
  description: 'X suits one or two hashtags, LinkedIn three to five, Facebook a few; marks the ones past that.',
  example: 'Great day! #work #team #growth on X.',
  check(doc, { platform }) {
    if (!platform) return [];
    const limit = HASHTAG_LIMIT[platform];
    const hashtags = doc.tokens.filter((token) => token.kind === 'hashtag');
    if (hashtags.length <= limit) return [];
    const name = NAMES[platform];
    const count = hashtags.length;
    return hashtags.slice(limit).map((token) => ({
      start: token.start,
      end: token.end,
      message: {
        en: `${count} hashtags: on ${name} more than ${limit} reads as clutter and reaches no further. Keep the ${limit} that matter most.`,
        sv: `${count} hashtaggar: på ${name} ser fler än ${limit} röriga ut och når inte längre. Behåll de ${limit} viktigaste.`,
        nb: `${count} emneknagger: på ${name} ser flere enn ${limit} rotete ut og når ikke lenger. Behold de ${limit} viktigste.`,
        da: `${count} hashtags: på ${name} ser mere end ${limit} rodet ud og når ikke længere ud. Behold de ${limit} vigtigste.`,
        de: `${count} Hashtags: auf ${name} wirken mehr als ${limit} überladen und bringen keine Reichweite. Behalte die ${limit} wichtigsten.`,
      },
      suggestions: [''],
      sureness: 1,
    }));
  },
};

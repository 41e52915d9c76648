/**
 * Runs of emoji, counted on the original text: a ZWJ family, a flag, a skin-toned hand or a
 * keycap counts as one emoji.
 */
import type { Rule } from '../../rule';
import type { Hit } from '../../types';
import { countOf } from './util';

// One emoji as a reader sees it. The modifiers after the first symbol are single characters, so
// the pattern cannot backtrack.
const EMOJI = /(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic})(?:[\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D\p{Extended_Pictographic})*/gu;
/** Emoji with at most this much white space between them form one run. */
const MAX_GAP = 1;
const LIKELY_COUNT = 4;
const SURE_COUNT = 8;

export const emojiRuns: Rule = {
  id: 'spam.emoji-runs',
  category: 'spam',
  title: 'Runs of emoji',
  description: 'Many emoji in a row. A long row reads as noise or spam; one or two carry the feeling.',
  example: 'Big launch today 🚀🚀🚀🔥🔥🔥💯💯',
  severity: 'info',
  check(doc) {
    // The tokens already know the emoji: most posts have too few for a run.
    if (countOf(doc, 'emoji') < LIKELY_COUNT) return [];
    const hits: Hit[] = [];
    let runStart = -1;
    let runEnd = -1;
    let count = 0;
    let firstEmoji = '';
    const close = () => {
      if (count >= LIKELY_COUNT) {
        hits.push({
          start: runStart,
          end: runEnd,
          message: {
            en: `${count} emoji in a row read as noise and make a post look like spam. One or two say it better.`,
            sv: `${count} emojier i rad ser ut som brus och får inlägget att likna spam. En eller två säger det bättre.`,
            nb: `${count} emojier på rad ser ut som støy og får innlegget til å ligne spam. Én eller to sier det bedre.`,
            da: `${count} emojis i træk ligner støj og får opslaget til at ligne spam. Én eller to siger det bedre.`,
            de: `${count} Emojis hintereinander wirken wie Rauschen und lassen den Beitrag nach Spam aussehen. Ein oder zwei sagen es besser.`,
          },
          suggestions: [firstEmoji],
          sureness: count >= SURE_COUNT ? 1 : 0,
        });
      }
      count = 0;
    };
    for (const match of doc.text.matchAll(EMOJI)) {
      const gap = match.index - runEnd;
      if (count > 0 && (gap > MAX_GAP || /\S/.test(doc.text.slice(runEnd, match.index)))) close();
      if (count === 0) {
        runStart = match.index;
        firstEmoji = match[0];
      }
      count++;
      runEnd = match.index + match[0].length;
    }
    close();
    return hits;
  },
};

/**
 * All-caps shouting: runs of several words in capitals. Case is read on the original text, since
 * folding lowers it; letters such as 𝗕𝗢𝗟𝗗 keep their case there. Acronyms (NASA, EU, CEO) are
 * neither shouting nor a break in it.
 */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit } from '../../types';
import { ACRONYMS } from './data/acronyms';

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
/** Words in a run that make it shouting; two long ones do too. */
const RUN_WORDS = 3;
const PAIR_LETTERS = 9;

type Caps = 'shout' | 'neutral' | 'normal';

function capsOf(doc: Doc, index: number): Caps {
  const token = doc.tokens[index]!;
  if (token.kind === 'number' || token.kind === 'emoji') return 'neutral';
  if (token.kind !== 'word') return 'normal';
  // Most words start with a lower-case ASCII letter, which no shouting word does.
  const first = doc.text.charCodeAt(token.start);
  if (first >= 97 && first <= 122) return 'normal';
  const original = doc.text.slice(token.start, token.end);
  if (LOWER.test(original)) return 'normal';
  const upper = original.match(UPPER)?.length ?? 0;
  // "I", "A" and acronyms neither shout nor break a shout.
  if (upper < 2 || ACRONYMS.has(token.norm)) return 'neutral';
  return 'shout';
}

export const shouting: Rule = {
  id: 'spam.shouting',
  category: 'spam',
  title: 'All-caps shouting',
  description: 'Several words in a row in capitals. It reads as shouting and is a common mark of spam; acronyms such as EU or CEO are fine. Shown with strict checking, since capitals are often just a habit.',
  example: 'THIS IS THE BEST DEAL YOU WILL EVER SEE',
  severity: 'info',
  check(doc, { strict }) {
    // Every hit is a note for strict checking (see its sureness below).
    if (strict === false || !TWO_CAPITALS.test(doc.text)) return [];
    const hits: Hit[] = [];
    const tokens = doc.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (capsOf(doc, i) !== 'shout') {
        i++;
        continue;
      }
      let last = i;
      let words = 0;
      let letters = 0;
      let j = i;
      for (; j < tokens.length; j++) {
        const caps = capsOf(doc, j);
        if (caps === 'normal') break;
        if (caps === 'shout') {
          last = j;
          words++;
          letters += tokens[j]!.norm.length;
        }
      }
      if (words >= RUN_WORDS || (words === 2 && letters >= PAIR_LETTERS)) {
        const start = tokens[i]!.start;
        const end = tokens[last]!.end;
        hits.push({
          start,
          end,
          message: {
            en: 'Words in capitals read as shouting and make a post look like spam. Let the words carry the weight.',
            sv: 'Ord i versaler läses som att du skriker och får inlägget att se ut som spam. Låt orden göra jobbet.',
            nb: 'Ord med store bokstaver leses som roping og får innlegget til å se ut som spam. La ordene gjøre jobben.',
            da: 'Ord med store bogstaver læses som råb og får opslaget til at ligne spam. Lad ordene gøre arbejdet.',
            de: 'Wörter in Großbuchstaben wirken wie Schreien und lassen einen Beitrag nach Spam aussehen. Lass die Worte wirken.',
          },
          suggestions: [quieted(doc, i, last)],
          // Capitals are as much a habit of casual and caps-lock writers as a mark of spam
          // (measured on SMS and tweets): shown when the user asks for strict checking.
          sureness: 0,
        });
      }
      i = j;
    }
    return hits;
  },
};

/** The run in lower case, acronyms kept, each sentence's first word capitalised. */
function quieted(doc: Doc, first: number, last: number): string {
  let out = '';
  let at = doc.tokens[first]!.start;
  for (let i = first; i <= last; i++) {
    const token = doc.tokens[i]!;
    out += doc.text.slice(at, token.start);
    const word = doc.text.slice(token.start, token.end);
    const opens = doc.sentences[token.sentence]!.firstToken === i;
    out += capsOf(doc, i) === 'shout' ? (opens ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()) : word;
    at = token.end;
  }
  return out;
}

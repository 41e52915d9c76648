/** Swearing and vulgar words, graded by how surely they are vulgar, and the raised middle finger. */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Cut } from '../../text/tokens';
import type { Hit, Lang, Localized } from '../../types';
import { hideableWords, type HideableWord } from './data/profanity';
import { listRule } from './list-rule';
import { listMatches, type HostileList } from './match';

const MESSAGE: Localized = {
  en: 'Swearing puts many readers off and makes the post look careless. Leave it out or pick a plainer word.',
  sv: 'Svordomar stöter bort många läsare och får inlägget att verka slarvigt. Stryk det eller välj ett lugnare ord.',
  nb: 'Banning skyver mange lesere bort og får innlegget til å virke slurvete. Stryk det eller velg et roligere ord.',
  da: 'Bandeord skubber mange læsere væk og får opslaget til at virke sjusket. Stryg det eller vælg et roligere ord.',
  de: 'Fluchen schreckt viele Leser ab und lässt den Beitrag nachlässig wirken. Lass es weg oder wähle ein ruhigeres Wort.',
};

const HIDDEN_MESSAGE: Localized = {
  en: 'Readers fill in the missing letters: a swear word with dots or stars is still swearing. Leave it out or pick a plainer word.',
  sv: 'Läsarna fyller i bokstäverna som fattas: en svordom med punkter eller stjärnor är ändå en svordom. Stryk den eller välj ett lugnare ord.',
  nb: 'Leserne fyller inn bokstavene som mangler: et banneord med prikker eller stjerner er fortsatt banning. Stryk det eller velg et roligere ord.',
  da: 'Læserne udfylder de manglende bogstaver: et bandeord med prikker eller stjerner er stadig et bandeord. Stryg det eller vælg et roligere ord.',
  de: 'Leser ergänzen die fehlenden Buchstaben: Ein Schimpfwort mit Punkten oder Sternchen bleibt ein Schimpfwort. Lass es weg oder wähle ein ruhigeres Wort.',
};

/**
 * How many different swear words the letters shown may stand for ("sch***": Scheiße, Scheiss,
 * Schwanzlutscher). Words that only extend another (Scheiße, Scheißkerl) count as that one.
 */
const MAX_READINGS = 3;

let hideable: HideableWord[] | undefined;

/** Index of the first word in the sorted list not before `head`. */
function firstFrom(words: readonly HideableWord[], head: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.word < head) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many letters a run may hide: stars roughly one each (people miscount), dots a few, or more
 * when letters after the dots pin the word down ("A...loch").
 */
function mostHidden({ tail, run }: Cut, byStars: boolean): number {
  if (byStars) return run + 2;
  return tail === '' ? 2 : 5;
}

/**
 * Whether the letters around a run of dots or stars read as a listed swear word: enough letters
 * shown (a word cut by dots shows four, as dots also trail off; one star after a word is a
 * footnote), and at least one and at most a few swear words fit them ("usw...", "naja..." fit none).
 */
function readsAsSwearing(cut: Cut, byStars: boolean, langs: ReadonlySet<Lang>): boolean {
  const { head, tail, run } = cut;
  const shown = head.length + tail.length;
  if (shown < 3 || (tail === '' && (byStars ? run < 2 : head.length < 4))) return false;
  const longest = shown + mostHidden(cut, byStars);
  hideable ??= hideableWords();
  const readings: string[] = [];
  for (let i = firstFrom(hideable, head); i < hideable.length && hideable[i]!.word.startsWith(head); i++) {
    const { word, lang, anywhere, notIn } = hideable[i]!;
    if (word.length <= head.length || word.length < shown || word.length > longest || !word.endsWith(tail)) continue;
    if (!(anywhere || langs.has(lang)) || notIn?.some((other) => langs.has(other))) continue;
    if (readings.some((reading) => word.startsWith(reading))) continue;
    readings.push(word);
    if (readings.length > MAX_READINGS) return false;
  }
  return readings.length > 0;
}

/** The lists that read words; a masked word one of them has read is not read again here. */
const WORD_LISTS: HostileList[] = ['threat', 'slur', 'insult', 'profanity'];

/** Words cut off or masked whose letters fit a swear word, where no list has read them already. */
function hiddenSwearing(doc: Doc): Hit[] {
  let read: Set<number> | undefined;
  const hits: Hit[] = [];
  for (const token of doc.tokens) {
    if (!token.cut || !readsAsSwearing(token.cut, token.masked === true, doc.sentenceLangs[token.sentence]!)) continue;
    read ??= new Set(WORD_LISTS.flatMap((list) => listMatches(doc, list).map((match) => match.start)));
    if (read.has(token.start)) continue;
    hits.push({ start: token.start, end: token.cut.end, message: HIDDEN_MESSAGE, suggestions: [''], sureness: 1 });
  }
  return hits;
}

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
    return [...listed.check(doc, context), ...gestures, ...hiddenSwearing(doc)];
  },
};

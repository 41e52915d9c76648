/** Swearing and vulgar words, graded by how surely they are vulgar, and the raised middle finger. */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import { cutWords, type Cut } from '../../text/tokens';
import type { Hit, Lang, Localized } from '../../types';
import { hideableWords, type HideableWord } from './data/profanity';
import { listRule } from './list-rule';
import { listMatches, WORD_LISTS } from './match';

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
 * How many different swear words the letters shown may stand for ("sch***": Scheiße,
 * Schwanzlutscher). Words that only extend another (Scheiße, Scheißkerl) or spell it otherwise
 * (Scheisse) count as that one.
 */
const MAX_READINGS = 3;

let hideable: HideableWord[] | undefined;

/** One spelling for the ways a word is typed (jävla, jævla, jaevla, javla; scheiß, scheiss): they count as one reading. */
function plainKey(word: string): string {
  return word.replace(/[äæå]/g, 'a').replace(/[öø]/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss').replace(/ae|aa/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

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

/** Two or more dots trail off as often as they hide letters, and say nothing of how many. */
const DOTS = /^\.{2,}$/;

/**
 * How many letters more than shown a cut word may have: about one a mark where each mark stands
 * for a letter (people miscount stars), a few behind dots, more when letters after the dots pin
 * the word down ("A...loch").
 */
function mostHidden({ tail, marks }: Cut): number {
  if (!DOTS.test(marks)) return marks.length + 2;
  return tail === '' ? 2 : 5;
}

/**
 * Whether enough letters show to read a swear word in: three, or two where each mark is a letter
 * and the length must fit exactly ("f--k"); four before dots that end the word, as dots also trail
 * off; one mark at the end is a footnote or a full stop, and one dot after an initial starts a name
 * ("C.Esser") unless few letters follow.
 */
function showsEnough({ head, tail, marks }: Cut): boolean {
  const shown = head.length + tail.length;
  const dots = DOTS.test(marks);
  if (shown < 2 || (shown === 2 && (dots || marks === '.'))) return false;
  if (tail === '' && (dots ? head.length < 4 : marks.length < 2)) return false;
  return !(marks === '.' && head.length === 1 && tail.length > 3);
}

/**
 * Whether the letters around a run of marks, where enough show, read as a listed swear word: at
 * least one and at most a few swear words fit them ("usw...", "E-Mail" fit none).
 */
function readsAsSwearing(cut: Cut, langs: ReadonlySet<Lang>): boolean {
  const { head, tail, marks } = cut;
  const dots = DOTS.test(marks);
  const slack = head.length + tail.length < 3 ? 0 : mostHidden(cut);
  hideable ??= hideableWords();
  let readings: string[] = [];
  for (let i = firstFrom(hideable, head); i < hideable.length && hideable[i]!.word.startsWith(head); i++) {
    const { word, stem, lang, anywhere, notIn } = hideable[i]!;
    if (word.length <= head.length || !fitsAround(word, stem, cut, slack, dots)) continue;
    if (!(anywhere || langs.has(lang)) || notIn?.some((other) => langs.has(other))) continue;
    const key = plainKey(word);
    if (readings.some((reading) => key.startsWith(reading))) continue;
    readings = readings.filter((reading) => !reading.startsWith(key));
    readings.push(key);
    if (readings.length > MAX_READINGS) return false;
  }
  return readings.length > 0;
}

/**
 * Whether a listed word starting with the head fits the tail with at most `slack` letters more
 * than shown (`slack` 0: exactly one letter a mark). A stem (`verfickt*`) may go on past what is
 * listed, so the tail may overlap its end: by two letters, or by one with an ending of one or two
 * letters after it where the marks count letters ("verf***te": verfickte). A tail after the stem
 * is no reading: "t-shirt" is no "twat" with "shirt" after it, "k..any" no "knulla".
 */
function fitsAround(word: string, stem: boolean, cut: Cut, slack: number, dots: boolean): boolean {
  const { head, tail, marks } = cut;
  const shown = head.length + tail.length;
  if (slack === 0) return !stem && word.length === shown + marks.length && word.endsWith(tail);
  if (!stem || tail === '') return word.length >= shown && word.length <= shown + slack && word.endsWith(tail);
  for (let length = Math.max(shown, word.length); length <= shown + slack; length++) {
    const overlap = word.length - (length - tail.length);
    if (overlap < 1 || !word.endsWith(tail.slice(0, overlap))) continue;
    if (overlap >= 2 || overlap === tail.length || (!dots && tail.length - overlap <= 2)) return true;
  }
  return false;
}


/** Words cut off or masked whose letters fit a swear word, where no list has read them already. */
function hiddenSwearing(doc: Doc): Hit[] {
  let read: Set<number> | undefined;
  const hits: Hit[] = [];
  // The same cut word in sentences of the same languages (one shared set) reads the same ("a-a-a-…").
  const answers = new Map<ReadonlySet<Lang>, Map<string, boolean>>();
  for (const { index, cut } of cutWords(doc.tokens, doc.folded)) {
    if (!showsEnough(cut)) continue;
    const token = doc.tokens[index]!;
    const langs = doc.sentenceLangs[token.sentence]!;
    const known = answers.get(langs) ?? new Map<string, boolean>();
    answers.set(langs, known);
    const key = `${cut.head} ${cut.marks} ${cut.tail}`;
    let swearing = known.get(key);
    if (swearing === undefined) known.set(key, (swearing = readsAsSwearing(cut, langs)));
    if (!swearing) continue;
    // A masked word one of the word lists has read is not read again here.
    read ??= new Set(WORD_LISTS.flatMap((list) => listMatches(doc, list).map((match) => match.start)));
    if (read.has(token.start)) continue;
    hits.push({ start: token.start, end: cut.end, message: HIDDEN_MESSAGE, suggestions: [''], sureness: 1 });
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

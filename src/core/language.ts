/**
 * Which supported languages a post and each of its sentences are in.
 *
 * Short posts defeat trigram models (language.md: franc is right on ~60 % of short Nordic posts),
 * so the first signal is cheap and sure: very common function words and the letters only some of
 * the languages use. franc, restricted to the six languages, adds its vote on longer posts.
 * A sentence that Bokmål, Nynorsk and Danish score alike gets all three: their word lists apply
 * together rather than on a guess.
 */
import type { Token } from './text/tokens';
import { trigramScorer } from './trigrams';
import type { Lang } from './types';
import { LANGUAGES } from './types';

// Words frequent in one language's everyday writing. A word listed for k languages counts 1/k
// for each, so the distinctive ones (och, ikkje, hvad, und) decide.
const FUNCTION_WORDS: Record<Lang, string> = {
  en: "the and you your you're is are this that with for of to it it's my we our not no yes be have has had what if in on at just was will can all they he she don't i'm me been from would there their about an as or by but one more like only than them then these those very really because who why how when out up do did get got good people never always",
  sv: 'och är det att jag du inte som för med på en ett har var vi de men om så av till kan ska här mig dig sig också någon något några bara eller när hur vad mycket efter sedan nu från vara blir blev tack hej lite igen mer sån sådan hade dem oss vår våra varför aldrig alltid väl nog ju den han hon',
  nb: 'og er det at jeg du ikke som for med på en et har var vi de men om så av til kan skal her meg deg seg også noen noe bare eller når hvordan hva mye etter nå fra være blir ble takk hei fikk litt igjen mer sånn hadde dem oss vår våre hvorfor aldri alltid ute blitt syns den der han hun',
  nn: 'og er det at eg du ikkje som for med på ein eit har var vi dei men om så av til kan skal her meg deg seg òg nokon noko berre eller når korleis kva mykje etter no frå vere blir vart takk hei fekk litt igjen meir slik hadde dei oss vår våre kvifor aldri alltid ute blitt synest ho han me den der',
  da: 'og er det at jeg du ikke som for med på en et har var vi de men om så af til kan skal her mig dig sig også nogen noget bare eller når hvordan hvad meget efter nu fra være bliver blev tak hej fik lidt igen mere sådan havde dem os vores hvorfor aldrig altid ude blevet synes jo lige nemlig fanden den der han hun have skulle',
  de: 'und ist das der die ich du nicht sie mit auf ein eine einen einem einer hat war wir aber wenn so von zu kann hier mich dich sich auch nur oder wie was sehr nach den dem es für sind haben werden wird wurde bin mir uns euch ihr ihre sein seine kein keine noch schon jetzt immer alle mal doch dass weil im zum zur vom beim gibt gegen ohne warum heute mehr viel viele',
};

const LETTER_SIGNALS: Array<[string, Lang[]]> = [
  ['æø', ['nb', 'nn', 'da']],
  ['äö', ['sv', 'de']],
  ['üß', ['de']],
  ['å', ['sv', 'nb', 'nn', 'da']],
];
/** Which signal (index into LETTER_SIGNALS) each of its letters gives. */
const SIGNAL_OF = new Map<number, number>(LETTER_SIGNALS.flatMap(([letters], signal) => [...letters].map((letter): [number, number] => [letter.charCodeAt(0), signal])));
const FIRST_SIGNAL_CODE = Math.min(...SIGNAL_OF.keys());

const FRANC_CODES: Record<string, Lang> = { eng: 'en', swe: 'sv', nob: 'nb', nno: 'nn', dan: 'da', deu: 'de' };
const FRANC_MIN_LENGTH = 40;
const francVote = trigramScorer(Object.keys(FRANC_CODES), FRANC_MIN_LENGTH);
const FRANC_SAMPLE = 600;
const SCANDINAVIAN: Lang[] = ['nb', 'nn', 'da'];

/**
 * Scores are kept by language number (its place in LANGUAGES) and sets of languages as bit masks:
 * a long post has dozens of sentences, each scored and given a set, and objects keyed by language
 * name and a new set per sentence made up a third of the time spent here.
 */
type Scores = Float64Array;
const langNumber = (lang: Lang) => LANGUAGES.indexOf(lang);
const ALL_LANGS = (1 << LANGUAGES.length) - 1;

const wordWeights = new Map<string, Array<[number, number]>>();
for (const lang of LANGUAGES) {
  for (const word of FUNCTION_WORDS[lang].split(' ')) {
    const list = wordWeights.get(word) ?? [];
    if (!list.some(([l]) => l === langNumber(lang))) list.push([langNumber(lang), 0]);
    wordWeights.set(word, list);
  }
}
for (const list of wordWeights.values()) for (const pair of list) pair[1] = 1 / list.length;
const LETTER_LANGS = LETTER_SIGNALS.map(([, langs]) => langs.map(langNumber));

function emptyScores(): Scores {
  return new Float64Array(LANGUAGES.length);
}

/** One set per mask, shared: sentences mostly end up with the same few. */
const setsByMask: Array<ReadonlySet<Lang> | undefined> = [];
function setOf(mask: number): ReadonlySet<Lang> {
  return (setsByMask[mask] ??= new Set(LANGUAGES.filter((_, l) => (mask & (1 << l)) !== 0)));
}

/** How often each letter signal occurs in [start, end) of the folded text. */
function countLetters(folded: string, start: number, end: number): number[] {
  const counts = LETTER_SIGNALS.map(() => 0);
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (code < FIRST_SIGNAL_CODE) continue;
    const signal = SIGNAL_OF.get(code);
    if (signal !== undefined) counts[signal]!++;
  }
  return counts;
}

function addLetterScores(scores: Scores, counts: readonly number[]): void {
  for (let signal = 0; signal < LETTER_LANGS.length; signal++) {
    const langs = LETTER_LANGS[signal]!;
    const count = Math.min(3, counts[signal]!);
    for (const lang of langs) scores[lang]! += (0.5 * count) / langs.length;
  }
}

/** The languages whose scores come near the best one, as a mask; 0 when there is too little signal. */
function pick(scores: Scores, minimum: number): number {
  let best = 0;
  for (let l = 0; l < scores.length; l++) best = Math.max(best, scores[l]!);
  if (best < minimum) return 0;
  let mask = 0;
  for (let l = 0; l < scores.length; l++) if (scores[l]! >= best * 0.75) mask |= 1 << l;
  return mask;
}

export interface LanguageReport {
  /** The post's main language, or 'und'. */
  main: Lang | 'und';
  /** The languages whose lists apply to each sentence. */
  sentences: ReadonlySet<Lang>[];
}

export function detectLanguages(
  folded: string,
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ fstart: number; fend: number }>,
  pinned?: readonly Lang[],
): LanguageReport {
  if (pinned && pinned.length > 0) {
    const set = new Set(pinned);
    return { main: pinned[0]!, sentences: sentences.map(() => set) };
  }

  // One pass over the words and one over the letters score the post and each sentence alike.
  const post = emptyScores();
  const bySentence = sentences.length > 1 ? sentences.map(() => emptyScores()) : [];
  for (const token of tokens) {
    const weights = token.kind === 'word' ? wordWeights.get(token.norm) : undefined;
    if (!weights) continue;
    const sentence = bySentence[token.sentence];
    for (const [lang, weight] of weights) {
      post[lang]! += weight;
      if (sentence) sentence[lang]! += weight;
    }
  }
  const letters = sentences.map(({ fstart, fend }) => countLetters(folded, fstart, fend));
  addLetterScores(post, LETTER_SIGNALS.map((_, signal) => letters.reduce((sum, counts) => sum + counts[signal]!, 0)));
  // franc costs about 0.3 ms per 1,000 letters: ask it only when function words leave the choice
  // open, on a sample long enough for trigrams to mean something.
  const sure = pick(post, 3);
  // Unless exactly one language stands out.
  if (sure === 0 || (sure & (sure - 1)) !== 0) {
    const letters = folded.slice(0, FRANC_SAMPLE).replace(/[^\p{L}]+/gu, ' ');
    if (letters.length >= FRANC_MIN_LENGTH) {
      const [top, second] = francVote(letters);
      if (top && top[0] !== 'und' && (!second || top[1] - second[1] >= 0.02)) {
        // Trigrams mean little on short text (language.md: 62 % right on short Nordic posts), so
        // the vote grows with the sample; and franc mixes up Bokmål, Nynorsk and Danish, so its
        // pick among them counts for all three.
        const vote = Math.min(2, letters.length / 150);
        const lang = FRANC_CODES[top[0]]!;
        for (const voted of SCANDINAVIAN.includes(lang) ? SCANDINAVIAN : [lang]) post[langNumber(voted)]! += vote;
      }
    }
  }
  const postLangs = pick(post, 0.5);
  // The first of the picked languages with the highest score.
  let main = -1;
  for (let l = 0; l < LANGUAGES.length; l++) if ((postLangs & (1 << l)) !== 0 && (main < 0 || post[l]! > post[main]!)) main = l;
  const postSet = setOf(postLangs || ALL_LANGS);

  const perSentence = sentences.map((_, index) => {
    const scores = bySentence[index];
    if (!scores) return postSet;
    addLetterScores(scores, letters[index]!);
    const langs = pick(scores, 2);
    return langs === 0 ? postSet : setOf(langs);
  });
  return { main: main < 0 ? 'und' : LANGUAGES[main]!, sentences: perSentence };
}

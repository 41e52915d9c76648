/**
 * Who a word is aimed at. "You idiot", "du är en idiot", "din jævla taper" and "du bist so ein
 * Vollidiot" aim at the reader; "he is a moron" says it of someone; "I'm such an idiot" is about
 * oneself. Read by walking back from the word over a few filler words (articles, copulas,
 * intensifiers), so the cost is a handful of lookups per hit.
 */
import type { Doc } from '../../doc';
import type { Lang } from '../../types';
import { LANGUAGES } from '../../types';

export type Target = 'reader' | 'someone' | 'self' | 'none';

type WordSets = Record<Lang, string>;

const SECOND_PERSON: WordSets = {
  en: "you u ya ye your ur you're youre ur yourself yall y'all you’re y’all",
  sv: 'du dig din ditt dina ni er era',
  nb: 'du deg din ditt dine dere',
  nn: 'du deg din ditt dine dykk',
  da: 'du dig din dit dine jer',
  de: 'du dich dir dein deine deinen ihr euch euer eure sie',
};

const FIRST_PERSON: WordSets = {
  en: "i i'm im me myself i’m",
  sv: 'jag mig',
  nb: 'jeg meg',
  nn: 'eg meg',
  da: 'jeg mig',
  de: 'ich mich bin',
};

/** Words that say something of someone: copulas and exclamations ("what a", "such a"). */
const PREDICATE: WordSets = {
  en: "is are was were be being such what he's she's they're he’s she’s they’re",
  sv: 'är var vara sån sådan sådana vilken vilka',
  nb: 'er var være slik sånn sånne for',
  nn: 'er var vere slik sånn',
  da: 'er var være sådan sån sikke',
  de: 'ist sind bist seid war waren sein solche solcher solch welch was für',
};

/** Words that may stand between a target word and the insult: articles, intensifiers. */
const FILLER: WordSets = {
  en: 'a an the so such total complete absolute real utter fucking fuckin fkn bloody damn just another big little old stupid dumb ignorant pathetic useless lying',
  sv: 'en ett så helt totalt riktig riktigt jävla jäkla förbannade fucking dum dumma lilla stora gamla jävel',
  nb: 'en ei et så helt totalt skikkelig jævla jævlige forbanna fucking dumme lille store gamle',
  nn: 'ein ei eit så heilt totalt skikkeleg jævla fucking dumme vesle store gamle',
  da: 'en et så helt totalt rigtig fandens forbandede fucking skide dumme lille store gamle',
  de: 'ein eine einer einen so total voll echt richtig verdammter verdammte verdammten blöder blöde blöden dummer dumme dummen kleiner kleine elender elende alter alte',
};

function compile(sets: WordSets): Map<string, Set<Lang>> {
  const map = new Map<string, Set<Lang>>();
  for (const lang of LANGUAGES) {
    for (const word of sets[lang].split(' ')) {
      const langs = map.get(word) ?? new Set<Lang>();
      langs.add(lang);
      map.set(word, langs);
    }
  }
  return map;
}

const secondPerson = compile(SECOND_PERSON);
const firstPerson = compile(FIRST_PERSON);
const predicate = compile(PREDICATE);
const filler = compile(FILLER);

function isIn(map: Map<string, Set<Lang>>, word: string, langs: ReadonlySet<Lang>): boolean {
  const wordLangs = map.get(word);
  if (!wordLangs) return false;
  for (const lang of wordLangs) if (langs.has(lang)) return true;
  return false;
}

const LOOK_BACK = 5;

/**
 * Whom the words starting at token `first` are aimed at, and the token where the aim begins
 * (the "you" of "you idiot"), so a finding can cover the whole insult.
 */
export function targetOf(doc: Doc, first: number): { target: Target; from: number } {
  const tokens = doc.tokens;
  const sentence = tokens[first]!.sentence;
  const langs = doc.sentenceLangs[sentence]!;
  let saidOf = false;
  for (let i = first - 1; i >= 0 && first - i <= LOOK_BACK; i--) {
    const token = tokens[i]!;
    if (token.sentence !== sentence || token.kind !== 'word') break;
    const word = token.norm;
    if (isIn(secondPerson, word, langs)) return { target: 'reader', from: i };
    if (isIn(firstPerson, word, langs)) return { target: 'self', from: first };
    if (isIn(predicate, word, langs)) saidOf = true;
    else if (!isIn(filler, word, langs)) break;
  }
  return { target: saidOf ? 'someone' : 'none', from: first };
}

/**
 * Who a word is aimed at. "You idiot", "du är en idiot", "din jævla taper", "du bist so ein
 * Vollidiot" and "Nazis wie Sie" aim at the reader; "he is a moron" says it of a person; "this is
 * stupid" of something; "I'm such an idiot" is about oneself. Read by walking back from the word
 * over a few filler words (articles, copulas, intensifiers), and a few words forward for German
 * word order ("weil die Politiker alle korrupt sind", "Sind die Türken alle so aggressiv?"), so the
 * cost is a handful of lookups per hit.
 */
import type { Doc } from '../../doc';
import { compileWordSets as compile, isIn, type WordSets } from './word-sets';

export type Target = 'reader' | 'person' | 'something' | 'self' | 'none';

const SECOND_PERSON: WordSets = {
  en: "you u ya ye your ur you're youre yourself yall y'all you’re y’all",
  sv: 'du dig din ditt dina ni er era',
  nb: 'du deg din ditt dine dere',
  nn: 'du deg din ditt dine dykk',
  da: 'du dig din dit dine jer',
  de: 'du dich dir dein deine deinen ihr euch euer eure sie',
};

const THIRD_PERSON: WordSets = {
  en: 'he she they',
  sv: 'han hon hen de dom',
  nb: 'han hun de',
  nn: 'han ho dei',
  da: 'han hun de',
  de: 'er sie der die diese dieser',
};

/**
 * People and groups that contempt is aimed at ("liberals are corrupt", "die Grünen sind einfach
 * realitätsfern", "politikerne er inkompetente"): like "he" or "they", they make a word said of
 * them name-calling.
 */
const GROUP: WordSets = {
  en: `people men women liberals libs leftists lefties democrats dems republicans conservatives
    progressives socialists communists feminists muslims immigrants illegals politicians journalists media reporters
    cops voters supporters trumpers trumpsters antifa americans celebrities`,
  sv: `folk människor män kvinnor killar tjejer politiker politikerna journalister journalisterna media medierna
    invandrare invandrarna muslimer muslimerna feminister sossar sossarna vänstern svenskar svenskarna danskar
    danskarna norrmän norrmännen regeringen killen typen tyskar tyskarna judar judarna utlänningar utlänningarna
    flyktingar flyktingarna araber araberna somalier somalierna feministerna sverigedemokrater sverigedemokraterna
    moderaterna eliten`,
  nb: `folk mennesker menn kvinner politikere politikerne journalister journalistene mediene innvandrere innvandrerne
    muslimer muslimene feminister svensker svenskene dansker danskene nordmenn regjeringen fyren mannen typen
    tyskere tyskerne jøder jødene utlendinger utlendingene flyktninger flyktningene somaliere somalierne feministene
    eliten`,
  nn: `folk menneske menn kvinner politikarar politikarane journalistar journalistane innvandrarar muslimar feministar
    svenskar dansker nordmenn regjeringa karen mannen typen tyskarar jødar utlendingar flyktningar eliten`,
  da: `folk mennesker mænd kvinder politikere politikerne journalister journalisterne medierne indvandrere indvandrerne
    muslimer muslimerne feminister svenskere svenskerne svensken nordmænd nordmændene danskere danskerne regeringen
    fyren manden typen tyskere tyskerne jøder jøderne udlændinge udlændingene flygtninge flygtningene somaliere
    somalierne arabere araberne feministerne socialdemokraterne venstrefløjen eliten jyder københavnere`,
  de: `leute menschen männer frauen typen politiker journalisten medien grünen grüne linke linken rechte rechten sozis
    moslems muslime islamisten türken araber afrikaner flüchtlinge ausländer migranten asylanten deutsche deutschen
    gutmenschen regierung kanzlerin partei parteien spd cdu csu afd fdp mann frau typ kerl
    juden christen katholiken zuwanderer einwanderer asylbewerber geflüchteten syrer afghanen marokkaner nordafrikaner
    schwarzafrikaner albaner rumänen bulgaren polen russen amerikaner franzosen italiener griechen österreicher
    schweizer ossis wessis sozialdemokraten konservativen liberalen kommunisten nazis faschisten abgeordneten
    minister bundesregierung regierenden bonzen eliten beamten richter polizisten bullen lehrer reporter redakteure
    presse journaille schreiberlinge demonstranten aktivisten feministinnen schwule lesben rentner ökos linksgrünen
    kanzler präsident präsidentin ministerin bürgermeister bürgermeisterin journalist journalistin moderator
    moderatorin autor autorin chef chefin trainer schiedsrichter kollege kollegin nachbar nachbarin kerle weiber`,
};

/** A second person that is also an everyday word, so it counts only before a copula: Danish "I er" (you are), not "i" (in). */
const YOU_BEFORE_COPULA: WordSets = { en: '', sv: '', nb: '', nn: '', da: 'i', de: '' };

/** A person and a copula in one word ("he's a fraud"). */
const PERSON_IS: WordSets = {
  en: "he's she's they're he’s she’s they’re hes shes theyre",
  sv: '',
  nb: '',
  nn: '',
  da: '',
  de: '',
};

const FIRST_PERSON: WordSets = {
  en: "i i'm im me myself i’m",
  sv: 'jag mig',
  nb: 'jeg meg',
  nn: 'eg meg',
  da: 'jeg mig',
  de: 'ich mich bin',
};

/** Words that say something of someone: copulas, exclamations ("what a", "such a") and pointing words ("diese Pfeife"). */
const PREDICATE: WordSets = {
  en: "is are was were be being such what it's it’s these those",
  sv: 'är var vara sån sådan sådana vilken vilka dessa',
  nb: 'er var være slik sånn sånne for disse',
  nn: 'er var vere slik sånn desse',
  da: 'er var være sådan sån sikke disse',
  de: 'ist sind bist seid seit war waren sein solche solcher solch welch was für dieser diese dieses diesen diesem',
};

/** Words that may stand between a target word and the insult: articles, intensifiers. */
const FILLER: WordSets = {
  en: 'a an the so such total complete absolute real utter fucking fuckin fkn bloody damn just another big little old stupid dumb ignorant pathetic useless lying very really too all absolutely totally completely utterly truly nothing but bunch of either',
  sv: 'en ett så helt totalt riktig riktigt jävla jäkla förbannade fucking dum dumma lilla stora gamla jävel fan bara verkligen ju alla också väldigt fullständigt',
  nb: 'en ei et så helt totalt skikkelig jævla jævlige forbanna fucking dumme lille store gamle jo faen fandme bare virkelig alle også nok vel fullstendig',
  nn: 'ein ei eit så heilt totalt skikkeleg jævla fucking dumme vesle store gamle jo faen berre verkeleg alle òg nok vel',
  da: 'en et så helt totalt rigtig fandens forbandede fucking skide dumme lille store gamle jo da fandme sgu bare virkelig kraftedeme alle også nok vel lige fuldstændig komplet',
  de: 'ein eine einer einen so total voll echt richtig verdammter verdammte verdammten blöder blöde blöden dummer dumme dummen kleiner kleine elender elende alter alte doch halt nur ja wirklich einfach alle allesamt absolut völlig komplett vollkommen ganz extrem unglaublich dermaßen derart ziemlich wieder noch schon eben auch nichts als eigentlich wohl immer mal nun eh sowieso durchweg grundsätzlich',
};

/**
 * German words after the word that say it of someone: a copula at the end of a clause ("weil die
 * Politiker alle korrupt sind") or before the subject ("wie korrupt diese Regierung ist"), or a
 * pointing word ("peinlich, diese Frau").
 */
const SAID_AFTER: WordSets = { en: '', sv: '', nb: '', nn: '', da: '', de: 'ist sind seid bist war waren diese dieser dieses' };

/** "Nazis wie Sie", "idiots like you": a comparison that points at the reader after the word. */
const LIKE: WordSets = { en: 'like', sv: 'som', nb: 'som', nn: 'som', da: 'som', de: 'wie' };

const secondPerson = compile(SECOND_PERSON);
const thirdPerson = compile(THIRD_PERSON);
const group = compile(GROUP);
const personIs = compile(PERSON_IS);
const firstPerson = compile(FIRST_PERSON);
const predicate = compile(PREDICATE);
/**
 * "Nothing but" in the Nordic languages, three words (joined by _) read past like one filler:
 * "du er ikke annet enn en taper", where "ikke" alone would make "du er ikke dum" an insult.
 */
const NOTHING_BUT: WordSets = {
  en: '',
  sv: 'inget_annat_än inte_annat_än ingenting_annat_än',
  nb: 'ikke_annet_enn ingenting_annet_enn',
  nn: 'ikkje_anna_enn ingenting_anna_enn',
  da: 'ikke_andet_end intet_andet_end ingenting_andet_end',
  de: '',
};

const filler = compile(FILLER);
const nothingBut = compile(NOTHING_BUT);
const like = compile(LIKE);
const youBeforeCopula = compile(YOU_BEFORE_COPULA);
const saidAfter = compile(SAID_AFTER);

const LOOK_BACK = 6;

/**
 * Whom the words in tokens [first, end) are aimed at, and the tokens [from, to) the aim spans
 * (the "you" of "you idiot"), so a finding can cover the whole insult.
 */
export function targetOf(doc: Doc, first: number, end: number): { target: Target; from: number; to: number } {
  const tokens = doc.tokens;
  const sentence = tokens[first]!.sentence;
  const langs = doc.sentenceLangs[sentence]!;
  const word = (i: number) => {
    const token = tokens[i];
    return token && token.sentence === sentence && token.kind === 'word' ? token.norm : undefined;
  };
  const isGroup = (w: string) => isIn(group, w, langs);
  const next = word(end);
  const after = word(end + 1);
  if (next !== undefined && after !== undefined && isIn(like, next, langs) && isIn(secondPerson, after, langs)) {
    return { target: 'reader', from: first, to: end + 2 };
  }
  let saidOf = false;
  // A group word passed on the way back: "Sind die Türken alle so …" asks it of them.
  let passedGroup = false;
  for (let i = first - 1; i >= 0 && first - i <= LOOK_BACK; i--) {
    const before = word(i);
    if (before === undefined) break;
    const beforeCopula = i + 1 < first && isIn(predicate, word(i + 1) ?? '', langs);
    if (isIn(secondPerson, before, langs) || (beforeCopula && isIn(youBeforeCopula, before, langs))) {
      return { target: 'reader', from: i, to: end };
    }
    if (isIn(firstPerson, before, langs)) return { target: 'self', from: first, to: end };
    if (isIn(personIs, before, langs) || (saidOf && (isIn(thirdPerson, before, langs) || isGroup(before)))) {
      return { target: 'person', from: first, to: end };
    }
    if (isIn(predicate, before, langs)) {
      if (passedGroup) return { target: 'person', from: first, to: end };
      saidOf = true;
    }
    // "ihr Grünen …", "you liberals …": a group word before the aim is read past, like a filler.
    else if (isGroup(before)) passedGroup = true;
    else if (isIn(nothingBut, `${word(i - 2)}_${word(i - 1)}_${before}`, langs)) i -= 2;
    else if (!isIn(filler, before, langs) && !(passedGroup && isIn(thirdPerson, before, langs))) break;
  }
  // A copula or pointing word after the word, with a group on either side: "… die Politiker alle
  // korrupt sind", "wie korrupt diese Regierung ist". Articles are read past ("dumm ist die Idee" names no one).
  let linked = false;
  let someone = passedGroup;
  for (let i = end; i < end + 3; i++) {
    const after = word(i);
    if (after === undefined) break;
    if (isIn(saidAfter, after, langs)) linked = true;
    else if (isGroup(after)) someone = true;
    else if (!isIn(filler, after, langs) && !isIn(thirdPerson, after, langs)) break;
    if (linked && someone) return { target: 'person', from: first, to: end };
  }
  return { target: saidOf ? 'something' : 'none', from: first, to: end };
}

/**
 * Vulgar words, graded by how surely they are vulgar (2 = always, 1 = nearly always, 0 = only
 * worth a note when checking strictly).
 *
 * English is built from `cuss` (MIT, words/cuss by Titus Wormer): its rating 0–2 is the sureness,
 * after review. Rating 0 and most rating-1 words are topics rather than swearing (drug, sex, crack,
 * god), so only the rating-1 words below are kept; rating-2 words that are ordinary English or
 * belong to another list (insults, slurs) are left out. The Nordic and German lists were written
 * here, with the small lists of `naughty-words` (CC BY 4.0, LDNOOBW contributors) as a checklist:
 * their everyday words (Swedish "hård", "sås", "stake", "sätta på") are not included.
 * Loanwords that are swearing in every language ("fuck", "shit") are marked `anywhere`.
 */
import { cuss } from 'cuss';
import type { LexiconData } from '../../../lexicon';
import type { Lang, Sureness } from '../../../types';
import { graded, innocent, REMOVE, type HostileEntry } from './build';

/** cuss rating-1 words that are swearing rather than a topic. */
const CUSS_KEPT_AT_ONE = new Set(
  'bastard bitch bitches boob boobs cock damn dick dildo horny pecker pussy shit tits turd'.split(' '),
);

/** cuss rating-2 words that are ordinary English, names, fragments or too mild to flag. */
const CUSS_NOT_VULGAR = new Set(
  `barf beanbag beanbags bong booby booty boody bung bunga bunghole chug chugs chunger chungers chunkies chunky chunkys
  cocky dope dragqueen dragqween ero evl exkwew flange floo flydie flydye forni fu fubar gables geez geezer geni gipp
  gipps gubba gubbas gubs gummer gyp gyped gypp gypped hapa haole haoles hillbillies hillbilly hobo honger honkers
  hooters hore hori horis hork hoser ikwe jebus jeez jig jiga jigg jigger jiggers jiggs jiggy jigs juggalo kumquat
  cumquat kwa looser mams muncher noonan carruth dahmer orga panti payo piker pom poms pommie pommies pommy pud pudd
  puke quickie rere sadis sadom scallywag sexed sexing sexkitten shav sixsixsix slave slavedriver spit spitter
  spunk spunky sqeh squarehead squareheads stringer swalow taff tang teste thirdeye thirdleg tinker tinkers tortur
  triplex turnon twink twinkie uck usama jacktheripper vibr vomit wab weenie weewee welfare welcher wetb whash whiz
  whop willie wn wuss wuzzie xkwe yank yanks transvestite gypsy gypsies gypsys hick ho hoes bule bules gora goras
  lugan lugans redleg redlegs skwa skwe tuckahoe niggard niggarded niggarding niggardliness niggardlinesss niggards
  niggle niggled niggles niggling nigglings cohee mzungu mzungus kimchis sooty sooties chav commie redneck rednecks
  gringo gringos dink dinks nip ra8s pi55 wtf rigger pimp pimped pimper`.split(/\s+/),
);

/** cuss words that are ordinary words in another language the extension reads. */
const FALSE_FRIENDS: Record<string, readonly Lang[]> = {
  slut: ['sv', 'da', 'nb', 'nn'],
  sluts: ['sv', 'da', 'nb', 'nn'],
  prick: ['sv'],
  spick: ['sv'],
  puss: ['sv', 'nb', 'nn', 'da'],
  dick: ['de'],
  kraut: ['de'],
  krauts: ['de'],
  ass: ['de'],
  fag: ['da', 'nb', 'nn'],
};

/** The English words of other lists (insults, slurs): one finding per word. */
function englishWords(lists: ReadonlyArray<LexiconData<HostileEntry>>): Set<string> {
  const words = new Set<string>();
  for (const data of lists) for (const entry of data.en ?? []) words.add(entry.phrase.replace(/\*/g, ''));
  return words;
}

function fromCuss(listedElsewhere: ReadonlyArray<LexiconData<HostileEntry>>): HostileEntry[] {
  const elsewhere = englishWords(listedElsewhere);
  const entries: HostileEntry[] = [];
  for (const [word, rating] of Object.entries(cuss)) {
    if (CUSS_NOT_VULGAR.has(word) || elsewhere.has(word)) continue;
    if (rating === 2 || (rating === 1 && CUSS_KEPT_AT_ONE.has(word))) {
      const notIn = FALSE_FRIENDS[word];
      entries.push({ phrase: word, sureness: (word === 'shit' ? 2 : rating) as Sureness, suggestions: REMOVE, rare: true, ...(notIn && { notIn }) });
    }
  }
  return entries;
}

// Swear words with a calmer word to offer; listed first, so their suggestions win over the lists below.
const calmerEnglish = (): HostileEntry[] => [
  ...graded(2, `fucking, fuckin, fking, fkn`, { anywhere: true, suggestions: ['', 'really'] }),
  ...graded(1, `bullshit`, { anywhere: true, suggestions: ['nonsense'] }),
  ...graded(1, `shitty`, { anywhere: true, suggestions: ['poor'] }),
  ...graded(1, `crap`, { suggestions: ['rubbish'] }),
  ...graded(1, `crappy`, { suggestions: ['poor'] }),
  ...graded(1, `pissed off, pissed`, { suggestions: ['annoyed'] }),
];
const calmerSwedish = (): HostileEntry[] => [
  ...graded(1, `jävla, jävligt`, { suggestions: ['', 'väldigt'] }),
  ...graded(1, `skitsnack`, { suggestions: ['nonsens'] }),
];
const calmerDanoNorwegian = (): HostileEntry[] => [
  ...graded(1, `jævla, jævlig, jævlige`, { suggestions: ['', 'veldig'] }),
  ...graded(1, `fandme, fandeme, fanme`, { suggestions: ['', 'virkelig'] }),
  ...graded(1, `lort`, { suggestions: ['bras'] }),
];
const calmerGerman = (): HostileEntry[] => [
  ...graded(1, `scheiße, scheisse`, { suggestions: ['Mist'] }),
  ...graded(1, `beschissen`, { suggestions: ['schlecht'] }),
];

/** Swear words borrowed into every language the extension reads. */
const loanwords = (): HostileEntry[] => [
  ...graded(2, `fuck, fucks, fucked, fucking, fuckin, fucken, fuckers, fucker, motherfucker*, motherfucking,
    fuck you, fuck u, fuck off, fuck yourself, fuck this, fuck that, fuck it, stfu, gtfo,
    cunt*, *fucker, *fuckers, fck*, fuk, fuking, fking, fkn, fcking`, { anywhere: true, suggestions: [''] }),
  ...graded(1, `shit, shyt, shitty, shitshow, shitstorm, bullshit, *shit, bitch, bitches, asshole*, dickhead*, wtf, omfg`, {
    anywhere: true,
    suggestions: [''],
  }),
];

/** English swearing written here; the words taken from cuss are added in `profanityLists`. */
const english = (): HostileEntry[] => [
  ...graded(2, `fucking hell, son of a bitch, sons of bitches, piece of shit, shithole*, shithead*, dipshit*,
    jackshit, bitchass, kiss my ass, eat shit, suck my dick, suck my balls, twat*, wanker*,
    tosser, pissed off, piss off, screw you, bastards, asses, arses`, { suggestions: [''] }),
  ...graded(1, `damn, damned, dammit, goddamn*, crap, crappy, crapload, hell no, what the hell, the hell, smartass,
    suck it, bollocks, bugger, hoes, thot, thots, arse, ass, piss, pissed, pissing, screw this, arsehole*, jerkoff`, { suggestions: [''] }),
  ...graded(0, `bloody, sucks, sucked, screwed, freaking, frickin, friggin, effing, badass`, { suggestions: [''] }),
  ...innocent(`hell of a, a hell of, cock-up, honky tonk, honky-tonk, cum laude, summa cum laude, magna cum laude`),
];

/** Swear words of the Scandinavian languages that mean nothing else in any of them. */
const scandinavian = (): HostileEntry[] => [
  ...graded(2, `fitta, fittan, fittor, *fitta, fitte, fittene, *fitte, fisse, fissen, fisser, *fisse, kusse, kussen, kuk,
    kuken, kukar, kuker, kukene, knulla*, knulle*, *knullare, hora, horan, horor, hore, horen, horer, horunge*,
    horeunge*, rövhål*, rævhøl*, røvhul*, rasshøl*, kukhuvud*, kukhue*, kukhode*`, { suggestions: [''] }),
  ...graded(1, `jävla, jävlar, jävlars, jävel, jävlig*, javla, javlar, *jävlar, *jävel, *jävla, jævla, jævlig*, jævel,
    jævlar, jævler, *jævel, *jävlarna, *jäveln, *jævler, *jævlerne, helvete, helvetes, helvetet, helvede, helvedes, forhelvede, faen, faens, fy faen,
    fanden, fandme, fandeme, fandens, fuckhoved*, dritt, drittet, *dritt, kæft, kæften`, {
    suggestions: [''],
  }),
];

const swedish = (): HostileEntry[] => [
  ...graded(2, `kuksugare*, röv, röven, rövslickare*, arsle*, fittig*, sätt dig på en kuk`, { suggestions: [''] }),
  // English words too (a fan, a skit, Pitt, Satan): only when the sentence cannot be English.
  ...graded(1, `fan, skit, pitt, satan, satans`, { notIn: ['en'], suggestions: [''] }),
  ...graded(1, `fy fan, vad fan, för fan, fan också, fanskap*, åt helvete, dra åt helvete, sabla, skiten, skitsnack*,
    skitdålig*, skitig*, skitlåt*, skita, skiter, skit ner dig, pissa*, piss, pissig*, förbannade, förbannat, jävlaskap*, fittstim*, kukig*, runka*, runkare*, pittar`, { suggestions: [''] }),
  ...graded(0, `tusan, sjutton, attans, jäkla, jäklar, fasen, fy sjutton, skitsamma`, { suggestions: [''] }),
  ...innocent(`ett fan, stort fan, fan av, fan till, fans av, fan club`),
];

/** Bokmål, Nynorsk and Danish: short posts in them are hard to tell apart, so one list serves all three. */
const danoNorwegian = (): HostileEntry[] => [
  ...graded(2, `pikk, pikken, pikker, *pikk, ståpikk*, pik, pikken, pikke, *pik, pule, puler, pulet, hestkuk*,
    morrapuler*, morraknuller*, røvbanan*, bøsserøv*, kneppe*, luder, luderen, ludere, luderunge*, pikslikker*`, {
    suggestions: [''],
  }),
  ...graded(1, `satan, satans`, { notIn: ['en'], suggestions: [''] }),
  ...graded(1, `hva faen, for faen, faen heller, faen i helvete, faenskap*, satan i gata, drite*, driten,
    drit, ræva, ræv, ræven, føkk*, fucka, for fanden, hvad fanden, hva fanden, fandenivoldsk*, for helvede,
    satme, sateme, kraftedeme, kraftedme, kraftæde*, lort, lortet, lorte*, *lort, *lortet, møg*, møkk*, drittbra,
    drittjobb*, drittvær*, skide, pis, pisse*, røv,
    røven, røvsyg*, hold kæft, hold nu kæft, hold da kæft, fy fan, hva fan, sut på den|min|mig, sut min, sug min, sut pik, sug pik`, { suggestions: [''] }),
  ...graded(0, `forbanna, pokker, pokkers, skitt, skid, sgu, sgudda`, { suggestions: [''] }),
  ...innocent(`skitt la gå, skitt au, skitt også, drite i, driter i, ikke en skid, skide godt, skide sjovt, skide fedt, pisse godt, pissegodt, pissesjovt,
    møgvejr, hold da op, møkkavær, uden pis, skide fantastisk|skægt|flot|dejligt|dejlig|lækkert|lækker|spændende|hyggeligt|fint,
    pisse fedt|sjovt|flot|dejligt|lækkert|hyggeligt|fint|ligeglad|ligeglade,
    pisse koldt|kold|varmt|varm|dyrt|dyr|svært|svær|travlt|træt,
    pissekoldt, pissekold, pissevarmt, pissevarm, pissedyrt, pissedyr, pissesvært, pissesvær, pissetræt,
    fck`),
  // FCK is FC København; the swearing stays when it is aimed at someone.
  ...graded(2, `fck dig|jer|deg|dere|dykk|af|off|you`, { suggestions: [''] }),
];

const german = (): HostileEntry[] => [
  ...graded(2, `fotze*, *fotze, fickt, gefickt, ficker*, *ficker, fick dich, fickt euch, verfickt*,
    hurensohn*, hurensöhne*, hure, huren, *hure, *huren, wichser*, *wichser, wichse, arschloch, arschlöcher, *arschloch,
    *arschlöcher, arschgeige*, arschkriecher*, leck mich, leck mich am arsch, verpiss dich, verpisst euch,
    möse, schwanzlutscher*, pimmel*, drecksau, drecksäue, dreckschwein*, votze+, wixer+, wixxer+,
    fickfresse+, hurenbock+, arschgesicht+, kinderficker+, oaschloch, oaschlöcher, hueresohn+, huerensohn+`, { suggestions: [''] }),
  ...graded(1, `scheiße, scheisse, scheiss, scheiß, scheiß*, scheiss*, *scheiße, *scheisse, kacke, kacken, kackt, *kacke,
    kackbratze*, kackhaufen, arsch, arsche, ärsche, *arsch, arsch*, pisse, piss*, verpissen, drecks*, fresse,
    verdammte, verdammter, verdammtes, verdammten, verflucht*, pussy, pussys, pussies, verarsch*, beschissen*, verkackt*, abgefuckt*, *scheißer, *scheisser,
    nutte, nutten, *nutte, *nutten, verrecken, verreck, krepier, krepieren, titten, bumsen, gebumst, am arsch, zum teufel,
    kotz*, zum kotzen, ficken, verschissen+, bepiss*, angepisst+, vollgeschissen+, dünnschiss, dünnschiß, kack*, beidl, scheißt, scheisst, geschissen, arschkeks+`, { suggestions: [''] }),
  ...graded(0, `verdammt, mist`, { suggestions: [''] }),
  // "arschkalt" is freezing cold: coarse, but no swearing at anyone.
  ...graded(0, `arschkalt, arschkalte, arschkalten, arschkaltes`, { suggestions: ['eiskalt'] }),
  // FCK is 1. FC Kaiserslautern; the swearing stays when it is aimed at someone.
  ...innocent(`fck`),
  ...graded(2, `fck dich|euch|nzs|nazis|afd`, { suggestions: [''] }),
  ...innocent(`i ficken, ur ficken, på ficken, ner i ficken, kackerlacka, kackerlackan`),
];

/**
 * The lists as written here, and in English the words taken from cuss when given (many of them
 * rare compounds, left out of the words read with letters hidden).
 */
function byHand(fromCussWords: readonly HostileEntry[] = []): LexiconData<HostileEntry> {
  const common = scandinavian();
  const westNordic = [...calmerDanoNorwegian(), ...common, ...danoNorwegian()];
  return {
    // cuss's words after the swearing with calmer words, whose suggestions win, and before the rest.
    en: [...calmerEnglish(), ...loanwords(), ...fromCussWords, ...english()],
    sv: [...calmerSwedish(), ...common, ...swedish()],
    nb: westNordic,
    nn: westNordic,
    da: westNordic,
    de: [...calmerGerman(), ...german()],
  };
}

/**
 * The lists with cuss's words, but for those the insult and slur lists (`listedElsewhere`) flag;
 * built when the lexicon first needs them, and not kept.
 */
export function profanityLists(listedElsewhere: ReadonlyArray<LexiconData<HostileEntry>>): LexiconData<HostileEntry> {
  return byHand(fromCuss(listedElsewhere));
}

/** A listed swear word (or the stem of a `word*` entry) as it may be written with letters hidden. */
export interface HideableWord {
  word: string;
  /** Listed as `word*`: the word may go on. */
  stem: boolean;
  lang: Lang;
  anywhere?: boolean;
  notIn?: readonly Lang[];
}

/**
 * The single swear words written here, sorted, for reading words with letters hidden behind dots
 * or stars ("schei...", "Sch***", "A...loch"). Left out: words worth only a note (a cut-off
 * "verd..." is not worth guessing at) and cuss's rare compounds ("back..." is not "backdoorman").
 */
export function hideableWords(): HideableWord[] {
  const seen = new Set<string>();
  const words: HideableWord[] = [];
  const lists = byHand();
  for (const lang of Object.keys(lists) as Lang[]) {
    for (const { phrase, ignore, sureness, anywhere, notIn } of lists[lang] ?? []) {
      if (ignore || (sureness ?? 1) < 1 || phrase.includes(' ') || phrase.startsWith('*')) continue;
      const stem = phrase.endsWith('*');
      const word = stem ? phrase.slice(0, -1) : phrase;
      const key = anywhere ? word : `${lang}:${word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      words.push({ word, stem, lang, anywhere, notIn });
    }
  }
  return words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

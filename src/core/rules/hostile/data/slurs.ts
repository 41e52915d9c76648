/**
 * Slurs (words that demean people for their origin, sexuality, gender identity or disability) and
 * dehumanising words said of groups (vermin, parasites, "they are animals"). Listed only so they
 * can be flagged; each entry is the word itself, without commentary.
 */
import { cuss } from 'cuss';
import type { LexiconData } from '../../../lexicon';
import type { Localized } from '../../../types';
import { graded, innocent, REMOVE, type HostileEntry } from './build';

/** Calling people vermin or animals is how campaigns against groups begin; readers recognise it. */
export const DEHUMANISING: Localized = {
  en: 'This speaks of people as vermin or animals. It reads as hate, whoever it is aimed at.',
  sv: 'Det här beskriver människor som ohyra eller djur. Det läses som hat, vem det än riktas mot.',
  nb: 'Dette omtaler mennesker som skadedyr eller dyr. Det leses som hat, uansett hvem det gjelder.',
  da: 'Det her omtaler mennesker som skadedyr eller dyr. Det læses som had, uanset hvem det gælder.',
  de: 'Das spricht über Menschen wie über Ungeziefer oder Tiere. Das wirkt wie Hass, egal gegen wen.',
};

const dehumanising = (sureness: 0 | 1 | 2, phrases: string) => graded(sureness, phrases, { message: DEHUMANISING, suggestions: [''] });

/** "Go back where you came from": an attack on where people come from. */
const GO_BACK: Localized = {
  en: 'Telling people to go back where they came from attacks them for their origin. Readers recognise it as hate.',
  sv: 'Att säga åt folk att åka hem dit de kom ifrån angriper dem för deras ursprung. Läsarna känner igen det som hat.',
  nb: 'Å be folk dra hjem dit de kom fra, angriper dem for hvor de kommer fra. Leserne kjenner det igjen som hat.',
  da: 'At bede folk rejse hjem, hvor de kom fra, angriber dem for deres oprindelse. Læserne genkender det som had.',
  de: 'Menschen zu sagen, sie sollen dahin zurück, wo sie herkommen, greift sie wegen ihrer Herkunft an. Leser erkennen das als Hass.',
};

const goBack = (phrases: string) => graded(1, phrases, { message: GO_BACK, suggestions: [''] });

/**
 * How English slurs begin. `cuss` (see profanity.ts) lists dozens of spellings of them (niggar,
 * nlgger, ragheads, wetbacks); those are slurs, not swearing, so they are read here.
 */
const CUSS_SLUR = new RegExp(
  [
    'n[il]gg?[aeiou]?rs?',
    'n[il]gg?(?:a|ah|uh|as|ahs|uhs|s)?',
    'nig(?:g?ress(?:es)?|lets?|nogs?|ettes?|gerhead|gerhole|ra|ras|re|res)',
    'chinks?|chinky|coons?|coon ?ass(?:es)?|coondog|gook.*|spicks?|ragheads?|towel ?heads?|trannie|wetbacks?',
  ].map((forms) => `^(?:${forms})$`).join('|'),
);

function slursFromCuss(): HostileEntry[] {
  return Object.entries(cuss)
    .filter(([word, rating]) => rating >= 1 && CUSS_SLUR.test(word))
    .map(([word]) => ({ phrase: word, sureness: 2, suggestions: REMOVE }));
}

const english = (): HostileEntry[] => [
  ...slursFromCuss(),
  ...graded(2, `nigger*, faggot*, tranny, trannies, retard, retards, retarded, fucktard*`, { anywhere: true }),
  ...graded(2, `sandnigger*, chink, chinks, gook, gooks, spic, spics, wetback*, kike, kikes, raghead*, towelhead*,
    paki, pakis, fagot*, dyke, dykes, libtard*, mongoloid*, beaner, beaners, coon, coons, jigaboo*, porch monkey*, camel jockey*,
    shemale*, ladyboy*, spastic, spaz, spazz, window licker*`),
  ...graded(1, `fag, fags, kraut, krauts`, { notIn: ['da', 'nb', 'nn', 'de'] }),
  ...graded(1, `nigga, niggas, niggaz, homo, homos, jap, japs, wop, wops, dago, dagos,
    gyppo, pikey, pikeys, gimp, midget*, tard, tards, half-breed*, halfbreed*, illegals`),
  ...graded(0, `cripple, cripples, redskins`),
  ...graded(1, `white trash`, { anywhere: true }),
  ...dehumanising(2, `subhuman*, sub-human*, untermensch*, exterminate them, wipe them out`),
  ...dehumanising(1, `vermin, cockroaches, they|you|people|them|these|those|who are|were animals|rats|parasites|savages,
    they're|you're|theyre animals|rats|parasites|savages, they|you|people are|were _ animals|rats|parasites,
    these|those _ are|were animals|rats|parasites|vermin, breed like rats, breeding like rats, like rats, like animals, like wild animals, like cockroaches, parasites, leeches, savages,
    barbarians, mongrels, filth`),
  ...goBack(`go back to your country, go back to your own country, go back where you came from,
    go back to where you came from, go home to your country, go back to africa|mexico|china|india|pakistan,
    deport them all, send them all back`),
  ...graded(1, `down with the|all jews|muslims|immigrants|gays|blacks|whites|mexicans|refugees`),
];

const swedish = (): HostileEntry[] => [
  ...graded(2, `svartskalle*, blatte*, blattar*, *blatte, *blattar, negerjävel*, bögjävel*, *bögjävlar, zigenarjävel*,
    lappjävel*, finnjävel*, apjävel*, mongon, cp-unge*, cpunge*, efterbliven, efterblivna`),
  ...graded(1, `neger, negrer, negern, mongo, mongos, fikus*, zigge, halvblod, lappjävlar, invandrarjävlar`),
  ...graded(0, `bög, bögar, bögen, flata, flator, zigenare, zigenarna`),
  ...dehumanising(2, `undermänniskor*, utrota dem`),
  ...dehumanising(1, `ohyra, ohyran, kackerlackor, de|dom|ni|dessa|folk är djur|råttor|parasiter|ohyra,
    de|dom|ni är _ djur|råttor|parasiter, dessa|sådana _ är djur|råttor|parasiter, som råttor, som djur, som vilda djur,
    parasiter, snyltare, snyltgäster, vildar, barbarer, pack, patrask, slödder`),
  ...goBack(`åk hem till ditt land, åk hem till ert land, åk tillbaka till ditt land, åk tillbaka dit du kom ifrån,
    åk hem dit du kom ifrån, dra hem till ditt land, ut med alla|dom|de invandrare|invandrarna|muslimer|muslimerna|flyktingar|flyktingarna|utlänningar|utlänningarna`),
];

const norwegian = (): HostileEntry[] => [
  ...graded(2, `svarting*, pakkis*, soper, sopere, mongoen, mongoer, jævla neger, jævla pakkis, lappjævel*`),
  ...graded(1, `neger, negre, negeren, mongo, evneveik*, sigøynerpakk*, tater, tatere`),
  ...graded(0, `homse, homser`),
  ...dehumanising(2, `undermennesker*, utrydde dem`),
  ...dehumanising(1, `skadedyr, utøy, utøyet, kakerlakker, de|dere|dei|disse|dem er rotter|parasitter|udyr,
    som rotter, er som dyr, som dyr, som ville dyr,
    parasitter, snyltere, pakk, avskum*, berme, bermen, villmenn, barbarer`),
  ...goBack(`dra hjem til ditt eget land, dra hjem til landet ditt, reis hjem til ditt eget land, reis hjem dit du kom fra,
    dra tilbake dit du kom fra, dra tilbake dit dere kom fra, reis hjem dit dere kom fra,
    ut med alle innvandrere|innvandrerne|muslimer|muslimene|flyktninger|flyktningene|utlendinger|utlendingene`),
  ...innocent(`pakk sammen, pakk ned, pakk inn, pakk ut, pakk sekken, pakk kofferten`),
];

const danish = (): HostileEntry[] => [
  ...graded(2, `perker*, *perker, *perkere, sorte aber, neger, negre, negeren, negerne, nigger*, sorte svin, bøssekarl*, bøsserøv*,
    mongol, mongoler, mongolen, spasser*, *spasser, evnesvag*, mongo, mongoer, bimbo, bimboer`),
  ...graded(1, `sigøjner*, lebbe*, muhamedaner*, pakkerøv*`),
  ...graded(0, `bøsse, bøsser, homo, homoer`),
  ...dehumanising(2, `undermennesker*, udrydde dem, udryd dem`),
  ...dehumanising(1, `skadedyr, utøj, utøjet, kakerlakker, de|i|disse|dem er rotter|parasitter|udyr,
    som rotter, er som dyr, som dyr,
    parasitter, snyltere, pak, bærme, afskum*, barbarer, djævle, fjeldabe+, fjeldaber, ikea aber, vanskabning+,
    som vilde dyr`),
  ...goBack(`rejs hjem til dit eget land, rejs hjem hvor du kom fra, rejs hjem hvor i kom fra, smut hjem til dit eget land,
    tilbage hvor de|i|du kom fra, hjem hvor de kom fra,
    ud med alle|de muslimer|muslimerne|udlændinge|udlændingene|indvandrere|indvandrerne|flygtninge|flygtningene`),
  ...graded(1, `ned med svensken|svenskerne|svenskere|muslimerne|muslimer|indvandrerne|indvandrere|jøderne|perkerne|tyskerne|nordmændene|flygtningene`),
  ...innocent(`pak sammen, pak ud, pak ned, pak dine, pak kufferten`),
];

const german = (): HostileEntry[] => [
  ...graded(2, `neger*, nigger*, kanake*, kanacke*, *kanaken, schwuchtel*, *schwuchtel, tunte*, transe*, spast, vollspast+,
    spasti*, spasten, mongoloid*, polacke*, polaken, schlitzauge*, kümmeltürke*, judensau*, zigeunerpack*, bimbo*,
    nafri, nafris, musel*, *musel, spaghettifresser*, kameltreiber*, kampflesbe*,
    rapefugee*`),
  ...graded(1, `zigeuner, zigeunern, mongo, mongos, behindi*, krüppel*, asylant*, *asylanten, scheinasylant*, invasoren, invasor,
    *invasoren, flüchtlingsflut, migrantenflut, asylantenflut, asylflut, itaker, messermann*, messermänner*, messermigrant*, kopftuchmädchen*, ziegenficker*, türkensau*,
    mohammedaner*, umvolkung, volkstod, asylforderer*, überfremdung, tschusch+, bevölkerungsaustausch, großer austausch,
    messereinwanderung, messerfachkräfte+, merkelgäste+, scheinflüchtling+, kulturbereicherer+, landnehmer+, judenpresse+,
    weltjudentum, todeskult+, mörderreligion+, hassreligion+, steinzeitreligion+, steinzeitislam, kinderschänderreligion+,
    zigeunerbande+, halbaffe+, ölauge+, kopftuchgeschwader, quotenneger+, quotenmigrant+, negroid+,
    eselstreiber+`),
  ...goBack(`geh zurück in dein land, geht zurück in euer land, geh dahin zurück wo du herkommst,
    geht dahin zurück wo ihr herkommt, ab in die heimat, dahin|dorthin zurück wo|woher er|sie|ihr|du|die,
    muss|müssen|soll|sollen|sollte|sollten|geh|geht|ab zurück wo|woher er|sie|ihr|du|die herkommt|herkommen|herkommst|hergekommen|herkamen|hingehört|hingehören,
    ausländer|flüchtlinge|moslems|muslime|türken|asylanten|migranten|kanaken|islamisten|juden|araber|afrikaner|zigeuner|asylbewerber raus, alle abschieben,
    sofort abschieben`),
  ...dehumanising(2, `untermensch*`),
  ...dehumanising(1, `ungeziefer, schädlinge, kakerlaken, sind tiere, sind _ tiere, sind ratten, sind parasiten,
    wie ratten, wie tiere, wie wilde tiere, ausrotten, ausmerzen, *brut, parasiten, *parasiten, viehzeug, gezücht*, barbaren,
    sind _ ratten|parasiten|ungeziefer|schmarotzer|affen|schweine|kakerlaken, sind affen, sind schweine, krebsgeschwür+,
    pestbeule+, rote|braune|grüne|islamische pest, gewürm, aasgeier+, schmeißfliege+, schmeissfliege+, blutsauger+,
    kakerlake, kakalake+, wie die ratten|tiere|heuschrecken, heuschreckenschwarm+`),
  ...innocent(`mongolei`),
];

/** Built when the lexicon first needs them: the lists are not kept after it is built. */
export function slurLists(): LexiconData<HostileEntry> {
  const nordic = norwegian();
  return { en: english(), sv: swedish(), nb: nordic, nn: nordic, da: danish(), de: german() };
}

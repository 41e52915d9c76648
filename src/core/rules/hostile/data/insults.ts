/**
 * Name-calling, by language. Sureness is for the word said of no one in particular; aimed at the
 * reader or said of someone it counts for more (see `target.ts`). Vulgar insults (asshole,
 * Arschloch, fitta) are in `profanity.ts`, slurs in `slurs.ts`: each word lives in one list.
 * `*` marks compounds: German and the Nordic languages glue insults together (Vollidiot,
 * Staatsidioten, jubelidiot, tudekælling).
 */
import type { LexiconData } from '../../../lexicon';
import { graded, innocent, type HostileEntry } from './build';

const english: HostileEntry[] = [
  ...graded(1, `idiot, idiots, idiotic, moron*, imbecile*, cretin*, dumbass*, jackass*, dimwit*, nitwit*, halfwit*,
    numbskull*, numbnuts, bonehead*, blockhead*, airhead*, pinhead*, meathead*, knucklehead*, birdbrain*,
    brainless, braindead, brain-dead, scumbag*, scum, lowlife*, low-life*, dirtbag*, sleazebag*, slimeball*,
    douche*, bellend*, knobhead*, nutjob*, nutcase*, twit, twits, prat, prats, pillock*, tosser*, plonker*,
    libtard*, trumptard*, snowflakes, sheeple, cuck, cucks, degenerates, deplorables, imbeciles,
    shut up, shut your mouth, shut your face, stfu, go to hell, you suck, u suck, kiss my ass`),
  ...graded(0, `stupid, stupidest, dumb, dumber, dumbest, loser, losers, fool, fools, foolish, clown, clowns, clueless,
    liar, liars, hypocrite, hypocrites, coward, cowards, traitor, traitors, pathetic, disgrace, disgraceful,
    disgusting, vile, creep, pig, pigs, snowflake, bigot, bigots, racist, racists, fascist, fascists, nazi, nazis,
    commie, commies, thug, thugs, crook, crooks, trash, psycho, lunatic, lunatics, loon, loony, deranged,
    delusional, fatso, fatty, freak, freaks, weirdo, brat, sicko, dunce, buffoon*, jerk, jerks, laughingstock,
    sellout, sellouts, scammer*, maniac*, rat, rats, snake, snakes, weasel*, pervert*, perv, pedophile*, pedo`),
  ...graded(0, `lying, hypocritical, cowardly, creepy, garbage, ignorant, incompetent, useless, worthless, nuts, ugly,
    spoiled, evil, sick, dishonest, corrupt, crooked, shameless, worst, horrible, terrible, ridiculous, joke, hack,
    hacks, puppet, puppets, pawn, pawns, criminal, criminals, parasite, get lost`, { readerOnly: true }),
  ...innocent(`stupid question, stupid questions, dumb question, dumb questions, sick leave, sick day, sick days,
    sick of, worst case, worst-case, horrible bosses, terrible twos, rat race, snake oil, fool's gold, nuts and bolts,
    joke aside, jokes aside, april fool, april fools, garbage collection, garbage collector, evil twin`),
];

const swedish: HostileEntry[] = [
  ...graded(1, `idiot*, *idiot, *idioter, *idioten, pucko*, dumbom*, dumskalle*, dumhuvud*, fårskalle*, fähund*,
    kräk, kräket, äckel, äcklet, svin, svinet, svinen, skitstövel*, drägg, dräggen, avskum, avskummet, tönt*, mähä,
    fjolla, fjollan, kärring*, subba, subban, slyna, slynan, satkärring*, cp-*, clowner, nolla, nollan, miffo*,
    håll käften, håll käft, håll truten, håll tyst, dra åt skogen, stick och brinn`),
  ...graded(0, `dum, dumma, korkad*, nöt, nöten, clown, lögnare, hycklare, fegis, förrädare, landsförrädare,
    patetisk*, äcklig*, vidrig*, ynklig*, puckad*, rasist*, fascist*, nazist*, pajas*, fjant*, skurk*, förlorare,
    loser, losers, fetto*, sjuk i huvudet, bedragare, galning*`),
  ...graded(0, `dumt, värdelös*, inkompetent*, löjlig*, tokig*, knäpp*, kriminella, fjantig*, ful, fula, ond, onda`,
    { readerOnly: true }),
  ...innocent(`dum fråga, dumma frågor, ingen dum fråga, inga dumma frågor`),
];

// Bokmål and Nynorsk share most of their words of abuse.
const norwegianShared = `idiot*, *idiot, *idioter, *idioten, tulling*, dumming*, dumskalle*, kødd*, drittsekk*,
  svin, svinet, svina, kjerring*, taper, taperen, tapere, tosk, tosken, tosker, fjols, dust, dusten, ape, apekatt,
  klovn, klovner, pikkhode*, kukhue*, møkkamann*, møkkakjerring*, jævel, jævelen, jævler, jævlar, udyr, utskudd*`;

const norwegian: HostileEntry[] = [
  ...graded(1, `${norwegianShared}, hold kjeft, hold kjeften, hold munn, dra til helvete`),
  ...graded(0, `dum, dumme, teit, løgner, løgnere, hykler, hyklere, feiging*, forræder*, landsforræder*,
    patetisk*, ekkel, ekle, vemmelig*, ynkelig*, rasist*, fascist*, nazist*, skurk*, psyko, bedrager*`),
  ...graded(0, `dumt, teite, ekkelt, verdiløs*, inkompetent*, latterlig*, tullete, gal, gale, sprø, kriminelle`,
    { readerOnly: true }),
  ...innocent(`dumme spørsmål, dumt spørsmål`),
];

const nynorsk: HostileEntry[] = [
  ...graded(1, `${norwegianShared}, hald kjeft, hald kjeften, hald munn, dra til helvete`),
  ...graded(0, `dum, dumme, teit, løgnar, løgnarar, hyklar, hyklarar, feiging*, forrædar*, patetisk*, ekkel,
    ekle, ynkeleg*, rasist*, fascist*, nazist*, skurk*`),
  ...graded(0, `dumt, teite, ekkelt, verdilaus*, inkompetent*, latterleg*, gal, gale, sprø`, { readerOnly: true }),
  ...innocent(`dumme spørsmål, dumt spørsmål`),
];

const danish: HostileEntry[] = [
  ...graded(1, `idiot*, *idiot, *idioter, *idioten, fjols*, kvajhoved*, klaphat*, skiderik*, pikfjæs*, pikhoved*,
    nossehoved*, narrøv*, kælling*, *kælling, *kællinger, tudekælling*, tåbe, tåber, tåben, åndssvag*, hjernedød*,
    svin, svinet, svinene, *svin, møgkælling*, lorteunge*, møgunge*, møgso*, smatso*, taber, tabere, taberen,
    spade, spader, dumrian*, tumpe*, *tumpe, fæhoved*, dummernik*, kraftidiot*, fucking idiot`),
  ...graded(0, `dum, dumme, tåbelig*, klam, klamme, ulækker*, ækel, ækle, løgner*, hykler*, kujon*, forræder*,
    landsforræder*, patetisk*, ynkelig*, bindegal*, racist*, fascist*, nazist*, skurk*, fjolset, nar, klovn*,
    bedrager*, pladderhumanist*`),
  ...graded(0, `dumt, latterlig*, klamt, ækelt, værdiløs*, inkompetent*, sindssyg*, vanvittig*, skør, skøre,
    kriminelle, ussel, usle, elendig*`, { readerOnly: true }),
  ...innocent(`dumme spørgsmål, dumt spørgsmål, skør idé, skøre idéer`),
];

const german: HostileEntry[] = [
  ...graded(1, `idiot, idioten, *idiot, *idioten, idiotisch*, trottel*, *trottel, depp, deppen, *depp, *deppen,
    dummkopf*, dummköpfe*, schwachkopf*, schwachköpfe*, schwachmat*, hohlkopf*, hohlköpfe*, holzkopf*, vollhonk*,
    honk, honks, hirni*, hirnlos*, hirnverbrannt*, hirnamputiert*, geisteskrank*, geistesgestört*, vollpfosten*,
    schwachsinnig*, volldepp*, armleuchter*, witzfigur*, waschlappen*, versager*, schwätzer*, *schwätzer,
    lackaffe*, dumpfbacke*, spinner, spinnern, gutmensch*, *gutmensch, *gutmenschen, lügenpresse*, lügenbrut*,
    lügenpack*, pack, packs, *spack, gesindel*, *gesindel, gesocks, abschaum*, geschmeiß*, pöbel*,
    schmarotzer*, *schmarotzer, schweine, *schwein, *schweine, drecksau*, mistkerl*, mistsau*, mistvieh*,
    schlampe*, *schlampe, tussi*, *tussi, *tusse, zicke*, volksverräter*, *verräter, kanzlerette, *bonzen, halt die klappe, halt die fresse, halt die schnauze, halt's maul, halts maul, schnauze halten,
    fresse halten, kotz*, zum kotzen, unfähig*, dummschwätzer*, dummbeutel*, blödmann*, blödmänner, doofmann*,
    dödel*, vollidiot*`),
  ...graded(0, `dumm, dumme, dummer, dummes, dummen, doof*, blöd, blöde, blöder, blödes, blöden, bescheuert*,
    bekloppt*, beknackt*, dämlich*, schwachsinn*, dummheit, verlogen*, heuchler*, lügner*, erbärmlich*,
    widerlich*, abartig*, verkommen*, schande, schandfleck*, clown*, kasper*, hampelmann*, marionette*, verräter,
    nazi, nazis, faschist*, rassist*, linksfaschist*, linksversifft*, grünversifft*, versifft*, verblödet*,
    verblödung*, hetzer*, gelaber*, geschwafel*, flachpfeife*, lusche*, feigling*, sau, säue, ratte, ratten,
    verbrecher*, pfeife, bonze*, irre, irren, unfähig*`),
  ...graded(0, `lächerlich*, ekelhaft*, peinlich*, idiotie, hetze, propaganda, pfosten, wurst, dreck, müll, krank,
    kranke, kranken, kriminelle*`, { readerOnly: true }),
  ...innocent(`pack an, dumm gelaufen, ratten fangen`),
];

export const INSULTS: LexiconData<HostileEntry> = {
  en: english,
  sv: swedish,
  nb: norwegian,
  nn: nynorsk,
  da: danish,
  de: german,
};

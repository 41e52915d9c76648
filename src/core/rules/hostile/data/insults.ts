/**
 * Name-calling, by language. Sureness is for the word said of no one in particular; aimed at the
 * reader or said of a person it counts for more (see `target.ts`). Vulgar insults (asshole,
 * Arschloch, fitta) are in `profanity.ts`, slurs in `slurs.ts`: each word lives in one list.
 * `*` marks compounds: German and the Nordic languages glue insults together (Vollidiot,
 * Staatsidioten, jubelidiot, tudekælling). Bokmål, Nynorsk and Danish share one list: short
 * posts in them are hard to tell apart, and their words of abuse are mostly the same.
 */
import type { LexiconData } from '../../../lexicon';
import { graded, innocent, type HostileEntry } from './build';

const english: HostileEntry[] = [
  ...graded(1, `idiot, idiots, idiotic, moron*, imbecile*, cretin*, dumbass*, jackass*, dimwit*, nitwit*, halfwit*,
    numbskull*, numbnuts, bonehead*, blockhead*, airhead*, pinhead*, meathead*, knucklehead*, birdbrain*,
    brainless, braindead, brain-dead, scumbag*, scum, lowlife*, low-life*, dirtbag*, sleazebag*, slimeball*,
    douche*, bellend*, knobhead*, nutjob*, nutcase*, twit, twits, prat, prats, pillock*, plonker*,
    libtard*, trumptard*, snowflakes, sheeple, cuck, cucks, degenerates, deplorables, imbeciles,
    shut up, shut your mouth, shut your face, stfu, go to hell, you suck, u suck, kiss my ass,
    stupid, stupidest, stupidity, dumb, dumber, dumbest, pathetic, disgrace, disgraceful, disgusting, despicable,
    liar, liars, hypocrite, hypocrites, coward, cowards, traitor, traitors, bigot, bigots, perv, pervert*, sicko*,
    scumbags, clowns, buffoon*, crooks, thugs, commies, sore loser, feminazi*, leftard*,
    dumbfuck*, whackjob*, wacko*, moonbat*, wingnut*, demonrat*, rethuglican*, repugnican*, maga-t, magat, magats,
    shill, shills, grifter*, con man, conman, bottom feeder*, sleazeball*, incel, incels, grow a brain,
    piece of trash, waste of oxygen, waste of air`),
  ...graded(0, `rat, rats`, { notIn: ['de'] }),
  ...graded(0, `losers, fools, creeps, get a life, waste of space, loser, fool, foolish, clown, clueless, vile, creep, pig, pigs, snowflake, racist, racists, fascist,
    fascists, nazi, nazis, commie, thug, crook, psycho, lunatic, lunatics, loon, loony, deranged, delusional,
    fatso, fatty, freak, freaks, weirdo, weirdos, brat, dunce, jerk, jerks, laughingstock, sellout, sellouts,
    scammer*, maniac*, snake, snakes, weasel*, pedophile*, pedo, monster, monsters, dictator, deplorable,
    kooky, hysterical, unhinged, brainwashed, degenerate, cultist, cultists, sheep, troll, trolls, witch, phony, phonies, dope, lier, liers, sexist, sexists, murderer,
    classless, redneck, rednecks, hillbilly, hillbillies, primitive`),
  ...graded(0, `trash, lying, hypocritical, cowardly, creepy, garbage, ignorant, incompetent, useless, worthless, nuts, ugly,
    spoiled, evil, sick, twisted, dishonest, corrupt, crooked, shameless, worst, worse, horrible, terrible, awful,
    ridiculous, joke, hack, hacks, puppet, puppets, pawn, pawns, criminal, criminals, parasite, get lost, crazy,
    insane, toxic, smug, greedy, tool, fake, hateful, bitter, complicit, stupid idea`, { readerOnly: true }),
  ...innocent(`stupid question, stupid questions, dumb question, dumb questions, no stupid questions, stupid mistake,
    stupid mistakes, dumb luck, sick leave, sick day, sick days, sick of, worst case, worst-case, horrible bosses,
    terrible twos, rat race, snake oil, fool's gold, nuts and bolts, joke aside, jokes aside, april fool,
    april fools, garbage collection, garbage collector, evil twin, shut up and take my money, pathetic fallacy,
    stupidly simple, dumb down, dumbed down, dumbing down, winners and losers, fools rush in, get a life outside`),
];

const swedish: HostileEntry[] = [
  ...graded(1, `idiot*, *idiot, *idioter, *idioten, pucko*, dumbom*, dumskalle*, dumhuvud*, fårskalle*, fähund*,
    kräk, kräket, äckel, äcklet, svin, svinet, svinen, skitstövel*, drägg, dräggen, avskum, avskummet, tönt*, mähä,
    fjolla, fjollan, kärring*, subba, subban, slyna, slynan, satkärring*, miffo*,
    håll käften, håll käft, håll truten, dra åt skogen, stick och brinn, lögnare, hycklare, förrädare,
    landsförrädare, patetisk*, äcklig*, vidrig*, ynklig*, korkad*, puckad*, fegis, fegisar, pajas*, fetto*,
    dum i huvudet, sjuk i huvudet, efterblivet, hjärndöd*, pundare, slampa, slampan, luder, fittunge*, ditt as`),
  ...graded(0, `clowner, nolla, nollan, tjockis, dum, dumma, nöt, nöten, clown, rasist*, fascist*, nazist*, fjant*, skurk*, förlorare, loser, losers,
    bedragare, galning*`),
  ...graded(0, `dumt, värdelös*, inkompetent*, löjlig*, tokig*, knäpp*, kriminella, fjantig*, ful, fula, ond, onda,
    sjuk, sjuka, galen, galna`, { readerOnly: true }),
  ...innocent(`dum fråga, dumma frågor, ingen dum fråga, inga dumma frågor`),
];

const danoNorwegian: HostileEntry[] = [
  ...graded(1, `idiot*, *idiot, *idioter, *idioten, *idiotene, tulling*, dumming*, dumskalle*, kødd, køddet, drittsekk*,
    svin, svinet, svina, svinene, *svin, kjerring*, kælling*, *kælling, *kællinger, taber, tabere, taberen, tosk,
    tosken, tosker, tosser, fjols*, klovner, klovne, pikkhode*, kukhue*,
    møkkamann*, møkkakjerring*, jævel, jævelen, jævler, jævlar, udyr, utskudd*, kvajhoved*, klaphat*, skiderik*,
    pikfjæs*, pikhoved*, nossehoved*, narrøv*, tåbe, tåber, tåben, åndssvag*, hjernedød*, møgkælling*, lorteunge*,
    møgunge*, møgso*, drittunge*, smatso*, dumrian*, tumpe*, *tumpe, fæhoved*, dummernik*, stodder*, skøge*, trunte*,
    hold kjeft, hold kjeften, hald kjeft, hald kjeften, hold munn, hald munn, hold munden, hold din mund,
    dra til helvete, løgner, løgnere, løgnar, løgnarar, hykler*, hyklar*, feiging*, kujon*, forræder*,
    forrædar*, landsforræder*, patetisk*, ynkelig*, ynkeleg*, latterlige, pladderhumanist*, vatnisse*,
    pattebørn*, hurpe*, fjott, fjotten, pikkhue*, fede so, dumme so, tøsedreng*, fladpandet*, tudefjæs*,
    dumme svin, syge ko, din spade, dit fjols, din idiot, din nar, syg i hovedet, syk i hodet`),
  // English words too: only when the sentence cannot be English.
  ...graded(1, `taper, taperen, tapere, dust, dusten`, { notIn: ['en'] }),
  ...graded(0, `dum, dumme, teit, ekkel, ekle, vemmelig*, rasist*, racist*, fascist*, nazist*, skurk*, psyko, psykopat*,
    bedrager*, tåbelig*, klam, klamme, ulækker*, ækel, ækle, bindegal*, fjolset, nar, klovn, spade, spader,
    ubegavet*, torsk`),
  ...graded(0, `dumt, teite, ekkelt, verdiløs*, verdilaus*, værdiløs*, inkompetent*, latterlig*, latterleg*, tullete,
    gal, gale, sprø, kriminelle, klamt, ækelt, sindssyg*, vanvittig*, skør, skøre, ussel, usle, elendig*, syg,
    syge, syk, sjuk`, { readerOnly: true }),
  ...innocent(`dumme spørsmål, dumt spørsmål, dumme spørgsmål, dumt spørgsmål, skør idé, skøre idéer`),
];

const german: HostileEntry[] = [
  ...graded(1, `idiot, idioten, *idiot, *idioten, idiotisch*, trottel*, *trottel, depp, deppen, *depp, *deppen,
    dummkopf*, dummköpfe*, schwachkopf*, schwachköpfe*, schwachmat*, hohlkopf*, hohlköpfe*, holzkopf*, vollhonk*,
    hirni*, hirnlos*, hirnverbrannt*, hirnamputiert*, geisteskrank*, geistesgestört*, vollpfosten*,
    schwachsinnig*, volldepp*, armleuchter*, witzfigur*, waschlappen*, versager*, schwätzer*, *schwätzer,
    lackaffe*, dumpfbacke*, gutmensch*, *gutmensch, *gutmenschen, lügenpresse*, lügenbrut*,
    lügenpack*, *spack, *npack, verbrecherpack*, mörderpack*, gesindel*, *gesindel, gesocks, abschaum*, geschmeiß*, pöbel*,
    schmarotzer*, *schmarotzer, schweine, *schwein, *schweine, drecksau*, mistkerl*, mistsau*, mistvieh*,
    schlampe*, *schlampe, tussi*, *tussi, *tusse, zicke*, volksverräter*, *verräter, kanzlerette, *bonzen,
    halt die klappe, halt die fresse, halt die schnauze, halt's maul, halts maul, schnauze halten, fresse halten,
    kotz*, zum kotzen, dummschwätzer*, dummbeutel*, blödmann*, blödmänner, doofmann*, dödel*, vollidiot*,
    dumm, dumme, dummer, dummes, dummen, dummem, dümmer, dümmste*, dummheit, blöd, blöde, blöder, blödes, blöden,
    blödheit, dämlich*, bekloppt*, bescheuert*, beknackt*, verblödet*, verblödung*, lügner, lügnerin, lügnern,
    heuchler*, heuchlerisch*, widerlich*, erbärmlich*, feigling*, schande, schandfleck*, vasall*, *vasallen,
    politmarionette*, *marionetten, sesselfurzer*, *furzer, schabracke*, sauerei, dreck, gelaber*, geschwafel*,
    strunzdumm*, saublöd*, saudumm*, stockdumm*, grenzdebil*, debil, debile, debilen, asozial*, assi, assis, asi, asis,
    gauner, lumpen, halunke*, spacko*, spako*, flachzange*, hackfresse*, penner, missgeburt*, mistgeburt*,
    bastard, bastarde, prolet, proleten, proll, prolls, linksfaschist*, *faschisten, krank im kopf, antifanten,
    pisser, sackgesicht*, weichei*, warmduscher*, schlappschwanz*, memme, memmen, heulsuse*, trulla*, schnepfe*,
    fettsau*, fratze*, speichellecker*, schleimer*, wendehals*, kanaille*, systempresse*, lückenpresse*,
    hirnrissig*, armselig*, durchgeknallt*, blödsinn*, abscheulich*, gehirngewaschen*, ohne hirn, kein hirn,
    spatzenhirn*, erbsenhirn*, blindgänger*, nichtsnutz*, taugenichts*, schnorrer*, *bratze, *fresse, *hetzer, *heuchler, *lügner, *versager, lügenkanzler*,
    lügenmedien*, lügenpolitiker*, lügenbaron*, lügenbande*, bahnhofsklatscher*, teddybärwerfer*, loser,
    linke|linken|linker|linksgrüne|linksgrünen zecke|zecken, *zecken, systemling*, systemmedien*, asylindustrie*, asyltourist*, sozialtourist*, flüchtlingsindustrie*,
    willkommensklatscher*, *klatscher, schmierfink*, schreiberling*, *faschist, du opfer, du behinderter, du spast, dummbacke*, fettsack*, fettsäcke*, spasst*, bazille*, scherge*, ganove*, *ganoven, verbrecher*, *verbrecher,
    hohle type, hohlbirne*, muschpoke, mischpoke, bagage,
    verlogen*, abartig*, verkommen*, ekelhaft*, schwachsinn*, dumme kuh, blöde kuh, alte hexe, linksversifft*,
    grünversifft*, *versifft, verstrahlt*, flachpfeife*, lusche*, kasper*, hampelmann*`),
  // English words too: only when the sentence cannot be English.
  ...graded(1, `honk, honks, spinner, spinnern, lump`, { notIn: ['en'] }),
  ...graded(0, `doof*, clown*, marionette*, verräter, nazi, nazis,
    faschist*, rassist*, hetzer*, primitiv*, affe, affen, sau, säue, ratte, ratten, pfeife, bonze*, irre, irren, unfähig*,
    weib, hexe, tropf, pack, zecke, zecken, lappen, sack, ziege, kröte, schlange, schurke*, betrüger*, handlanger*, sozi, sozis,
    korrupt*, inkompetent*, pervers*, jämmerlich*, mistkäfer`),
  ...graded(0, `flasche, gestört*, wahnsinnig*, verrückt*, hässlich*, fett, fette,
    ungebildet*, dumme idee, blöde idee, lächerlich*, peinlich*, unerträglich*, idiotie, hetze, propaganda, pfosten, wurst, müll, krank, kranke,
    kranken, kriminelle*`, { readerOnly: true }),
  ...innocent(`pack an, packen an, dumm gelaufen, blöd gelaufen, dumme frage, dumme fragen, keine dummen fragen,
    ratten fangen`),
];

export const INSULTS: LexiconData<HostileEntry> = {
  en: english,
  sv: swedish,
  nb: danoNorwegian,
  nn: danoNorwegian,
  da: danoNorwegian,
  de: german,
};

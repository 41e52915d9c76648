/**
 * Threats of violence and of revenge, and calls for violence against people. Everyday figures of
 * speech ("killing it", "a killer feature", "crushing our goals") are innocent phrases.
 */
import type { LexiconData } from '../../../lexicon';
import type { Localized } from '../../../types';
import { graded, innocent, type HostileEntry } from './build';

/** Calling for people to be locked up or thrown out: a threat to them, whatever it is meant to say about policy. */
const REMOVAL: Localized = {
  en: 'This calls for people to be locked up or thrown out. Readers take it as a threat to them, not as an argument.',
  sv: 'Det här kräver att människor ska spärras in eller kastas ut. Läsarna tar det som ett hot, inte som ett argument.',
  nb: 'Dette krever at folk skal sperres inne eller kastes ut. Leserne tar det som en trussel, ikke som et argument.',
  da: 'Det her kræver, at folk skal spærres inde eller smides ud. Læserne tager det som en trussel, ikke som et argument.',
  de: 'Das fordert, Menschen wegzusperren oder hinauszuwerfen. Leser nehmen das als Drohung, nicht als Argument.',
};

const english = (): HostileEntry[] => [
  ...graded(2, `kill you, kill u, kill ya, kill yourself, kill urself, kys, murder you, shoot you, stab you,
    strangle you, slit your throat, i know where you live, you're dead, you are dead, ur dead,
    you're a dead man, hope you die, hope u die, hope he dies, hope they all die, hope you all die, hope he rots, hope she rots, hope they rot,
    hope she dies, hope they die, deserve to die, deserves to die, should be shot, should be hanged,
    should be executed, should be killed, should be lynched, should be burned, should be gassed, need to be shot,
    needs to be shot, put a bullet in, hope you get cancer, hope you get raped, hope u get raped, rape you,
    i'll rape, i will rape, bullet in your head, beat the shit out of, beat the crap out of,
    i'll make you pay, you'll pay for this, you will pay for this,
    i'll|ill|i|we'll|we|i'm|im|imma|ima|gonna kill|murder|shoot|stab|strangle|hurt you|u|ya|him|her|them,
    i|we will|shall kill|murder|shoot|stab|strangle|hurt you|u|ya|him|her|them,
    i'm|im|we're gonna|going kill|murder|shoot|stab|strangle|hurt you|u|ya|him|her|them,
    i'm|im|we're going to kill|murder|shoot|stab|strangle|hurt you|u|ya|him|her|them, kill them all, shoot them all,
    hang them all, string them up, line them up and shoot, from the nearest lamppost|tree, from the nearest lamp post, deserve a bullet,
    deserves a bullet`),
  ...graded(1, `deport them, deport them all, deport all of them, deport every one of them, kick them out, kick them all out,
    lock them up, lock them all up, lock her up, lock him up, should be deported, must be deported, needs to be deported,
    need to be deported, should be locked up, needs to be locked up, need to be locked up, belongs in jail|prison,
    belong in jail|prison, should be in jail|prison, should rot in jail|prison, get out of our country,
    they|you don't|dont|do not belong here, they|you don't|dont|do not belong in our country`, { message: REMOVAL }),
  ...graded(1, `you'll regret this, you'll regret it, you will regret this, you will regret it, you're gonna regret,
    you are going to regret, you'll be sorry, i'll find you, i will find you, watch your back, you're next, you will be sorry, see what happens to you, keep talking and see what happens, kick your ass, kick your teeth in,
    kick them in the teeth, kick him in the teeth, punch you, punch your face, break your neck, break your legs,
    smash your face, beat you up, i'll hurt you, i will hurt you, i'll end you, i will end you, i'll destroy you,
    i will destroy you, go die, die in a fire, burn in hell, rot in hell, should be in jail and die,
    send them to the gas chamber, lynch him, lynch her, lynch them, hang him, hang her, shoot him, shoot her,
    shoot them, kill him, kill her, kill them, get what's coming, got what's coming, death to,
    beat your|his|her|their ass, speak _ or die, gas them, gas them all, punch him|her|them|you in the face, slap him|her|them|you silly,
    someone should shoot|punch|slap|kill|hang him|her|them, needs a bullet, need a bullet`),
  ...innocent(`killing it, killed it, kill it, kills it, killer feature, killer app, killer deal, kill two birds,
    kill the competition, kill time, dressed to kill, shoot me a message, shoot me an email, shoot you a message,
    shoot you an email, shoot you a line, shoot them a message, shoot them an email, crush it, crushing it,
    crushing our goals, you'll regret not, you will regret not, you won't regret, i'll kill it, i will kill it,
    i'm gonna kill it, i am going to kill it, gonna kill it, kill them with kindness, shoot her an email,
    shoot him an email, shoot her a message, shoot him a message, you're dead right, you're dead wrong,
    you are dead right, you are dead wrong, you're next in line, i'll find you a, i will find you a,
    i'll|ill|i|we'll|we|gonna shoot you|u a|an email|e-mail|message|note|line|dm|text|invite|link,
    i|we will|shall shoot you|u a|an email|e-mail|message|note|line|dm|text|invite|link`),
];

const swedish = (): HostileEntry[] => [
  ...graded(2, `döda dig, dödar dig, mörda dig, mördar dig, skjuta dig, skjuter dig, knivhugga dig, slå ihjäl dig,
    slår ihjäl dig, ta livet av dig, tar livet av dig, jag vet var du bor, du är död, du är ett dött kött,
    hoppas du dör, hoppas han|hon|de|dom dör, förtjänar att dö, borde skjutas, borde hängas, borde avrättas, borde dödas, ska skjutas,
    ska hängas, hoppas du får cancer, hoppas du dör, döda dem, döda dom, skjut dem, skjut dom, häng dem, häng dom, kommer döda dig,
    i närmaste lyktstolpe, gasa dem|dom`),
  ...graded(1, `du kommer att ångra, du kommer ångra, du ska få ångra, det kommer du att ångra, det ska du få ångra,
    se upp för mig, får du se vad som händer med dig, slå dig, spöa dig, spöar dig, spöa upp dig, krossa dig, krossar dig,
    banka dig, bankar dig, ge dig på käften, dra åt helvete och dö, ruttna i helvetet, brinn i helvetet, död åt,
    spöa skiten ur, borde få stryk, ska ha stryk, förtjänar stryk, spöa upp dem, spöa dem, slå sönder dig|er|honom|henne,
    slår sönder dig|er, misshandla dig, ge dig en snyting|käftsmäll|smäll, klå upp dig, klår upp dig`),
  ...graded(1, `utvisa dem|dom|alla, ska|borde|bör|måste utvisas|deporteras, ska|borde|bör|måste spärras in, spärra in dem|dom,
    de|dom|ni hör inte hemma här, de|dom|ni hör inte hemma i sverige, ut ur landet med`, { message: REMOVAL }),
  // Trash talk before a game: "jag ska krossa dig i schack".
  ...innocent(`krossa|krossar dig|er i|på schack|tennis|padel|golf|quiz|fifa|bowling|minigolf|kortspel|sällskapsspel|squash|badminton|bordtennis|pingis|monopol|yatzy|dart,
    krossa|krossar dig|er i mario kart`),
];

// Bokmål and Nynorsk threats, with the Nynorsk pronouns and verbs alongside.
const norwegian = (): HostileEntry[] => [
  ...graded(2, `drepe deg, dreper deg, drep deg, skyte deg, skyter deg, knivstikke deg, slå deg i hjel,
    slår deg i hjel, slå deg ihjel, jeg vet hvor du bor, eg veit kvar du bur, eg veit kor du bur, du er død,
    håper du dør, håper han|hun|de dør, håper du får kreft, vonar du døyr, fortjener å dø, fortener å døy, burde skytes, burde henges, bør skytes,
    bør hengjast, drep dem, drep dei, skyt dem, skyt dei, heng dem, heng dei, i nærmeste lyktestolpe, gass dem|dei, gasse dem|dei,
    slå|slår deg i hel, slå|slår deg ihel, håpar|håper du døyr, håpar han|ho|dei døyr, håpar|vonar du får kreft,
    bør|burde skytast, burde|skulle vært skutt|hengt, burde|skulle vore|vere skotne|skoten|hengde`),
  ...graded(1, `knuse deg, knuser deg, eg skal knuse deg, jeg skal knuse deg, banke deg, banker deg,
    du kommer til å angre, du kjem til å angre, du skal få angre, du vil angre, du skal få svi,
    pass deg for meg, får du se hva som skjer med deg, får du sjå kva som skjer med deg, deng deg, denge deg, eg skal ta deg, jeg skal ta deg, råtne i helvete, død over,
    skal ha juling, fortjener juling, burde få juling, jule dem opp, banke dem opp, bank dem`),
  ...graded(1, `kast dem ut av landet, skal|bør|burde|må utvises|utvisast|deporteres, skal|bør|burde|må sperres inne,
    sperr dem|dei inne, de|dere hører ikke hjemme her, de|dere hører ikke hjemme i norge, dei|de høyrer ikkje heime her, ut av landet med,
    kom deg|dere ut av landet, kom dykk ut av landet, kom deg|dere hjem dit du|dere kom fra`, { message: REMOVAL }),
  // Trash talk before a game: "jeg skal knuse deg i sjakk".
  ...innocent(`knuse|knuser deg|dere|dykk i|på sjakk|tennis|padel|golf|quiz|fifa|bowling|minigolf|kortspill|brettspill|squash|badminton|bordtennis|monopol|yatzy|dart,
    jeg|eg skal knuse deg|dere|dykk i|på sjakk|tennis|padel|golf|quiz|fifa|bowling|minigolf|kortspill|brettspill|squash|badminton|bordtennis|monopol|yatzy|dart,
    knuse|knuser deg|dere|dykk i mario kart, jeg|eg skal knuse deg|dere|dykk i mario kart`),
];

const danish = (): HostileEntry[] => [
  ...graded(2, `dræbe dig, dræber dig, myrde dig, myrder dig, skyde dig, skyder dig, knivstikke dig, slå dig ihjel,
    slår dig ihjel, jeg ved hvor du bor, du er død, håber du dør, håber han|hun|de dør, håber du får kræft, fortjener at dø, burde skydes, burde hænges,
    bør skydes, bør hænges, skyd dem, skyd dem alle, hæng dem, dræb dem, slå dem ihjel, i nærmeste lygtepæl`),
  ...graded(1, `du kommer til at fortryde, du vil fortryde, det skal du fortryde, det kommer du til at fortryde,
    skal du se hvad der sker med dig, tæve dig, tæver dig, banke dig, banker dig, smadre dig, smadrer dig, give dig bank, få tæsk, skal have tæsk,
    rådne op i helvede, brænd i helvede, afliv dem, aflive dem, død over, skal have en røvfuld, give dem en røvfuld,
    skal have tæsk, fortjener tæsk, tæsk dem, tæske dem, skal tæskes, bør tæskes, burde tæskes, tramp på dem,
    skulle|burde|bør|fortjener have en røvfuld, fortjener en røvfuld, brænd dem|hende|ham|heksen, dødsstraf til, dødstraf til,
    gas dem, gasse dem, gasses`),
  ...graded(1, `smid dem ud af landet, smid dem over grænsen, smid dem på den anden side af grænsen, udvis dem|alle,
    deporter dem|alle, spær dem inde, skal|bør|burde|må udvises|deporteres, skal|bør|burde|må spærres inde,
    de|i hører ikke hjemme her, de|i hører ikke hjemme i danmark, ud af landet med`, { message: REMOVAL }),
  // Trash talk before a game: "jeg skal nok smadre dig i skak".
  ...innocent(`smadre|smadrer dig|jer i|til skak|tennis|padel|golf|quiz|fifa|bowling|minigolf|kortspil|brætspil|squash|badminton|bordtennis|matador|yatzy|dart,
    smadre|smadrer dig|jer i mario kart`),
];

const german = (): HostileEntry[] => [
  ...graded(2, `bring dich um, bringe dich um, bringt dich um, bring euch um, bringe euch um, töte dich, töten dich,
    abknallen, erschossen gehört, gehört erschossen, gehören erschossen, gehört aufgehängt,
    gehören aufgehängt, an die wand stellen, vergasen,
    vergast, ich weiß wo du wohnst, ich weiss wo du wohnst, du bist tot, du bist ein toter mann,
    hoffentlich stirbst du, hoffentlich verreckst du, sollen verrecken, soll verrecken, sollen krepieren,
    soll krepieren, sollen absaufen, soll absaufen, sollen ersaufen, ersäufen, verdient den tod, verdienen den tod, gesteinigt, steinigen, lynchen,
    kopf ab, rübe ab, totprügeln, aufknüpfen`),
  ...graded(1, `du wirst es bereuen, ihr werdet es bereuen, das wirst du bereuen, das werdet ihr bereuen,
    umbringen, abstechen, erschießen, erschiessen, abschlachten, mach dich kalt, mache dich kalt,
    polier dir die fresse, hau dir eine rein, verprügeln, vermöbeln, eins auf die fresse, aufs maul,
    pass bloß auf, pass bloss auf, du wirst sehen was mit dir passiert, dann siehst du was mit dir passiert, wehe dir, wehe euch, schmoren in der hölle, in der hölle schmoren,
    zur hölle fahren, fahr zur hölle, geh sterben, geht sterben, gehört weggesperrt, gehören weggesperrt, entmannen,
    tod den, tod allen, gehört verprügelt, gehören verprügelt, gehört verdroschen, gehört sich verdroschen, verdreschen,
    totschlagen, totschießen, totschiessen, niederknallen, krankenhausreif+, kopf abreißen, kopf abreissen, auf die fresse,
    eins in die fresse, verschimmeln lassen, sollen verrotten, soll verrotten, soll sich erhängen, häng dich auf,
    aus dem land jagen, zum teufel jagen, jagt ihn|sie|die|euch davon, davonjagen`),
  // Wishing people dead: "sollen sie doch absaufen", "soll er verrecken".
  ...graded(2, `soll|sollen|sollten|sollte sie|er|die|ihr|doch|alle|ruhig|halt absaufen|ersaufen|verrecken|krepieren|verrotten|verbrennen,
    soll|sollen|sollten|sollte sie|er|die|ihr doch|alle|ruhig|halt absaufen|ersaufen|verrecken|krepieren|verrotten|verbrennen,
    gehört|gehören hingerichtet|erschlagen|erhängt|aufgeknüpft|vergast|ausgerottet, gehört|gehören in die gaskammer, gehört|gehören ins kz,
    in die gaskammer mit, ab ins kz, ins kz mit, wünsche|wünsch|wünschen dir|euch|ihm|ihr|ihnen den tod|krebs, wünsche|wünsch|wünschen dir|euch|ihm|ihr|ihnen die pest,
    hoffe du kriegst|bekommst krebs, hoffe dass du krebs kriegst|bekommst, die pest an den hals, hoffentlich krepiert|verreckt, hoffentlich stirbt|krepiert|verreckt er|sie|ihr|du,
    soll|möge ihn|sie|dich|euch der schlag treffen, der schlag soll dich|ihn|sie|euch treffen,
    wäre|wären besser tot, hoffe er|sie|ihr|du stirbt|stirbst|sterbt|krepiert|krepierst|verreckt|verreckst,
    hoffe dass er|sie|ihr|du stirbt|stirbst|sterbt|krepiert|krepierst|verreckt|verreckst,
    hoffe dass er|sie|ihr|du _ stirbt|stirbst|sterbt|krepiert|krepierst|verreckt|verreckst, wünschte|wünsche er|sie|die|ihr wäre|wären tot, an den galgen, an die laterne, an den laternenpfahl,
    gehört|gehören an den galgen|laternenpfahl, gehört|gehören an die laterne, kugel in den kopf|kopp, eine kugel verdient|verdienen`),
  ...graded(1, `eine scheuern|kleben|runterhauen|reinhauen|verpassen|knallen, ein paar scheuern|kleben|runterhauen|reinhauen|verpassen|knallen,
    tracht prügel, was aufs maul`),
  // Calls to lock up, throw out or punish people, and "man sollte sie aufhängen".
  ...graded(1, `gehört|gehören abgeschoben|ausgewiesen|eingesperrt|eingebuchtet|weggeschlossen|ausgebürgert|rausgeworfen|rausgeschmissen|entsorgt|ausgepeitscht|kastriert,
    gehört|gehören hinter gitter, gehört|gehören in den knast, gehört|gehören ins gefängnis|lager|arbeitslager,
    gehört|gehören in ein lager|arbeitslager, ab ins lager|arbeitslager, ins arbeitslager mit, ab in den gulag, in den gulag mit,
    sofort|alle|endlich ausweisen|rückführen|ausbürgern|wegsperren|einsperren,
    schiebt|schieb sie|ihn|alle|endlich|sofort|die|diese|euch ab, schiebt|schieb sie|ihn|alle|endlich|sofort|die|diese|euch _ ab,
    schiebt|schieb sie|ihn|alle|die|diese _ _ ab, schiebt|schieb sie|ihn|alle|die|diese _ _ mit ab,
    raus mit ihnen|denen|euch|allen, raus mit dem|diesem pack|gesindel,
    man|die sollte|sollten|müsste|müssten|muss|müsste sie|ihn|die|alle|diese|euch _ aufhängen|erschießen|erschiessen|abknallen|erschlagen|totschlagen|steinigen|einsperren|wegsperren|abschieben|ausweisen|ausbürgern|verprügeln,
    man|die sollte|sollten|müsste|müssten|muss|müsste sie|ihn|die|alle|diese|euch aufhängen|erschießen|erschiessen|abknallen|erschlagen|totschlagen|steinigen|einsperren|wegsperren|abschieben|ausweisen|ausbürgern|verprügeln,
    sollte|müsste|muss man sie|ihn|die|alle|diese|euch _ aufhängen|erschießen|erschiessen|abknallen|erschlagen|totschlagen|steinigen|einsperren|wegsperren|abschieben|ausweisen|ausbürgern|verprügeln,
    sollte|müsste|muss man sie|ihn|die|alle|diese|euch aufhängen|erschießen|erschiessen|abknallen|erschlagen|totschlagen|steinigen|einsperren|wegsperren|abschieben|ausweisen|ausbürgern|verprügeln,
    sollen|soll|sollten|sollte sie|er|ihr|die doch|endlich|alle|halt verschwinden|abhauen|abziehen, hau ab, haut endlich ab, verschwindet endlich`,
    { message: REMOVAL }),
  ...innocent(`hoffe dass er|sie|ihr|du nicht stirbt|stirbst|sterbt|krepiert|verreckt, hoffe er|sie|ihr|du stirbt|stirbst|sterbt nicht,
    hoffe dass er|sie|ihr|du stirbt|stirbst|sterbt nicht, sich umbringen, mich umbringen, sich selbst umbringen, dich nicht umbringen, hoffentlich stirbt er|sie|ihr|du nicht, schiebt die schuld|verantwortung ab, schiebt sie die schuld|verantwortung ab,
    schiebt die schuld|verantwortung _ ab, schiebt die schuld|verantwortung _ _ ab, hau ab und zu`),
];

/** Built when the lexicon first needs them: the lists are not kept after it is built. */
export function threatLists(): LexiconData<HostileEntry> {
  const nordic = norwegian();
  return { en: english(), sv: swedish(), nb: nordic, nn: nordic, da: danish(), de: german() };
}

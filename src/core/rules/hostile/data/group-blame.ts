/**
 * Words for blaming a whole group of people: the groups people are judged by for what they are
 * (religion, origin, migration, sexuality), and the charges laid on them (crime, violence, living
 * off others, not belonging). A group and a charge in one sentence make a sweeping claim ("die
 * Moslems töten Deutsche", "immigrants are taking over", "muslimerne lever på kontanthjælp").
 * Words that show the group is the one wronged ("Gewalt gegen Flüchtlinge", "victims", "racism")
 * shield the sentence. Bokmål, Nynorsk and Danish share one list, as in the other hostile lists.
 */
import type { LexiconData, LexiconEntry } from '../../../lexicon';
import type { WordSets } from '../word-sets';
import { graded, type HostileData } from './build';

export type Blame = HostileData & { role: 'group' | 'charge' | 'shield' };
type BlameEntry = LexiconEntry<Blame>;

function role(role: Blame['role'], phrases: string): BlameEntry[] {
  return graded(1, phrases).map((entry) => ({ ...entry, role }));
}

const english = (): BlameEntry[] => [
  ...role('group', `muslims, moslems, islam, immigrants, illegal immigrants, illegals, illegal aliens, migrants, refugees,
    asylum seekers, foreigners, blacks, jews, arabs, africans, somalis, mexicans, latinos, hispanics, gypsies, roma, gays,
    homosexuals, these people, every last one of them`),
  ...role('charge', `criminal+, criminals, crime, crimes, rapist+, rape, rapes, raping, terrorist+, terror, terrorism,
    violent, violence, dangerous, kill, kills, killing, murder+, murdering, steal, steals, stealing, thieves,
    welfare, leech+, parasite+, freeloader+, freeloading, lazy, filthy, dirty, smell, stink+, savage+, backward,
    primitive, barbaric, barbarian+, invade, invading, invasion, invaders, swarm+, flooding, breed, breeding,
    taking over, take over our, replace us, replacing us, go back, send them back, sent back, deport+, get out,
    don't belong, do not belong, dont belong, not welcome, should leave, must leave, pedophile+, paedophile+, hate us,
    cult, plague, disease, cancer, threat, can't be trusted, cannot be trusted, never integrate, won't integrate,
    don't integrate, refuse to integrate, sharia, caliphate, islamisation, islamization, destroying, ruining,
    destroy our|this country, ruin our|this country`),
  ...role('shield', `victim+, victims of, racism, racist attacks, islamophobia, antisemitism, anti-semitism,
    discrimination, discriminated, discriminate, hate crime+, xenophobia, bigotry, prejudice, stereotype+,
    flee, flees, fled, fleeing, face, faced, facing, suffer, suffered, suffering, endure, endured, targeted, attacked`),
];

const swedish = (): BlameEntry[] => [
  ...role('group', `muslimer, muslimerna, islam, invandrare, invandrarna, flyktingar, flyktingarna, migranter, migranterna,
    asylsökande, ensamkommande, utlänningar, utlänningarna, araber, araberna, somalier, somalierna, afrikaner, afrikanerna,
    afghaner, afghanerna, judar, judarna, zigenare, zigenarna, romer, romerna, homosexuella, nysvenskar, nysvenskarna`),
  ...role('charge', `kriminell+, brottsling+, brott, våldtäkt+, våldtäkter, våldtar, våldtäktsmän, våld, våldsam+, terror+,
    farlig+, hot, hatar, bidrag, bidragstagare, lever på bidrag, socialbidrag, parasit+, snyltar, snyltare, lat, lata,
    smutsig+, stinker, primitiv+, barbar+, bakåtsträvande, invasion, invaderar, tar över, ska ut, ska hem, åka hem,
    skicka hem, skickas hem, utvisa, utvisas, utvisning, deportera+, hör inte hemma, hör inte hit, inte välkomna,
    pedofil+, dödar, mördar, mördare, knivhugger, stjäl, tjuvar, sharia, kalifat, islamisering+, integrerar sig inte,
    vägrar integrera sig, vägrar att integrera sig, förstör, förstörde`),
  ...role('shield', `offer, offren, offret, rasism, rasismen, islamofobi, islamofobin, antisemitism, antisemitismen,
    diskriminering+, diskrimineras, diskriminerade, hatbrott, främlingsfientlighet+, fördom+, fördomar,
    flyr, flydde, flytt, utsätts, utsattes, utsatta, drabbas, drabbades, lider`),
];

const danoNorwegian = (): BlameEntry[] => [
  ...role('group', `muslimer, muslimene, muslimerne, muslimar, islam, innvandrere, innvandrerne, innvandrarar, innvandrarane,
    indvandrere, indvandrerne, flyktninger, flyktningene, flyktningar, flyktningane, flygtninge, flygtningene,
    migranter, migrantene, migranterne, asylsøkere, asylsøkerne, asylsøkjarar, asylansøgere, utlendinger, utlendingene,
    utlendingar, udlændinge, udlændingene, arabere, araberne, arabarar, somaliere, somalierne, somaliarar, afrikanere,
    afrikanerne, jøder, jødene, jøderne, jødar, sigøynere, sigøjnere, romfolk, romaer, homofile, homoseksuelle,
    tyrkere, tyrkerne`),
  ...role('charge', `kriminell+, kriminelle, kriminalitet, forbrytere, forbrydere, forbrytarar, voldtekt+, voldtægt+,
    voldtar, voldtager+, valdtekt+, vold, vald, voldelig+, voldelige, valdeleg+, terror+, farlig+, farleg+, trussel,
    trusel, hater, hatar, hader, trygd, trygda, på trygd, på bistand, kontanthjælp, på kontanthjælp, snyltere, snylter,
    snyltarar, parasitter, parasittar, dovne, doven, late, skitne, beskidte, stinker, stinkar, primitive, primitiv+,
    barbar+, tilbakestående, tilbakeståande, tilbagestående, invasjon, invasion, tar over, overtager, skal ut, skal hjem,
    skal heim, sendes hjem, sendast heim, send dem hjem, send dei heim, send dem ud, udvis+, utvis+, deporter+,
    hører ikke hjemme, hører ikke til, høyrer ikkje heime, ikke velkomne, ikkje velkomne, pedofil+, dreper, drep,
    dræber, morder+, mordar+, stjeler, stel, stjæler, tyver, tjuvar, sharia, kalifat, islamisering+,
    integrerer seg ikke, integrerer sig ikke, integrerer seg ikkje, vil ikke integreres, ødelegger, ødela, øydelegg,
    øydela, ødelægger, ødelagde`),
  ...role('shield', `offer, offeret, ofre, ofrene, ofra, rasisme, rasismen, islamofobi, islamofobien, antisemittisme,
    antisemitisme, antisemitismen, diskrimination, diskriminering+, diskrimineres, diskrimineret, diskriminert, hatkriminalitet,
    hadforbrydelse+, hatkrim+, fremmedfrykt, fremmedhad, fordom+, fordommer, fordomar,
    flykter, flyktet, flyktar, flyktte, flygter, flygtede, flygtet, utsettes, utsatt, utsette, udsættes, udsat, udsatte,
    rammes, rammet, ramt, lider`),
];

const german = (): BlameEntry[] => [
  ...role('group', `moslems, muslime, muslimen, muselmanen, musels, islam, islams, flüchtlinge, flüchtlingen, migranten,
    asylanten, asylbewerber, asylbewerbern, asylsuchende, asylsuchenden, ausländer, ausländern, zuwanderer, zuwanderern,
    einwanderer, einwanderern, neubürger, araber, arabern, türken, afrikaner, afrikanern, schwarzafrikaner,
    schwarzafrikanern, nordafrikaner, nordafrikanern, nafris, syrer, syrern, afghanen, tschetschenen, juden, zigeuner,
    roma, schwule, schwulen, lesben, homosexuelle, homosexuellen, diese leute, jeder moslem, ausländerinnen, migrantinnen,
    muslimas, türkinnen, araberinnen, afrikanerinnen, islamisch+, muslimisch+, moslemisch+,
    jeder muslim, jeder ausländer, jeder flüchtling, alle moslems, alle muslime, alle ausländer, alle flüchtlinge`),
  ...role('charge', `kriminell+, kriminalität, verbrecher, gewalt, gewalttätig+, gewaltbereit+, vergewaltigen,
    vergewaltiger+, vergewaltigung+, messer, messerstecher+, messerangriff+, mord, morde, morden, mörder, mördern, ermorden,
    töten, tötet, töteten, umbringen, terror, terroristen, terroristisch+, gefährlich+, bedrohung, hassen,
    hasst, unkultur, rückständig+, primitiv+, barbar+, barbarisch+, faul+, schmarotzer+, schmarotzen,
    sozialsystem, sozialsysteme, sozialsystemen, sozialamt, sozialhilfe, sozialleistungen, stütze, hartz, hartz4,
    parasit+, parasiten, invasion, invasoren, überschwemmen, überschwemmt, überflutet, erobern, eroberung, unterwerfung,
    brauchen wir nicht, nicht brauchen, brauchen keine, haben hier nichts verloren, gehören nicht, gehört nicht, passen nicht,
    müssen|sollen|sollten|gehören raus|zurück|weg|abgeschoben|ausgewiesen, raus mit, abschieben,
    ab nach hause, zurück in ihre heimat, kinderschänder+, ehrenmord+, dreckig+, stinken, stinkt, minderwertig+,
    ungeziefer, pest, plage, seuche, krebsgeschwür, ideologie, kult, sekte, betrügen, klauen, stehlen, diebe, dieben,
    integrieren sich nicht, integrationsunwillig+, scharia, kalifat, islamisierung, umvolkung, bevölkerungsaustausch,
    überfremdung, zerstören, zerstört, ruinieren, ruiniert`),
  ...role('shield', `opfer, rassismus, islamfeindlichkeit, islamophobie, antisemitismus, diskriminierung+, diskriminiert,
    fremdenfeindlichkeit, fremdenhass, hassverbrechen, vorurteil+, vorurteile,
    fliehen, flüchten, flohen, geflohen, geflüchtet, erleiden, erlitten, erleben, erlebten, leiden, litten, ausgesetzt,
    angegriffen, getötet`),
];

/** Built when a lexicon first needs them: the lists are not kept after it is built. */
export function groupBlameLists(): LexiconData<Blame> {
  const nordic = danoNorwegian();
  return { en: english(), sv: swedish(), nb: nordic, nn: nordic, da: nordic, de: german() };
}

/** Words that make a group the one wronged when they stand just before it ("attacks against Muslims"). */
export const TOWARD: WordSets = {
  en: 'against toward towards on at',
  sv: 'mot emot',
  nb: 'mot',
  nn: 'mot',
  da: 'mod imod',
  de: 'gegen gegenüber auf',
};

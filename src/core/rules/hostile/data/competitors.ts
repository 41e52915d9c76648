/**
 * Attacks on competitors: a word pointing at the competition (competitors, konkurrenten, "unlike")
 * near a word that runs it down (garbage, clueless, skräp, Abzocke), or a name called a scam
 * ("Acme is a scam").
 */
import type { LexiconData } from '../../../lexicon';
import type { WordSets } from '../word-sets';
import { graded, type HostileEntry } from './build';

/** Words that point at the competition. */
export const COMPETITOR_CUES: LexiconData<HostileEntry> = {
  en: graded(1, `competitor*, competition, competition's, rival, rivals, rival's, rivals', the other guys, other agencies,
    other vendors, other providers, other companies, other tools, other platforms, other firms, other consultants,
    other brands, other apps, unlike, compared to, compared with, as opposed to, in contrast to`),
  sv: graded(1, `konkurrent*, konkurrens*, andra byråer, andra leverantörer, andra företag, andra verktyg, andra konsulter,
    till skillnad från, jämfört med, i motsats till`),
  nb: graded(1, `konkurrent*, konkurransen, andre byråer, andre leverandører, andre selskaper, andre verktøy,
    andre konsulenter, i motsetning til, sammenlignet med`),
  nn: graded(1, `konkurrent*, konkurransen, andre byrå, andre leverandørar, andre selskap, andre verktøy,
    i motsetnad til, samanlikna med`),
  da: graded(1, `konkurrent*, konkurrencen, andre bureauer, andre leverandører, andre virksomheder, andre værktøjer,
    andre konsulenter, i modsætning til, sammenlignet med, til forskel fra`),
  de: graded(1, `konkurrent*, konkurrenz*, mitbewerber*, wettbewerber*, andere agenturen, andere anbieter,
    andere firmen, andere tools, im gegensatz zu, anders als, verglichen mit`),
};

/** Words that run a product or a company down. */
export const DISPARAGING: LexiconData<HostileEntry> = {
  en: graded(1, `garbage, trash, junk, crap, crappy, rubbish, scam*, fraud*, clueless, incompetent, amateurs, amateurish,
    useless, worthless, joke, jokes, rip-off*, ripoff*, overpriced, shoddy, lousy, pathetic, inferior, second-rate,
    third-rate, knock-off*, knockoff*, cowboys, crooks, liars, idiots, morons, no clue, cheap copy,
    cheap copies, terrible, awful, sucks, suck, laughable, dinosaurs, don't know what they're doing`),
  sv: graded(1, `skräp, skräpet, skit, bluff*, bedrag*, oseriös*, inkompetent*, amatörer, amatörmässig*, värdelös*,
    usel*, uselt, lurendrejer*, kass, kassa, ingen aning, fattar ingenting, sämst, skämt, patetisk*, klåpare`),
  nb: graded(1, `søppel, skrot, svindel*, juks, useriøs*, inkompetent*, amatører, amatørmessig*, verdiløs*, elendig*,
    ubrukelig*, aner ikke, ingen anelse, latterlig*, patetisk*, klovner, kvakksalver*, svindlere`),
  nn: graded(1, `søppel, skrot, svindel*, juks, useriøs*, inkompetent*, amatørar, verdilaus*, elendig*, ubrukeleg*,
    aner ikkje, inga anelse, latterleg*, patetisk*, klovnar, svindlarar`),
  da: graded(1, `skrammel, bras, lort, svindel*, fup, useriøs*, inkompetent*, amatører, amatøragtig*, værdiløs*,
    elendig*, ubrugelig*, aner ikke, ingen anelse, latterlig*, patetisk*, klovne, fuskere, fusk, svindlere`),
  de: graded(1, `müll, schrott, schund, abzocke*, abzocker*, betrug, betrüger*, ahnungslos*, inkompetent*, amateure,
    unseriös*, wertlos*, pfusch*, stümper*, keine ahnung, minderwertig*, lächerlich*, erbärmlich*, dilettant*,
    billige kopie, billige kopien, witzfiguren`),
};

/**
 * "Acme is a scam" and its kind, flagged when a name comes right before. Sureness 1 for claims of
 * fraud; 0 for running down ("is garbage", "are amateurs"), which count only after a name inside
 * a sentence: a capital at the start of one may be any noun ("Perfection is useless").
 */
export const SCAM_CLAIMS: LexiconData<HostileEntry> = {
  en: [
    ...graded(1, `is a scam, is a total scam, is a complete scam, is such a scam, is a scam company, is a fraud,
      is a fraudulent, is a sham, is a ripoff, is a rip-off, is a rip off, is a con, is a ponzi scheme,
      is a pyramid scheme, are scammers, are frauds, are crooks, are con artists, are a scam`),
    ...graded(0, `is garbage, is trash, is crap, is junk, is a joke, is a total joke, are a joke, is useless, are useless,
      are clueless, are idiots, are amateurs, are incompetent, is incompetent, is a disgrace`),
  ],
  sv: [
    ...graded(1, `är en bluff, är bluff, är en bluff firma, är ett bedrägeri, är bedrägeri, är ett pyramidspel,
      är lurendrejeri, är bedragare, är lurendrejare, är skojare`),
    ...graded(0, `är ett skämt, är skräp, är skit, är värdelösa, är värdelös, är amatörer, är inkompetenta`),
  ],
  nb: [
    ...graded(1, `er svindel, er juks, er en svindel, er en bløff, er bløff, er et pyramidespill, er lureri, er svindlere,
      er kjeltringer`),
    ...graded(0, `er søppel, er skrot, er elendige, er elendig, er amatører, er inkompetente, er ubrukelige`),
  ],
  nn: [
    ...graded(1, `er svindel, er juks, er ein svindel, er ein bløff, er eit pyramidespel, er svindlarar`),
    ...graded(0, `er søppel, er elendige, er amatørar`),
  ],
  da: [
    ...graded(1, `er fup, er svindel, er et fupnummer, er en svindel, er et pyramidespil, er svindlere,
      er plattenslagere`),
    ...graded(0, `er bras, er skrammel, er lort, er en joke, er elendige, er elendig, er amatører, er inkompetente,
      er ubrugelige`),
  ],
  de: [
    ...graded(1, `ist betrug, ist abzocke, ist ein betrug, ist eine abzocke, ist ein schneeballsystem, ist verarsche,
      ist eine verarsche, sind betrüger, sind abzocker, ist ein fake`),
    ...graded(0, `ist müll, ist schrott, ist ein witz, ist der letzte dreck, sind amateure, sind inkompetent,
      sind idioten, sind stümper, ist unfähig`),
  ],
};

/** Words that start a sentence with a capital without being a name ("This is a scam"). */
export const NOT_A_NAME = new Set(
  `this that it it's he she they there which what who everything something nothing all everyone someone here
  det detta den denna han hon de dom allt något ingenting här dette hun dei alt noe noko ingenting her
  dette det den han hun de alt noget intet her das dies es er sie alles etwas nichts hier man`.split(/\s+/),
);

/**
 * Words before a noun that make it a common noun, not a name: German capitalises every noun, so
 * "Dieser Typ ist ein Witz" is about a man, not a competitor called Typ.
 */
export const BEFORE_A_NOUN: WordSets = {
  en: 'the a an this that these those my your his her its our their',
  sv: 'den det de en ett denna detta dessa min mitt mina din ditt dina vår vårt våra er ert era hans hennes deras',
  nb: 'den det de en ei et denne dette disse min mitt mine din ditt dine vår vårt våre deres hans hennes',
  nn: 'den det dei ein ei eit denne dette desse min mitt mine din ditt dine vår vårt våre dykkar hans hennar',
  da: 'den det de en et denne dette disse min mit mine din dit dine vores jeres hans hendes deres',
  de: `der die das den dem des dieser diese dieses diesen diesem jener jene jenes ein eine einer einen einem eines
    mein meine meiner dein deine sein seine ihr ihre unser unsere euer eure kein keine`,
};

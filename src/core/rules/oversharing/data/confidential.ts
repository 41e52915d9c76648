/**
 * Confidential work news, per language: markings ("internal only", "under NDA"), news that is not
 * out yet, layoffs before they are announced, and results before the report. Bare nouns that
 * news posts and travel tips use every day ("layoffs", "Stellenabbau", "insider tips") count only
 * in strict mode; the first-person and not-yet forms are shown by default.
 */
import type { LexiconData } from '../../../lexicon';
import type { PhraseData } from '../../../rule';
import { entriesOf } from '../phrases';

const MARKING: PhraseData = { severity: 'critical', sureness: 1 };
const NOT_YET: PhraseData = { severity: 'warning', sureness: 1 };
const LAYOFFS: PhraseData = { severity: 'critical', sureness: 1 };
const INSIDER: PhraseData = { severity: 'critical', sureness: 1 };
const NEWS_WORD: PhraseData = { severity: 'warning', sureness: 0 };

interface ConfidentialLanguage {
  marking: string[];
  notYet: string[];
  layoffs: string[];
  /** Figures before the report: a leak ahead of the market. */
  insider: string[];
  /** Words that news and ordinary talk use too ("layoffs", "insider tips"): strict mode only. */
  newsWords: string[];
}

const LANGUAGES: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', ConfidentialLanguage> = {
  en: {
    marking: [
      '{for internal use only|internal use only|internal only|for internal eyes only|company confidential|strictly confidential|highly confidential}',
      '{under|signed an|covered by} nda', 'under embargo', 'embargoed until', 'this is confidential', 'off the record',
      '{don’t|do not|please don’t} {share|forward|repost|leak} this', '{keep this|keep it} {between us|quiet|under wraps|to yourselves}',
      '{can’t|cannot|can’t really} say {much|more|anything} yet', '{i’m|i am|we’re|we are} not allowed to say {much|anything|more|it} yet',
    ],
    notYet: [
      '{not|hasn’t been|has not been|isn’t|is not} {announced|public|official} yet', 'not yet {announced|public|official}',
      'before {it is|it’s} announced', 'before the {official|public} announcement', 'before the press release', 'ahead of the announcement',
      'before {it goes|it’s|it is} public', 'not been made public', 'before {they’re|they are|it’s|it is} {public|out|announced}',
      '{still|kept} under wraps', 'keep it quiet', 'under embargo until', 'secret for now', '{this|it} stays between us',
      '{it’s|it is} {a secret|secret} until',
    ],
    layoffs: [
      '{we’re|we are|we will be|we’ll be|management is} {laying off|cutting} {people|staff|jobs|employees|_ people|_ jobs|_ employees|_ staff}',
      'layoffs are coming', '{we’re|we are|we will be|we’ll be} letting {_|_ _|_ _ _} go',
      '{layoffs|redundancies|job cuts} {coming|are coming} {at|to} {my|our} {company|work|firm|office|team|department}',
      '{we’re|we are|we will be|we’ll be} {cutting|laying off} {_|_ _} of {our|the|} {staff|workforce|team|employees|people}', '{upcoming|planned|secret} {layoffs|redundancies|job cuts}', 'a round of layoffs is coming',
      '{layoffs|redundancies} {next|this} {week|month|quarter}', '{i|we} {have to|will have to|must} {lay off|let go} {_ people|people|staff}',
    ],
    insider: [
      'before the {quarterly|annual|earnings|q1|q2|q3|q4} {report|results|numbers}',
      '{our|the} {numbers|results|figures} {aren’t|are not} {out|public} yet', '{numbers|results|figures} {aren’t|are not} {out|public} yet',
    ],
    newsWords: ['confidential', 'confidential information', 'insider {information|info|tip|tips|knowledge}', 'layoffs', 'redundancies', 'job cuts'],
  },
  sv: {
    marking: [
      '{endast|enbart|bara} {internt|för internt bruk|för intern användning}', 'för internt bruk', 'strikt konfidentiellt', 'detta är konfidentiellt',
      '{under|skrivit på ett|omfattas av} {nda|sekretessavtal}', 'under embargo', '{sprid|dela} inte {detta|det här|vidare}', '{sprid|dela} {inte det|det inte} vidare',
      'säg inget till någon', 'sekretessbelagt', 'sekretessbelagd', 'sekretessbelagda', 'under sekretess',
      '{kan|får} inte säga {så mycket|något|mer|det} {än|ännu}',
    ],
    notYet: [
      '{inte|ännu inte} {officiellt|offentligt|annonserat|kommunicerat|ute} {än|ännu}', 'innan det {blir officiellt|annonseras|går ut}', 'innan det är {officiellt|offentligt}',
      'innan pressmeddelandet', 'före pressmeddelandet', '{ännu|fortfarande} inte {officiellt|offentligt|annonserat|kommunicerat}',
      'håll det för er själva', 'hemligt tills vidare', '{det här|detta|det} stannar mellan oss', 'inte känt än',
      '{det är|det e} hemligt {tills|än|ännu}',
    ],
    layoffs: [
      '{vi|ledningen} {varslar|kommer att varsla|ska varsla|måste varsla}', '{kommande|planerade|hemliga} {varsel|uppsägningar|neddragningar}',
      '{varsel|uppsägningar|neddragningar} {nästa|den här|i} {vecka|månad|höst|vår}', 'varsel om uppsägning',
      '{vi|ledningen} {ska|måste|kommer att} {skära ner|dra ner|minska|dra in} {_|_ _} {tjänster|anställda|jobb}',
      '{personer|anställda|tjänster|kollegor|medarbetare} {sägs upp|ska sägas upp|kommer att sägas upp|varslas|ska varslas|kommer att varslas} {hos oss|på jobbet|här}',
      'det blir {uppsägningar|varsel|neddragningar|nedskärningar} {hos oss|på jobbet|i företaget|på företaget|efter sommaren|i höst|i vår}',
      '{uppsägningar|varsel|neddragningar} {hos oss|på jobbet|i företaget|på företaget}',
    ],
    insider: ['{före|innan} {kvartalsrapporten|bokslutet|delårsrapporten|årsredovisningen}', 'siffrorna är inte {offentliga|ute|släppta} än'],
    newsWords: ['konfidentiellt', 'konfidentiell information', 'insiderinformation', 'insiderinfo', 'insidertips', 'varsel', 'neddragningar', 'uppsägningar'],
  },
  nb: {
    marking: [
      '{kun|bare} {internt|til internt bruk}', 'til internt bruk', 'strengt fortrolig', 'strengt konfidensielt', 'dette er {konfidensielt|fortrolig}',
      '{under|signert en|omfattet av} {nda|taushetserklæring}', 'under embargo', 'ikke del {dette|videre}', 'ikke del det videre',
      'ikke si det til noen', 'ikke si noe til noen', '{kan|får} ikke si {så mye|noe|mer|det} {ennå|enda}', 'får ikke lov til å si {noe|det} {ennå|enda}',
    ],
    notYet: [
      'ikke {offisielt|offentlig|kunngjort|annonsert|ute} {ennå|enda}', 'før det {blir offisielt|blir kunngjort|blir annonsert|går ut}', 'før det er {offisielt|offentlig|kunngjort}',
      'før pressemeldingen', '{ennå|enda|foreløpig} ikke {offisielt|offentlig|kunngjort|annonsert}', 'foreløpig hemmelig',
      'hold det for dere selv', 'hemmelig inntil videre', '{dette|det} blir mellom oss', 'ikke kjent {ennå|enda}', 'ikkje kjent {enno|ennå}',
      'det er hemmelig {til|inntil|ennå|enda}',
    ],
    layoffs: [
      '{vi|ledelsen} {skal|må|kommer til å} {nedbemanne|permittere}', 'det blir {nedbemanning|oppsigelser|permitteringer}',
      '{kommende|planlagt|hemmelig} {nedbemanning|fyringsrunde|oppsigelser}', '{nedbemanning|fyringsrunde} {hos oss|i firmaet|på jobb}',
      '{vi|ledelsen} {skal|må} {kutte|kutte ned} {_|_ _} {stillinger|årsverk|ansatte}',
      'det blir en {fyringsrunde|nedbemanning|oppsigelsesrunde}', '{vi får|vi har fått|vi fikk} varsel om {permittering|permitteringer|oppsigelse|oppsigelser|nedbemanning}',
      '{ansatte|stillinger|årsverk|kolleger|kollegaer} {skal|må} {kuttes|bort|sies opp|permitteres} {hos oss|på jobben|her}',
      '{nedbemanning|fyringsrunde|oppsigelser|permitteringer} {på jobben|i bedriften|i selskapet}',
    ],
    insider: ['før {kvartalsrapporten|årsrapporten|resultatet}', 'tallene er ikke {offentlige|ute|sluppet} {ennå|enda}'],
    newsWords: ['konfidensielt', 'fortrolig', 'konfidensiell informasjon', 'innsideinformasjon', 'innsideinfo', 'innsidetips', 'nedbemanning', 'fyringsrunde', 'oppsigelser'],
  },
  nn: {
    marking: [
      '{berre|kun} {internt|til internt bruk}', 'til internt bruk', 'strengt fortruleg', 'dette er {konfidensielt|fortruleg}',
      '{under|omfatta av} {nda|teieplikt}', 'ikkje del {dette|vidare}', 'ikkje del det vidare', 'ikkje sei det til nokon',
      'ikkje sei noko til nokon', '{kan|får} ikkje seie {så mykje|noko|meir|det} enno',
    ],
    notYet: [
      'ikkje {offisielt|offentleg|kunngjort|annonsert|ute} {enno|ennå}', 'før det {blir|vert} {offisielt|kunngjort}', 'før det er {offisielt|offentleg|kunngjort}', 'før pressemeldinga',
      '{enno|framleis} ikkje {offisielt|offentleg|kunngjort}', 'det er ikkje kunngjort', 'ikkje kjent enno', '{dette|det} blir mellom oss',
      'det er {hemmeleg|løyndom} {til|enno}',
    ],
    layoffs: [
      '{vi|leiinga} {skal|må} {nedbemanne|permittere}', 'det blir {nedbemanning|oppseiingar|permitteringar}',
      '{komande|planlagd} {nedbemanning|oppseiingar}', '{vi|leiinga} {skal|må} kutte {_|_ _} {stillingar|årsverk|tilsette}',
      'det blir ein {fyringsrunde|nedbemanning}', '{vi får|vi har fått|vi fekk} varsel om {permittering|permitteringar|oppseiing|oppseiingar|nedbemanning}',
      '{tilsette|stillingar|årsverk|kollegaer} {skal|må} {kuttast|bort|seiast opp|permitterast} {hjå oss|hos oss|på jobben|her}',
      '{nedbemanning|fyringsrunde|oppseiingar|permitteringar} {hjå oss|hos oss|på jobben|i bedrifta|i selskapet}',
    ],
    insider: ['før {kvartalsrapporten|årsrapporten|resultatet}', 'tala er ikkje {offentlege|ute} enno'],
    newsWords: ['fortruleg', 'innsideinformasjon', 'nedbemanning', 'oppseiingar'],
  },
  da: {
    marking: [
      '{kun|udelukkende} {internt|til intern brug}', 'til intern brug', 'strengt fortroligt', 'dette er fortroligt',
      '{under|underskrevet en|omfattet af} {nda|tavshedspligt|fortrolighedsaftale}', 'under embargo', 'del ikke {dette|det her|videre}', 'del {ikke det|det ikke} videre',
      'sig det ikke til nogen', 'sig ikke noget til nogen', '{kan|må} ikke sige {så meget|noget|mere|det} endnu',
    ],
    notYet: [
      'ikke {offentliggjort|officielt|offentligt|annonceret|ude|meldt ud|udmeldt} endnu', 'før det {bliver officielt|bliver offentliggjort|bliver annonceret|kommer ud}', 'før det er {officielt|offentligt|offentliggjort}',
      'før pressemeddelelsen', 'endnu ikke {offentliggjort|officielt|annonceret}', 'foreløbig hemmeligt', 'det er hemmeligt {indtil|endnu}', 'hold det for jer selv', 'hemmeligt indtil videre', '{det her|det} bliver mellem os', 'ikke kendt endnu',
    ],
    layoffs: [
      '{vi|ledelsen} {skal|må|kommer til at} {fyre|afskedige}', 'der kommer {fyringer|afskedigelser|nedskæringer}',
      '{kommende|planlagte|hemmelige} {fyringer|afskedigelser|nedskæringer|fyringsrunde}', 'fyringsrunde {hos os|i firmaet}',
      '{vi|ledelsen} {skal|må} {skære|nedlægge} {_|_ _} {stillinger|årsværk}',
      'der kommer en {fyringsrunde|sparerunde}', 'fyringsrunde {på arbejdet|i virksomheden|på jobbet}',
      '{medarbejdere|ansatte|stillinger|kolleger} {skal|bliver|vil blive} {fyret|afskediget|nedlagt|sagt op} {hos os|på jobbet|her}',
      '{vi|firmaet|ledelsen} skal af med {_|_ _} {medarbejdere|ansatte|kolleger|folk}',
    ],
    insider: ['før {kvartalsrapporten|årsrapporten|regnskabet}', 'tallene er ikke {offentlige|ude|offentliggjort} endnu'],
    newsWords: ['fortroligt', 'fortrolig information', 'insiderviden', 'insiderinformation', 'fyringsrunde', 'fyringer', 'afskedigelser'],
  },
  de: {
    marking: [
      '{nur|ausschließlich} {intern|für den internen gebrauch}', 'nur für den internen gebrauch', 'streng vertraulich', 'das ist vertraulich',
      '{unter|unterliegt einer} nda', 'unter embargo', 'sperrfrist bis', 'bitte nicht {weitersagen|teilen|weiterleiten}',
      'nicht weitersagen', 'sagt es nicht weiter', '{sagt|sag|erzählt|erzähl} es {bitte|} {keinem|niemandem}', '{sagt|sag|erzählt|erzähl} {keinem|niemandem} davon', 'bitte nicht weitergeben', 'bitte noch nicht {teilen|weitersagen|weiterleiten|weitergeben|posten}', 'nur für interne zwecke', 'nicht für die öffentlichkeit',
      'noch unter verschluss', 'betriebsgeheimnis', 'nicht weitererzählen', 'ich darf noch nichts sagen', '{wir dürfen|ich darf} {es|das} noch nicht sagen', 'darf {ich|} noch nicht {sagen|verraten}',
    ],
    notYet: [
      'noch nicht {offiziell|öffentlich|angekündigt|bekannt gegeben|kommuniziert}', 'bevor es offiziell {ist|wird}', 'vor der {pressemitteilung|bekanntgabe}',
      'offiziell noch nicht', 'noch geheim', 'vorerst geheim', 'behaltet es für euch', 'das bleibt unter uns', 'noch nicht bekannt',
      'noch nicht spruchreif', 'noch nicht publik',
    ],
    layoffs: [
      'wir {bauen|streichen} _ stellen', 'wir {bauen|streichen} _ _ stellen', 'wir {müssen|werden} {leute|mitarbeiter|stellen} {entlassen|abbauen}',
      '{geplanter|bevorstehender|kommender|geheimer} {stellenabbau|personalabbau}', '{geplante|bevorstehende|kommende} {entlassungen|kündigungen}',
      '{stellenabbau|entlassungswelle|kündigungswelle} bei uns', 'wir {müssen|werden} {_|_ _} stellen {streichen|abbauen}',
      'wir {müssen|werden} {_|_ _|_ _ _} {leute|mitarbeiter|mitarbeitende|beschäftigte|kollegen} {entlassen|abbauen|kündigen}',
      'bei uns werden {_|_ _} {stellen|leute|mitarbeiter|arbeitsplätze} {abgebaut|gestrichen|entlassen}',
      'bei uns {steht|stehen} {eine|ein} {kündigungswelle|entlassungswelle|stellenabbau|personalabbau} an',
      '{stellenabbau|entlassungen|kündigungen|personalabbau} {in unserer firma|in meiner firma|bei meinem arbeitgeber}',
      'bei uns {wird es|gibt es bald|kommt} {entlassungen|kündigungen|einen stellenabbau|kurzarbeit} {|geben}', 'wir {müssen|gehen in} kurzarbeit',
      'bei uns fliegen {_|_ _} {leute|mitarbeiter|mitarbeitende|kollegen} raus', '{es wird|wird es} bei uns {entlassungen|kündigungen} geben',
    ],
    insider: [
      'vor den {quartalszahlen|jahreszahlen}', 'vor dem {quartalsbericht|jahresabschluss|geschäftsbericht}', 'die zahlen sind noch nicht {öffentlich|raus|veröffentlicht}',
      '{zahlen|quartalszahlen|jahreszahlen|ergebnisse} sind noch nicht {öffentlich|raus|veröffentlicht|bekannt}',
    ],
    newsWords: ['vertraulich', 'vertrauliche informationen', 'insiderinformationen', 'insiderinfos', 'insiderwissen', 'stellenabbau', 'entlassungswelle', 'kündigungswelle', 'personalabbau'],
  },
};

/** Markings that head a message ("Confidential: …", "Vertraulich – …"): only at a sentence's start, before a colon or dash. */
const HEADINGS = [
  'confidential', 'internal', 'off the record', 'between us', 'konfidentiellt', 'internt', 'mellan oss', 'konfidensielt', 'fortrolig',
  'fortroligt', 'fortruleg', 'mellom oss', 'mellem os', 'vertraulich', 'unter uns', 'streng geheim', 'geheim', 'intern',
  'sekretessbelagt', 'internal only',
];

export const CONFIDENTIAL_HEADINGS: LexiconData<PhraseData> = { en: entriesOf(HEADINGS, { ...MARKING, anywhere: true }) };

/** Built when the lexicon first needs them, and not kept. */
export function confidentialWork(): LexiconData<PhraseData> {
  return Object.fromEntries(
    Object.entries(LANGUAGES).map(([lang, language]) => [
      lang,
      [
        ...entriesOf(language.marking, MARKING),
        ...entriesOf(language.notYet, NOT_YET),
        ...entriesOf(language.layoffs, LAYOFFS),
        ...entriesOf(language.insider, INSIDER),
        ...entriesOf(language.newsWords, NEWS_WORD),
      ],
    ]),
  );
}

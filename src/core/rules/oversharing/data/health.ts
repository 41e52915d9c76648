/**
 * First-person disclosures of a diagnosis or a health detail, per language. Only the writer’s own
 * health: "I was diagnosed with", "jag har fått diagnosen", "ich leide an". Talk about health in
 * general or about others is not listed. Phrases are built from frames and condition words, so a
 * new condition needs one word, not a phrase per frame.
 */
import type { LexiconData, LexiconEntry } from '../../../lexicon';
import type { PhraseData } from '../../../rule';
import { entriesOf, expandGroups } from '../phrases';

/**
 * Words that colloquially mean a passing feeling ("jag har ångest inför måndag"): strict mode only.
 * Abbreviations that are also everyday words (MS Teams, add-ons, German "Ads") are left out.
 */
const COLLOQUIAL = new Set(['anxiety', 'ångest', 'angst', 'stress']);

interface HealthLanguage {
  /** Phrases that disclose a diagnosis on their own. */
  disclosures: string[];
  /** Frames followed by a condition word: "i have", "jag lider av". */
  frames: string[];
  /** Condition words (`*cancer` matches compounds such as bröstcancer). */
  conditions: string[];
  /** Frames followed by a condition with an article ("i have a tumour"). */
  articleFrames?: string[];
  articleConditions?: string[];
  /** Possessive phrases ("my cancer", "kreften min"). */
  possessives: string[];
}

const LANGUAGES: Partial<Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', HealthLanguage>> = {
  en: {
    disclosures: [
      '{i was|i got|i just got|i recently got} diagnosed',
      '{i’ve|i have|i just|i recently} been diagnosed',
      'i {received|got} {the|my|a} diagnosis',
      '{i’m|i am} on sick leave',
      '{i’m|i am} {in|undergoing|starting} {chemo|chemotherapy|radiotherapy|rehab}',
      '{i’m|i am} {autistic|bipolar|diabetic|epileptic|hiv positive}',
      'i had a {miscarriage|breakdown|stroke|heart attack}',
      '{i’m|i am} recovering from {burnout|cancer|a stroke|a heart attack}',
      '{i’m|i am|i’ve been|i have been|i started|i’ve started} {on|taking} {antidepressants|antipsychotics|insulin|lithium|chemo}',
      '{i’ve|i have} been on sick leave',
      '{i was|i’ve been|i have been|i got} {hospitalised|hospitalized|admitted to hospital}',
      '{i’ve been|i have been|i’m|i am|i was} {off work|off sick|signed off} {with|for}',
      'my {panic attacks|seizures|mental breakdown|ivf treatment|therapy sessions|cancer treatment}',
    ],
    frames: ['{i have|i’ve} got', '{i have|i’ve}', 'i {suffer|suffered} from', '{i’m|i am} {living|struggling|battling|diagnosed} with', '{i’ve|i have} been {living with|struggling with|battling|fighting}', 'i {live|struggle|battle} with'],
    conditions: [
      'cancer', '*cancer', '{breast|lung|prostate|skin|bowel|colon|ovarian|pancreatic|brain|thyroid|cervical|testicular|blood} cancer',
      'stage _ cancer', 'leukemia', 'leukaemia', 'lymphoma', 'depression', 'anxiety', 'adhd', 'autism', 'ptsd', 'ocd',
      'bipolar', 'schizophrenia', 'diabetes', 'epilepsy', 'hiv', 'aids', 'endometriosis', 'fibromyalgia', 'dementia',
      'alzheimer’s|alzheimers', 'parkinson’s|parkinsons', 'crohn’s|crohns', 'burnout',
      'long covid', 'celiac|coeliac disease', 'multiple sclerosis', 'chronic fatigue|pain',
    ],
    articleFrames: ['{i have|i’ve} got', '{i have|i’ve}', 'i suffer from', '{i’m|i am} recovering from'],
    articleConditions: ['{a|an} {tumour|tumor|eating disorder|anxiety disorder|brain tumour|brain tumor|personality disorder}'],
    possessives: [
      'my cancer|tumour|tumor|chemo|chemotherapy|diagnosis|depression|adhd|autism|ptsd|bipolar|miscarriage|psychiatrist|oncologist|antidepressants',
      'my {heart attack|stroke|burnout|breakdown|mastectomy|hysterectomy|surgery|operation}', '{months|weeks} into {chemo|chemotherapy|radiotherapy|treatment}',
    ],
  },
  sv: {
    disclosures: [
      'jag {har fått|fick} diagnosen',
      'jag har diagnosen',
      'jag diagnostiserades|diagnosticerades',
      'jag har diagnostiserats|diagnosticerats',
      'jag har blivit diagnostiserad|diagnosticerad',
      'jag blev diagnostiserad|diagnosticerad',
      'jag är|blev sjukskriven|utbränd',
      'jag gick in i väggen',
      'jag har varit sjukskriven',
      'jag {är|blev|har varit|har blivit} inlagd',
      'jag {äter|tar|har börjat med} {antidepressiva|lyckopiller|insulin|litium}',
      'min sjukskrivning',
      'jag får|fick cellgifter|cytostatika|strålbehandling',
      'jag {har fått|fick|har haft} {missfall|en stroke|en hjärtinfarkt}',
    ],
    frames: ['jag har', 'jag lider av', 'jag kämpar med', 'jag lever med', 'jag har fått'],
    conditions: [
      'cancer', '*cancer', 'leukemi', 'lymfom', 'depression', 'ångest', 'adhd', 'autism', 'ptsd', 'ocd', 'bipolär', 'schizofreni',
      'diabetes', 'epilepsi', 'hiv', 'endometrios', 'fibromyalgi', 'demens', 'alzheimers', 'parkinsons',
      'utmattningssyndrom', 'utmattningsdepression', 'ätstörning|ätstörningar', 'long covid', 'celiaki', 'tumör',
      'en {tumör|ätstörning|hjärntumör|ångeststörning}',
    ],
    possessives: ['min cancer|diagnos|depression|cellgiftsbehandling|psykiater|onkolog|utmattning|tumör', 'mitt missfall'],
  },
  nb: {
    disclosures: [
      'jeg {har fått|fikk} {diagnosen|påvist}',
      'jeg har diagnosen',
      'jeg ble diagnostisert',
      'jeg har blitt diagnostisert',
      'jeg {er|ble} {sykmeldt|sykemeldt|utbrent}',
      'jeg har vært {sykmeldt|sykemeldt}',
      'jeg {er|ble|har vært|har blitt} innlagt',
      'jeg {går på|bruker|har begynt på} {antidepressiva|lykkepiller|insulin|litium}',
      'min {sykmelding|sykemelding}',
      'jeg får|fikk cellegift|strålebehandling',
      'jeg {har hatt|fikk} {en spontanabort|et hjerneslag|et hjerteinfarkt}',
    ],
    frames: ['jeg har', 'jeg lider av', 'jeg sliter med', 'jeg lever med', 'jeg kjemper mot'],
    conditions: [
      'kreft', '*kreft', 'leukemi', 'lymfom', 'depresjon', 'angst', 'adhd', 'autisme', 'ptsd', 'ocd', 'bipolar',
      'schizofreni', 'diabetes', 'epilepsi', 'hiv', 'endometriose', 'fibromyalgi', 'demens', 'alzheimer',
      'parkinson', 'utbrenthet', 'spiseforstyrrelse|spiseforstyrrelser', 'long covid', 'cøliaki', 'en {svulst|spiseforstyrrelse|hjernesvulst}',
    ],
    possessives: [
      'min kreft|diagnose|depresjon|cellegiftbehandling|psykiater|onkolog|svulst',
      'kreften|diagnosen|depresjonen|angsten|svulsten|spontanaborten min',
    ],
  },
  nn: {
    disclosures: [
      'eg {har fått|fekk} {diagnosen|påvist}',
      'eg har diagnosen',
      'eg vart|blei diagnostisert',
      'eg {er|vart|blei} {sjukmeld|sjukmelde|sjukemeld|utbrent}',
      'eg har vore {sjukmeld|sjukemeld|sjukmelde}',
      'eg {er|vart|blei|har vore|har blitt} {innlagd|innlagt}',
      'eg {går på|brukar|har byrja på} {antidepressiva|lukkepiller|insulin}',
      'eg får|fekk cellegift|strålebehandling',
    ],
    frames: ['eg har', 'eg lid av', 'eg slit med', 'eg lever med', 'eg kjempar mot'],
    conditions: [
      'kreft', '*kreft', 'leukemi', 'lymfom', 'depresjon', 'angst', 'adhd', 'autisme', 'ptsd', 'ocd', 'bipolar',
      'schizofreni', 'diabetes', 'epilepsi', 'hiv', 'endometriose', 'fibromyalgi', 'demens', 'alzheimer',
      'parkinson', 'utbrentheit', 'eteforstyrring|eteforstyrringar|spiseforstyrring', 'long covid', 'ein {svulst|hjernesvulst}',
    ],
    possessives: ['kreften|diagnosen|depresjonen|angsten|svulsten min'],
  },
  da: {
    disclosures: [
      'jeg {har fået|fik} {konstateret|diagnosen}',
      'jeg har diagnosen',
      'jeg {er blevet|blev} {diagnosticeret|diagnostiseret}',
      'jeg {er|blev} {sygemeldt|sygmeldt|ramt af stress}',
      'jeg har været {sygemeldt|sygmeldt}',
      'jeg {er|blev|har været|er blevet} indlagt',
      'jeg {får|tager|er begyndt på} {antidepressiva|lykkepiller|insulin}',
      'min sygemelding',
      'jeg får|fik kemo|kemoterapi|strålebehandling',
      'jeg {har haft|fik} {en abort|en spontan abort|en blodprop|en hjerneblødning}',
    ],
    frames: ['jeg har', 'jeg lider af', 'jeg kæmper med', 'jeg lever med'],
    conditions: [
      'kræft', '*kræft', 'leukæmi', 'lymfekræft', 'depression', 'angst', 'adhd', 'autisme', 'ptsd', 'ocd', 'bipolar',
      'skizofreni', 'diabetes', 'sukkersyge', 'epilepsi', 'sklerose', 'hiv', 'endometriose', 'fibromyalgi', 'demens',
      'alzheimers', 'parkinsons', 'stress', 'spiseforstyrrelse', 'long covid', 'cøliaki', 'en {tumor|hjernesvulst|spiseforstyrrelse}',
    ],
    possessives: ['min kræft|diagnose|depression|kemo|kemoterapi|psykiater|onkolog|tumor|abort'],
  },
  de: {
    disclosures: [
      'bei mir {wurde|wurden} {_|_ _|_ _ _} {diagnostiziert|festgestellt}',
      'ich habe|hab die diagnose',
      'ich habe|hab eine diagnose bekommen|erhalten',
      'ich bin {krankgeschrieben|_ krankgeschrieben|_ _ krankgeschrieben|_ _ _ krankgeschrieben}',
      'ich war {krankgeschrieben|_ krankgeschrieben|_ _ krankgeschrieben|_ _ _ krankgeschrieben}',
      'ich nehme {antidepressiva|insulin|lithium}',
      'meine krankschreibung',
      'ich {bin|war} in der psychiatrie', 'ich wurde {stationär aufgenommen|ins krankenhaus eingeliefert}',
      'ich lag {|_|_ _} {im krankenhaus|in der klinik}',
      'ich bin an _ erkrankt',
      'ich bekomme|mache eine chemo|chemotherapie|strahlentherapie',
      'ich hatte {eine fehlgeburt|einen schlaganfall|einen herzinfarkt|einen burnout|einen nervenzusammenbruch}',
      'ich bin {autist|autistin|diabetiker|diabetikerin|epileptiker|epileptikerin|hiv positiv}',
    ],
    frames: ['ich habe|hab', 'ich {habe|hab} seit {_|_ _}', 'ich leide {an|unter}', 'ich leide seit {_|_ _} {an|unter}', 'ich lebe mit', 'ich kämpfe {mit|gegen}'],
    conditions: [
      'krebs', '*krebs', 'leukämie', 'lymphom', 'depressionen|depression', 'angststörung|angststörungen|panikattacken',
      'adhs', 'autismus', 'ptbs', 'zwangsstörung', 'schizophrenie', 'diabetes', 'epilepsie', 'hiv',
      'endometriose', 'fibromyalgie', 'demenz', 'alzheimer', 'parkinson', 'essstörung|magersucht|bulimie', 'long covid',
      'zöliakie', 'einen {tumor|burnout|hirntumor}', 'eine {essstörung|angststörung|depression|bipolare störung}',
    ],
    possessives: ['meine diagnose|chemo|chemotherapie|depression|depressionen|krebserkrankung|therapeutin|psychiaterin|fehlgeburt', 'mein krebs|tumor|psychiater|therapeut|burnout'],
  },
};

function entries(language: HealthLanguage): Array<LexiconEntry<PhraseData>> {
  const phrases: Array<LexiconEntry<PhraseData>> = [];
  const add = (phrase: string, condition?: string) => {
    const colloquial = condition !== undefined && COLLOQUIAL.has(condition);
    for (const expanded of expandGroups(phrase)) phrases.push(colloquial ? { phrase: expanded, sureness: 0 } : { phrase: expanded });
  };
  for (const phrase of [...language.disclosures, ...language.possessives]) add(phrase);
  for (const frame of language.frames) for (const condition of language.conditions) add(`${frame} ${condition}`, condition);
  for (const frame of language.articleFrames ?? []) for (const condition of language.articleConditions ?? []) add(`${frame} ${condition}`);
  return phrases;
}

/** Subject-less disclosures, the writer's own only when they open the sentence: "Diagnosed with MS at 34." */
const OPENINGS: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['{diagnosed|got diagnosed|just diagnosed|recently diagnosed} with', '{started|starting|finished} {chemo|chemotherapy|radiotherapy}', 'on sick leave'],
  sv: ['{fick|har fått|fått} {diagnosen|beskedet att jag har}', '{diagnostiserad|diagnosticerad} med', 'sjukskriven {för|sedan|i}'],
  nb: ['{fikk|har fått|fått} {diagnosen|påvist|beskjed om at jeg har}', 'diagnostisert med', '{sykmeldt|sykemeldt} {for|siden|i}'],
  nn: ['{fekk|har fått|fått} {diagnosen|påvist}', 'diagnostisert med', '{sjukmeld|sjukemeld} {for|sidan|i}'],
  da: ['{fik|har fået|fået} {diagnosen|konstateret}', '{diagnosticeret|diagnostiseret} med', 'sygemeldt {med|siden|i}'],
  de: ['{diagnose|habe die diagnose|hab die diagnose}', 'seit _ krankgeschrieben', 'krankgeschrieben {seit|wegen}'],
};

export const HEALTH_OPENINGS: LexiconData<PhraseData> = Object.fromEntries(
  Object.entries(OPENINGS).map(([lang, phrases]) => [lang, entriesOf(phrases, {})]),
);

export const HEALTH_DISCLOSURES: LexiconData<PhraseData> = Object.fromEntries(
  Object.entries(LANGUAGES).map(([lang, language]) => [lang, entries(language)]),
);

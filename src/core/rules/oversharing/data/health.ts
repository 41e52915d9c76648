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
  /**
   * Frames that report news about the writer ("that I have", "att jag har", "dass ich"): they take
   * the conditions and the short names too risky after a bare "I have" ("I have MS Teams open").
   */
  newsFrames: string[];
  /** Frames followed by a medicine's name: "I'm on", "jag äter", "jeg går på", "ich nehme". */
  medicationFrames: string[];
}

type HealthLang = 'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de';

/**
 * Conditions whose short names are everyday words elsewhere ("MS Teams"; German "als" is "as"),
 * per language: only after a news frame, or after "I have" with no product name following.
 */
const SHORT_NAMES: Record<HealthLang, string[]> = {
  en: ['ms', 'als', 'copd'],
  sv: ['ms', 'als', 'kol', 'me'],
  nb: ['ms', 'als', 'kols', 'me'],
  nn: ['ms', 'als', 'kols', 'me'],
  da: ['ms', 'als', 'kol'],
  de: ['ms', 'copd'],
};

/**
 * Medicines people name when they share their treatment (antidepressants, ADHD and diabetes
 * drugs), the same words in every language, with the Nordic and German spellings that drop the -e.
 */
const MEDICATIONS = [
  'sertralin|sertraline|zoloft|cipralex|escitalopram|citalopram|fluoxetin|fluoxetine|prozac|lexapro|wellbutrin|bupropion',
  'venlafaxin|venlafaxine|efexor|mirtazapin|mirtazapine|voxra|ritalin|concerta|elvanse|medikinet|attentin|strattera',
  'lamotrigin|lamotrigine|quetiapin|quetiapine|seroquel|litium|lithium|metformin|ozempic|wegovy|mounjaro|insulin',
  'antidepressiva|antidepressants|antidepressant|lykkepiller|lyckopiller',
];

const LANGUAGES: Partial<Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', HealthLanguage>> = {
  en: {
    disclosures: [
      '{i was|i got|i just got|i recently got} diagnosed',
      '{i’ve|i have|i just|i recently} been diagnosed',
      'i {received|got} {the|my|a} diagnosis',
      '{i’m|i am} on sick leave',
      '{i’m|i am} {in|undergoing|starting} {chemo|chemotherapy|radiotherapy|rehab}',
      '{i’m|i am} {autistic|bipolar|diabetic|epileptic|hiv positive|chronically ill|mentally ill|terminally ill}',
      'i had a {miscarriage|breakdown|stroke|heart attack}',
      '{i’m|i am} recovering from {burnout|cancer|a stroke|a heart attack}',
      '{i’m|i am|i’ve been|i have been|i started|i’ve started} {on|taking} {antidepressants|antipsychotics|insulin|lithium|chemo}',
      '{i’ve|i have} been on sick leave',
      '{i was|i’ve been|i have been|i got} {hospitalised|hospitalized|admitted to hospital}',
      '{i’ve been|i have been|i’m|i am|i was} {off work|off sick|signed off} {with|for}',
      'my {panic attacks|seizures|mental breakdown|ivf treatment|therapy sessions|cancer treatment}',
      '{i’m|i am|i’ve been|i have been} {in therapy|seeing a therapist|seeing a psychiatrist|seeing a psychologist|clinically depressed}',
      '{i’ve been|i have been} depressed', '{i’m|i am} {in hospital|in the hospital|in rehab}', 'i see a {therapist|psychiatrist|psychologist} {for|every|weekly}',
      'i {take|am on|’m on} {medication|pills|meds} for {my|}',
    ],
    newsFrames: ['{that|found out|learned|told me|told me that|turns out} {i have|i’ve got|i had}', 'i was diagnosed with', 'i’ve been diagnosed with'],
    medicationFrames: ['{i’m|i am|i’ve been|i have been} {on|taking}', 'i {take|started|started on|started taking}'],
    frames: ['{i have|i’ve} got', '{i have|i’ve}', 'i {suffer|suffered} from', '{i’ve|i have} {struggled|lived} with', '{i’m|i am} {living|struggling|battling|diagnosed} with', '{i’ve|i have} been {living with|struggling with|battling|fighting}', 'i {live|struggle|battle} with'],
    conditions: [
      'cancer', '*cancer', '{breast|lung|prostate|skin|bowel|colon|ovarian|pancreatic|brain|thyroid|cervical|testicular|blood} cancer',
      'stage _ cancer', 'leukemia', 'leukaemia', 'lymphoma', 'depression', 'anxiety', 'adhd', 'autism', 'ptsd', 'ocd',
      'bipolar', 'schizophrenia', 'diabetes', 'epilepsy', 'hiv', 'aids', 'endometriosis', 'fibromyalgia', 'dementia',
      'alzheimer’s|alzheimers', 'parkinson’s|parkinsons', 'crohn’s|crohns', 'burnout',
      'long covid', 'celiac|coeliac disease', 'multiple sclerosis', 'chronic fatigue|pain', 'rheumatoid arthritis', 'migraine|migraines',
      'crohn’s disease', 'ulcerative colitis', 'bipolar disorder',
      'asthma', 'psoriasis', 'pcos', 'ibs', 'tinnitus', 'panic disorder', 'an eating disorder', 'anorexia', 'bulimia',
    ],
    articleFrames: ['{i have|i’ve} got', '{i have|i’ve}', 'i suffer from', '{i’m|i am} recovering from'],
    articleConditions: ['{a|an} {tumour|tumor|eating disorder|anxiety disorder|brain tumour|brain tumor|personality disorder}'],
    possessives: [
      'my cancer|tumour|tumor|chemo|chemotherapy|diagnosis|depression|adhd|autism|ptsd|bipolar|miscarriage|psychiatrist|oncologist|antidepressants',
      'my {heart attack|stroke|burnout|breakdown|mastectomy|hysterectomy|surgery|operation}', '{months|weeks} into {chemo|chemotherapy|radiotherapy|treatment}',
      'my {illness|therapist|psychologist|sick leave}',
    ],
  },
  sv: {
    disclosures: [
      'jag {har fått|fick} {|precis|just|nyss|nu|äntligen|också|i dag|i går|igår} diagnosen',
      '{jag har|har jag} {precis|just|nyss|nu|äntligen|också} fått diagnosen', '{fick|har} jag {|precis|just|nu|äntligen|också} {fått|} diagnosen',
      '{jag har|har jag|jag fick|fick jag} {|precis|just|nyss|nu|äntligen|också} {fått|} en _ diagnos',
      'jag har diagnosen',
      '{jag har varit|jag blev} deprimerad', '{jag går|jag gick|går jag} i {terapi|samtalsterapi|kbt}', 'jag går hos en {psykolog|terapeut|psykiater}', 'jag ligger på {sjukhus|sjukhuset|akuten|iva}', 'jag {äter|tar} {tabletter|medicin} mot',
      'jag är {autistisk|autist|diabetiker|epileptiker|bipolär|cancersjuk|kroniskt sjuk|psykiskt sjuk|obotligt sjuk}',
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
    frames: ['jag har', 'jag lider av', 'jag kämpar med', 'jag lever med', 'jag har fått', 'jag fick', 'jag har haft', 'jag har {kämpat|levt} med', 'jag har länge haft'],
    newsFrames: ['att jag har', 'att jag har fått', 'jag har fått diagnosen', 'jag fick diagnosen'],
    medicationFrames: ['jag {äter|tar|går på|har börjat med|har börjat äta|har ätit|ätit}'],
    conditions: [
      'cancer', '*cancer', 'leukemi', 'lymfom', 'depression', 'ångest', 'adhd', 'autism', 'ptsd', 'ocd', 'bipolär', 'schizofreni',
      'diabetes', 'epilepsi', 'hiv', 'endometrios', 'fibromyalgi', 'demens', 'alzheimers', 'parkinsons',
      'utmattningssyndrom', 'utmattningsdepression', 'ätstörning|ätstörningar', 'long covid', 'celiaki', 'tumör',
      'reumatism', 'ledgångsreumatism', 'migrän', 'astma', 'psoriasis', 'pcos', 'ibs', 'tinnitus', 'panikångest', 'social fobi',
      'tvångssyndrom', 'anorexi', 'bulimi', 'multipel skleros', 'en depression', 'stroke', 'en stroke', 'hjärtinfarkt', 'en hjärtinfarkt',
      'blodpropp', 'en blodpropp', 'crohns sjukdom', 'ulcerös kolit', 'bipolär sjukdom', 'hjärntumör',
      'en {tumör|ätstörning|hjärntumör|ångeststörning}',
    ],
    possessives: ['min cancer|diagnos|depression|cellgiftsbehandling|psykiater|psykolog|terapeut|onkolog|utmattning|tumör|sjukdom', 'mitt missfall'],
  },
  nb: {
    disclosures: [
      'jeg {har fått|fikk} {|nettopp|akkurat|nå|endelig|også|i dag|i går} {diagnosen|påvist}',
      '{jeg har|har jeg} {nettopp|akkurat|nå|endelig|også} fått {diagnosen|påvist}', '{fikk|har} jeg {|nettopp|akkurat|nå|endelig|også} {fått|} {diagnosen|påvist}',
      '{jeg har|har jeg|jeg fikk|fikk jeg} {|nettopp|akkurat|nå|endelig|også} {fått|} en _ diagnose',
      'jeg har diagnosen',
      '{jeg har vært|jeg ble} deprimert', '{jeg går|jeg gikk|går jeg} i {terapi|samtaleterapi}', 'jeg går til {psykolog|terapeut|psykiater}', 'jeg {går på|tar} {medisiner|tabletter} {mot|for}',
      'jeg ligger på {sykehus|sykehuset|legevakta|intensiven}',
      'jeg er {autist|diabetiker|epileptiker|bipolar|kreftsyk|kronisk syk|psykisk syk|alvorlig syk|uhelbredelig syk}',
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
    frames: ['jeg har', 'jeg lider av', 'jeg sliter med', 'jeg lever med', 'jeg kjemper mot', 'jeg har fått', 'jeg fikk', 'jeg har hatt', 'jeg har {slitt|levd} med', 'jeg har kjempet mot'],
    newsFrames: ['at jeg har', 'at jeg har fått', 'jeg har fått diagnosen', 'jeg fikk diagnosen'],
    medicationFrames: ['jeg {går på|bruker|tar|har begynt på|har gått på}'],
    conditions: [
      'kreft', '*kreft', 'leukemi', 'lymfom', 'depresjon', 'angst', 'adhd', 'autisme', 'ptsd', 'ocd', 'bipolar',
      'schizofreni', 'diabetes', 'epilepsi', 'hiv', 'endometriose', 'fibromyalgi', 'demens', 'alzheimer',
      'parkinson', 'utbrenthet', 'spiseforstyrrelse|spiseforstyrrelser', 'long covid', 'cøliaki', 'en {svulst|spiseforstyrrelse|hjernesvulst}',
      'revmatisme', 'leddgikt', 'migrene', 'astma', 'psoriasis', 'pcos', 'ibs', 'tinnitus', 'panikkangst', 'sosial angst', 'tvangslidelse',
      'anoreksi', 'bulimi', 'multippel sklerose', 'en depresjon', 'hjerneslag', 'et hjerneslag', 'hjerteinfarkt', 'et hjerteinfarkt',
      'blodpropp', 'en blodpropp', 'crohns', 'crohns sykdom', 'ulcerøs kolitt', 'bipolar lidelse', 'hjernesvulst',
    ],
    possessives: [
      'min kreft|diagnose|depresjon|cellegiftbehandling|psykiater|psykolog|terapeut|onkolog|svulst|sykdom',
      'kreften|diagnosen|depresjonen|angsten|svulsten|spontanaborten|psykologen|terapeuten|sykdommen min',
    ],
  },
  nn: {
    disclosures: [
      'eg {har fått|fekk} {|nettopp|akkurat|no|endeleg|òg|i dag|i går} {diagnosen|påvist}',
      '{eg har|har eg} {nettopp|akkurat|no|endeleg|òg|også} fått {diagnosen|påvist}', '{fekk|har} eg {|nettopp|akkurat|no|endeleg|òg} {fått|} {diagnosen|påvist}',
      '{eg har|har eg|eg fekk|fekk eg} {|nettopp|akkurat|no|endeleg|òg} {fått|} ein _ diagnose',
      'eg har diagnosen',
      '{eg har vore|eg vart|eg blei} deprimert', '{eg går|eg gjekk|går eg} i {terapi|samtaleterapi}', 'eg går til {psykolog|terapeut|psykiater}', 'eg ligg på {sjukehus|sjukehuset|legevakta}', 'eg {går på|tek} {medisinar|tablettar} {mot|for}',
      'eg er {autist|diabetikar|epileptikar|bipolar|kreftsjuk|kronisk sjuk|psykisk sjuk|alvorleg sjuk}',
      'eg vart|blei diagnostisert',
      'eg {er|vart|blei} {sjukmeld|sjukmelde|sjukemeld|utbrent}',
      'eg har vore {sjukmeld|sjukemeld|sjukmelde}',
      'eg {er|vart|blei|har vore|har blitt} {innlagd|innlagt}',
      'eg {går på|brukar|har byrja på} {antidepressiva|lukkepiller|insulin}',
      'eg får|fekk cellegift|strålebehandling',
    ],
    frames: ['eg har', 'eg lid av', 'eg slit med', 'eg lever med', 'eg kjempar mot', 'eg har fått', 'eg fekk', 'eg har hatt', 'eg har {slite|levd} med', 'eg har kjempa mot'],
    newsFrames: ['at eg har', 'at eg har fått', 'eg har fått diagnosen', 'eg fekk diagnosen'],
    medicationFrames: ['eg {går på|brukar|tek|har byrja på|har gått på}'],
    conditions: [
      'kreft', '*kreft', 'leukemi', 'lymfom', 'depresjon', 'angst', 'adhd', 'autisme', 'ptsd', 'ocd', 'bipolar',
      'schizofreni', 'diabetes', 'epilepsi', 'hiv', 'endometriose', 'fibromyalgi', 'demens', 'alzheimer',
      'parkinson', 'utbrentheit', 'eteforstyrring|eteforstyrringar|spiseforstyrring', 'long covid', 'ein {svulst|hjernesvulst}',
      'revmatisme', 'leddgikt', 'migrene', 'astma', 'psoriasis', 'pcos', 'tinnitus', 'panikkangst', 'anoreksi', 'bulimi', 'ein depresjon',
      'hjerneslag', 'hjarteinfarkt', 'hjerteinfarkt', 'eit hjerneslag', 'eit hjarteinfarkt', 'blodpropp', 'crohns', 'bipolar liding', 'bipolar lidelse',
    ],
    possessives: ['kreften|diagnosen|depresjonen|angsten|svulsten|psykologen|terapeuten|sjukdomen min'],
  },
  da: {
    disclosures: [
      'jeg {har fået|fik} {|lige|netop|nu|endelig|også|i dag|i går} {konstateret|diagnosen}',
      '{jeg har|har jeg} {lige|netop|nu|endelig|også} fået {diagnosen|konstateret}', '{fik|har} jeg {|lige|netop|nu|endelig|også} {fået|} {diagnosen|konstateret}',
      '{jeg har|har jeg|jeg fik|fik jeg} {|lige|netop|nu|endelig|også} {fået|} en _ diagnose',
      'jeg har diagnosen',
      '{jeg har været|jeg blev} deprimeret', '{jeg går|jeg gik|går jeg} i {terapi|samtaleterapi}', 'jeg går til {psykolog|terapeut|psykiater}', 'jeg {tager|får} {medicin|piller} mod', 'jeg ligger på {hospitalet|sygehuset|hospital}',
      'jeg er {autist|diabetiker|epileptiker|bipolar|kræftsyg|kronisk syg|psykisk syg|alvorligt syg|uhelbredeligt syg}', 'jeg er blevet {sygemeldt|sygmeldt|indlagt}',
      'jeg {er blevet|blev} {diagnosticeret|diagnostiseret}',
      'jeg {er|blev} {sygemeldt|sygmeldt|ramt af stress}',
      'jeg har været {sygemeldt|sygmeldt}',
      'jeg {er|blev|har været|er blevet} indlagt',
      'jeg {får|tager|er begyndt på} {antidepressiva|lykkepiller|insulin}',
      'min sygemelding',
      'jeg får|fik kemo|kemoterapi|strålebehandling',
      'jeg {har haft|fik} {en abort|en spontan abort|en blodprop|en hjerneblødning}',
    ],
    frames: ['jeg har', 'jeg lider af', 'jeg kæmper med', 'jeg lever med', 'jeg har fået', 'jeg fik', 'jeg har haft', 'jeg har {kæmpet|levet} med'],
    newsFrames: ['at jeg har', 'at jeg har fået', 'jeg har fået diagnosen', 'jeg fik diagnosen'],
    medicationFrames: ['jeg {tager|får|er på|er begyndt på|har fået}'],
    conditions: [
      'kræft', '*kræft', 'leukæmi', 'lymfekræft', 'depression', 'angst', 'adhd', 'autisme', 'ptsd', 'ocd', 'bipolar',
      'skizofreni', 'diabetes', 'sukkersyge', 'epilepsi', 'sklerose', 'hiv', 'endometriose', 'fibromyalgi', 'demens',
      'alzheimers', 'parkinsons', 'stress', 'spiseforstyrrelse', 'long covid', 'cøliaki', 'en {tumor|hjernesvulst|spiseforstyrrelse}',
      'gigt', 'leddegigt', 'migræne', 'astma', 'psoriasis', 'pcos', 'tinnitus', 'panikangst', 'social angst', 'anoreksi', 'bulimi', 'en depression',
      'blodprop', 'en blodprop', 'hjerneblødning', 'en hjerneblødning', 'et hjertestop', 'crohns sygdom', 'colitis ulcerosa', 'bipolar lidelse',
    ],
    possessives: ['min kræft|diagnose|depression|kemo|kemoterapi|psykiater|psykolog|terapeut|onkolog|tumor|abort|sygdom'],
  },
  de: {
    disclosures: [
      'bei mir {wurde|wurden} {_|_ _|_ _ _} {diagnostiziert|festgestellt}',
      'ich habe|hab die diagnose',
      '{ich habe|habe ich|ich hab|hab ich} {gerade|jetzt|endlich|nun|heute|auch} die diagnose', '{habe|hab} ich die diagnose',
      'wurde bei mir {_|_ _|_ _ _} {diagnostiziert|festgestellt}',
      '{ich bin|ich war} {depressiv|in therapie|in psychotherapie}', 'ich {mache|beginne} eine {therapie|psychotherapie}',
      'ich gehe zur {therapie|psychotherapie|therapeutin|therapeut}',
      'ich bin {_ _ _ krankgeschrieben|_ _ _ _ krankgeschrieben|_ _ _ _ _ krankgeschrieben}', 'ich bin an {_ _|_ _ _} erkrankt',
      'ich {habe|hab} seit {_|_ _} die diagnose', 'ich {bin|war} seit {_|_ _} in {therapie|psychotherapie|behandlung}',
      'ich bin {schwer|seit _|seit _ _} depressiv', 'ich {war|bin} {|_|_ _|_ _ _} in {einer klinik|der psychiatrie|einer psychiatrischen klinik|der reha|reha}',
      'ich nehme {tabletten|medikamente} gegen', 'ich liege {im krankenhaus|in der klinik|auf der intensivstation}',
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
      'ich bin {autist|autistin|diabetiker|diabetikerin|epileptiker|epileptikerin|hiv positiv|krebskrank|chronisch krank|psychisch krank|unheilbar krank|schwer krank}',
    ],
    frames: ['ich habe|hab', 'ich {habe|hab} seit {_|_ _}', 'ich leide {an|unter}', 'ich leide seit {_|_ _} {an|unter}', 'ich lebe mit', 'ich kämpfe {mit|gegen}', 'ich hatte'],
    newsFrames: ['dass ich', 'dass ich {_|_ _}', 'ich habe die diagnose'],
    medicationFrames: ['ich {nehme|bekomme|nehme seit _|nehme seit _ _}'],
    conditions: [
      'krebs', '*krebs', 'leukämie', 'lymphom', 'depressionen|depression', 'angststörung|angststörungen|panikattacken',
      'adhs', 'autismus', 'ptbs', 'zwangsstörung', 'schizophrenie', 'diabetes', 'epilepsie', 'hiv',
      'endometriose', 'fibromyalgie', 'demenz', 'alzheimer', 'parkinson', 'essstörung|magersucht|bulimie', 'long covid',
      'zöliakie', 'burnout', 'einen {tumor|burnout|hirntumor}', 'eine {essstörung|angststörung|depression|bipolare störung}',
      'rheuma', 'migräne', 'asthma', 'schuppenflechte', 'tinnitus', 'multiple sklerose|multipler sklerose', 'pcos', 'morbus crohn',
      'colitis ulcerosa', 'einen schlaganfall', 'einen herzinfarkt',
    ],
    possessives: [
      'meine diagnose|chemo|chemotherapie|depression|depressionen|krebserkrankung|therapeutin|psychiaterin|fehlgeburt|krankheit|erkrankung',
      'mein krebs|tumor|psychiater|therapeut|burnout',
      // The dative after "seit", "nach", "mit": "seit meinem Schlaganfall", "nach meiner Chemo".
      'meiner diagnose|chemo|chemotherapie|depression|krebserkrankung|therapeutin|erkrankung|krankheit|fehlgeburt',
      'meinem krebs|tumor|schlaganfall|herzinfarkt|burnout|psychiater|therapeuten|zusammenbruch|nervenzusammenbruch', 'meinen depressionen|panikattacken',
    ],
  },
};

function entries(language: HealthLanguage, shortNames: readonly string[]): Array<LexiconEntry<PhraseData>> {
  const phrases: Array<LexiconEntry<PhraseData>> = [];
  const add = (phrase: string, condition?: string) => {
    const colloquial = condition !== undefined && COLLOQUIAL.has(condition);
    for (const expanded of expandGroups(phrase)) phrases.push(colloquial ? { phrase: expanded, sureness: 0 } : { phrase: expanded });
  };
  for (const phrase of [...language.disclosures, ...language.possessives]) add(phrase);
  for (const frame of language.frames) for (const condition of language.conditions) add(`${frame} ${condition}`, condition);
  for (const frame of language.articleFrames ?? []) for (const condition of language.articleConditions ?? []) add(`${frame} ${condition}`);
  for (const frame of language.newsFrames) for (const condition of [...language.conditions, ...shortNames]) add(`${frame} ${condition}`, condition);
  for (const frame of language.medicationFrames) for (const medicine of MEDICATIONS) add(`${frame} ${medicine}`);
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

/** Built when the lexicon first needs them (thousands of frame × condition phrases), and not kept. */
export function healthDisclosures(): LexiconData<PhraseData> {
  return Object.fromEntries(Object.entries(LANGUAGES).map(([lang, language]) => [lang, entries(language, SHORT_NAMES[lang as HealthLang])]));
}

/**
 * A pregnancy, and words saying it is still a secret. A pregnancy announced on purpose is happy
 * news (strict mode only); one the writer says nobody knows yet is exactly what employers must not
 * learn from a post before the writer chooses to tell them.
 */
const PREGNANCY: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['{i’m|i am|we’re|we are} pregnant', '{i’m|i am} _ weeks pregnant'],
  sv: ['jag är gravid', 'vi väntar barn', 'jag är gravid i vecka'],
  nb: ['jeg er gravid', 'vi venter barn'],
  nn: ['eg er gravid', 'vi ventar barn'],
  da: ['jeg er gravid', 'vi venter barn'],
  de: ['ich bin schwanger', 'wir sind schwanger', 'wir erwarten ein kind', 'ich bin in der _ woche schwanger'],
};

const SECRECY: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: [
    '{haven’t|have not|havent} told {anyone|anybody|my boss|work|our families|the family}', '{nobody|no one} knows yet',
    '{don’t|do not} tell anyone', 'not telling anyone yet',
  ],
  sv: ['inte berättat {för någon|för några|för chefen|för jobbet|det för någon}', 'ingen vet {än|ännu|om det}', 'berätta inte för någon', 'säg inget till någon'],
  nb: ['ikke fortalt {noen|det til noen|sjefen|det til sjefen}', 'ingen vet {det ennå|det enda|ennå|enda}', 'ikke fortell noen', 'ikke si det til noen'],
  nn: ['ikkje fortalt {nokon|det til nokon|sjefen}', 'ingen veit {det enno|enno}', 'ikkje fortel nokon', 'ikkje sei det til nokon'],
  da: ['ikke fortalt {nogen|det til nogen|chefen}', 'ingen ved det {endnu|}', 'sig det ikke til nogen', 'fortæl det ikke til nogen'],
  de: ['{weiß|weiss} noch niemand', 'noch niemandem {erzählt|gesagt}', '{sagt|erzählt} es {noch|} niemandem', 'wissen es noch nicht'],
};

export const SECRECY_PHRASES: LexiconData<PhraseData> = Object.fromEntries(
  Object.entries(SECRECY).map(([lang, phrases]) => [lang, entriesOf(phrases, {})]),
);

/**
 * Someone else's health: a relative, a partner, a colleague or a friend named by their relation
 * ("min mamma", "kollegaen min", "meine Kollegin"), then what they have ("har fått diagnosen",
 * "has cancer", "ist krankgeschrieben"). A name may stand between ("my colleague Anna has …").
 * A bare "she" or "he" is left alone: it may be a public figure in the news.
 */
interface OthersLanguage {
  /** Who: the relation, with its possessive. */
  subjects: string[];
  /** Verbs followed by a condition word: "has", "lider av", "kämpft gegen". */
  verbs: string[];
  /** What needs no condition word after it: "was diagnosed", "er sykmeldt". */
  news: string[];
}

const OTHERS: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', OthersLanguage> = {
  en: {
    subjects: [
      '{my|our} {mother|mom|mum|father|dad|son|daughter|wife|husband|partner|boyfriend|girlfriend|colleague|coworker|boss|manager|friend|sister|brother|grandmother|grandma|grandfather|grandpa|kid|child|baby|aunt|uncle|cousin|neighbour|neighbor|teammate}',
      '{my|our} {best friend|little boy|little girl|youngest|eldest}',
    ],
    verbs: ['has|had', 'has got', '{was|got|has been} diagnosed with', 'is {battling|fighting|living with|struggling with}', '{suffers|suffered} from'],
    news: [
      '{was|got|has been|had been} diagnosed', 'is on sick leave', '{was|has been} {hospitalised|hospitalized|admitted to hospital}', 'is in hospital',
      'had a {stroke|heart attack|miscarriage|breakdown}', '{is|started} {in chemo|on chemo|chemo|in rehab}', 'is off sick with',
    ],
  },
  sv: {
    subjects: [
      '{min|mitt|vår|våra} {mamma|mor|pappa|far|son|dotter|fru|man|sambo|pojkvän|flickvän|kollega|chef|vän|väninna|kompis|syster|bror|mormor|farmor|morfar|farfar|barn|granne}',
      'mamma|pappa|mormor|farmor|morfar|farfar', '{sonen|dottern|frugan|kollegan|chefen}',
    ],
    verbs: ['har', 'har fått', 'fick', 'lider av', 'kämpar {mot|med}', '{har drabbats|drabbades} av'],
    news: [
      '{har fått|fick} {diagnosen|beskedet}', 'har diagnosen', '{har diagnostiserats|diagnostiserades|har blivit diagnostiserad|blev diagnostiserad}',
      '{är|blev|har blivit|har varit} {sjukskriven|inlagd|utbränd}', 'har gått in i väggen', '{får|fick} {cellgifter|strålbehandling}',
      '{har fått|fick} {en stroke|en hjärtinfarkt|missfall}',
    ],
  },
  nb: {
    subjects: [
      '{min|mitt|vår|våre} {mor|mamma|far|pappa|sønn|datter|kone|mann|samboer|kjæreste|kollega|sjef|venn|venninne|søster|bror|bestemor|bestefar|mormor|farmor|morfar|farfar|nabo}',
      '{mora|moren|mammaen|faren|pappaen|sønnen|datteren|dattera|kona|mannen|samboeren|kjæresten|kollegaen|sjefen|vennen|venninnen|venninna|søsteren|søstera|broren|bestemora|bestemoren|bestefaren} {min|mi|mitt|vår}',
      'mamma|pappa|mormor|farmor|morfar|farfar',
    ],
    verbs: ['har', 'har fått', 'fikk', 'lider av', 'sliter med', 'kjemper mot', '{har fått|fikk} påvist'],
    news: [
      '{har fått|fikk} {diagnosen|beskjed om}', 'har diagnosen', '{ble|har blitt} diagnostisert',
      '{er|ble|har blitt|har vært} {sykmeldt|sykemeldt|innlagt|utbrent}', '{får|fikk} {cellegift|strålebehandling}',
      '{har hatt|fikk} {et hjerneslag|et hjerteinfarkt|en spontanabort}',
    ],
  },
  nn: {
    subjects: [
      '{mor|mora|far|faren|son|sonen|dotter|dottera|kona|mannen|sambuaren|kjærasten|kollegaen|kollega|sjefen|venen|venninna|syster|systera|bror|broren|bestemor|bestefar} {min|mi|mitt|vår}',
      '{min|mi|vår} {kollega|sjef|venn|ven|nabo}', 'mamma|pappa|mormor|farmor|morfar|farfar',
    ],
    verbs: ['har', 'har fått', 'fekk', 'lid av', 'slit med', 'kjempar mot', '{har fått|fekk} påvist'],
    news: [
      '{har fått|fekk} {diagnosen|beskjed om}', 'har diagnosen', '{vart|blei|har vorte|har blitt} diagnostisert',
      '{er|vart|blei|har vore} {sjukmeld|sjukemeld|innlagd|innlagt|utbrent}', '{får|fekk} {cellegift|strålebehandling}',
    ],
  },
  da: {
    subjects: [
      '{min|mit|vores} {mor|far|søn|datter|kone|mand|kæreste|kollega|chef|ven|veninde|søster|bror|mormor|farmor|morfar|farfar|nabo|barn}',
      'mor|far|mormor|farmor|morfar|farfar',
    ],
    verbs: ['har', 'har fået', 'fik', 'lider af', 'kæmper {med|mod}', '{har fået|fik} konstateret'],
    news: [
      '{har fået|fik} {diagnosen|beskeden}', 'har diagnosen', '{er blevet|blev} {diagnosticeret|diagnostiseret}',
      '{er|blev|er blevet|har været} {sygemeldt|sygmeldt|indlagt}', '{får|fik} {kemo|kemoterapi|strålebehandling}',
      '{har haft|fik} {en blodprop|en hjerneblødning|en abort}',
    ],
  },
  de: {
    subjects: [
      '{meine|mein|unsere|unser} {mutter|mama|vater|papa|sohn|tochter|frau|mann|freundin|freund|kollegin|kollege|chefin|chef|schwester|bruder|oma|opa|großmutter|großvater|nachbarin|nachbar|kind}',
      'bei {meiner|unserer} {mutter|mama|tochter|frau|freundin|kollegin|chefin|schwester|oma|großmutter|nachbarin}',
      'bei {meinem|unserem} {vater|papa|sohn|mann|freund|kollegen|chef|bruder|opa|großvater|nachbarn|kind}',
    ],
    verbs: ['hat|hatte', 'leidet {an|unter}', 'kämpft {gegen|mit}', 'lebt mit'],
    news: [
      'hat die diagnose', '{ist|war} {krankgeschrieben|_ krankgeschrieben|_ _ krankgeschrieben|in der psychiatrie|in therapie}',
      'ist an {_|_ _} erkrankt', '{wurde|ist} ins krankenhaus {eingeliefert|gekommen}', 'wurde {_|_ _|_ _ _} {diagnostiziert|festgestellt}',
      'fällt {|_|_ _|_ _ _} {wegen|mit} {_|_ _} aus', 'liegt {im krankenhaus|in der klinik|auf der intensivstation}',
      'bekommt {eine chemo|chemo|eine chemotherapie|eine strahlentherapie}', 'hatte {einen schlaganfall|einen herzinfarkt|eine fehlgeburt|einen burnout}',
    ],
  },
};

export const OTHERS_SUBJECTS: LexiconData<PhraseData> = Object.fromEntries(
  Object.entries(OTHERS).map(([lang, others]) => [lang, entriesOf(others.subjects, {})]),
);

/**
 * What the person has: each verb with each condition of the language, and the news that needs
 * none. Built when the lexicon first needs them, and not kept.
 */
export function othersConditions(): LexiconData<PhraseData> {
  return Object.fromEntries(
    Object.entries(OTHERS).map(([lang, others]) => {
      const conditions = [...(LANGUAGES[lang as HealthLang]?.conditions ?? []), ...SHORT_NAMES[lang as HealthLang]];
      const withCondition = others.verbs.flatMap((verb) =>
        conditions.flatMap((condition) => entriesOf([`${verb} ${condition}`], COLLOQUIAL.has(condition) ? { sureness: 0 as const } : {})),
      );
      return [lang, [...entriesOf(others.news, {}), ...withCondition]];
    }),
  );
}

/**
 * "I have MS", "eg har ME", "ich habe MS": a short name after a bare "I have" is also the start of
 * "I have MS Teams open", so it counts only when no product name follows (see health-diagnosis.ts).
 */
const HAVE: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string> = {
  en: '{i have|i’ve got|i have got}',
  sv: 'jag har',
  nb: 'jeg har',
  nn: 'eg har',
  da: 'jeg har',
  de: '{ich habe|ich hab}',
};

/** Disclosures that need a look at the rest of the post: a pregnancy (kept secret?) and a short name (no product after it?). */
export interface HealthExtra {
  kind: 'pregnancy' | 'short-name';
}

/** Both kinds in one lexicon, so the post is walked once for them. */
export const HEALTH_EXTRAS: LexiconData<HealthExtra> = Object.fromEntries(
  Object.entries(HAVE).map(([lang, have]) => [
    lang,
    [
      ...entriesOf(PREGNANCY[lang as HealthLang], { kind: 'pregnancy' as const }),
      ...entriesOf([`${have} {${SHORT_NAMES[lang as HealthLang].join('|')}}`], { kind: 'short-name' as const }),
    ],
  ]),
);

/** Product names that follow "MS" and the like: "I have MS Teams open". */
export const AFTER_SHORT_NAMES = new Set(['teams', 'office', 'word', 'excel', 'outlook', 'paint', 'access', 'project', 'dynamics', 'sql', 'edge', 'dos', 'windows', 'azure', 'copilot']);

/** Pronouns for someone already named in the post: "Min kollega Anna … Hon är sjukskriven." */
export const THIRD_PERSON_PRONOUNS = new Set(['han', 'hon', 'hun', 'ho', 'hen', 'er', 'sie', 'he', 'she']);

/**
 * Capitalised words before "har fått diagnosen" that are not a person's name: pronouns, quantifiers
 * and the words that open a sentence ("Alla har ångest ibland", "Many have anxiety").
 */
export const NOT_NAMES_OF_PEOPLE = new Set([
  'i', 'jag', 'jeg', 'eg', 'ich', 'we', 'vi', 'me', 'wir', 'you', 'du', 'ni', 'dere', 'de', 'dei', 'dom', 'they', 'ihr', 'sie', 'man',
  'alla', 'alle', 'många', 'mange', 'viele', 'many', 'most', 'some', 'några', 'noen', 'nokon', 'nogle', 'einige', 'ingen', 'niemand',
  'nobody', 'everyone', 'everybody', 'somebody', 'someone', 'people', 'folk', 'jeder', 'jede', 'keiner', 'who', 'vem', 'hvem', 'kven',
  'wer', 'det', 'dette', 'das', 'es', 'it', 'this', 'that', 'den', 'der', 'die', 'och', 'og', 'and', 'und', 'men', 'but', 'aber',
]);

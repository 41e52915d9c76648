/**
 * Unverifiable superlatives and guarantees: claims a reader cannot check and tends to discount
 * ("best on the market", "guaranteed results", "world-class"). Bare "guaranteed"/"garanterat"
 * is everyday speech too ("it's guaranteed to rain"), so it counts only when strict.
 */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../../spam/util';

export const CLAIMS: LexiconData<ListData> = {
  en: [
    ...phrases([
      'best on|in the market',
      'best _ on|in the market',
      'best in class',
      'best in the world|business|industry',
      'world class',
      'world|industry|market leading',
      'industry|market leader',
      'leading provider|supplier',
      'number one|1 provider|choice|brand|solution|company|agency|supplier',
      'the best price|prices',
      'lowest|cheapest price|prices',
      'unbeatable price|prices|deal|deals|quality|value|offer',
      'guaranteed results|success|satisfaction|results',
      'results|success|satisfaction guaranteed',
      '100 guaranteed',
      'second to none',
      'like never before',
      'nobody|no one beats',
      'proven results',
      'scientifically|clinically proven',
      'instant|overnight results',
    ]),
    ...phrases(['guaranteed', 'risk free', 'no risk', 'the best deal|deals', 'revolutionary', 'game changer|changing', 'miracle', 'best ever', 'money back guarantee', 'number one'], { sureness: 0 }),
  ],
  sv: [
    ...phrases([
      'marknadens bästa|billigaste|lägsta|ledande',
      'bäst på marknaden',
      'bästa _ på marknaden',
      'i världsklass',
      'ledande leverantör',
      'oslagbara|oslagbart priser|pris|erbjudande',
      'oslagbar kvalitet',
      'lägsta pris|priset|priserna',
      'garanterat|garanterade resultat',
      'resultat garanteras',
      'nöjd kund garanti',
      '100 garanterat',
      'sveriges bästa|billigaste',
      'kliniskt bevisad|bevisat',
      'omedelbara resultat',
    ]),
    // Distinctive compounds apply whatever language a short post is taken for.
    ...phrases(['världsklass|världsledande|branschledande|marknadsledande'], { anywhere: true }),
    ...phrases(['garanterat', 'riskfritt', 'revolutionerande', 'bäst i test'], { sureness: 0 }),
  ],
  nb: [
    ...phrases([
      'markedets beste|billigste|laveste|ledende',
      'best på markedet',
      'beste _ på markedet',
      'i verdensklasse',
      'ledende leverandør',
      'uslåelige|uslåelig priser|pris|tilbud',
      'lavest|laveste pris|priser',
      'garanterte resultater',
      'garantert resultat|resultater',
      '100 garantert',
      'norges beste|billigste',
      'klinisk bevist',
      'umiddelbare resultater',
    ]),
    ...phrases(['verdensklasse|verdensledende|bransjeledende|markedsledende'], { anywhere: true }),
    ...phrases(['garantert', 'risikofritt', 'revolusjonerende', 'best i test'], { sureness: 0 }),
  ],
  nn: [
    ...phrases(['marknadens beste|billegaste', 'best på marknaden', 'i verdsklasse', 'garanterte resultat', 'garantert resultat', 'noregs beste|billegaste']),
    ...phrases(['verdsklasse|verdsleiande'], { anywhere: true }),
    ...phrases(['garantert', 'risikofritt', 'revolusjonerande'], { sureness: 0 }),
  ],
  da: [
    ...phrases([
      'markedets bedste|billigste|laveste|førende',
      'bedst på markedet',
      'bedste _ på markedet',
      'i verdensklasse',
      'branchens bedste|førende',
      'førende leverandør',
      'uslåelige|uslåelig priser|pris|tilbud',
      'laveste pris|priser',
      'garanterede resultater',
      'garanteret resultat|resultater',
      '100 garanteret',
      'danmarks bedste|billigste',
      'klinisk bevist',
      'øjeblikkelige resultater',
    ]),
    ...phrases(['verdensklasse|verdensførende|markedsførende'], { anywhere: true }),
    ...phrases(['garanteret', 'risikofrit', 'revolutionerende', 'bedst i test'], { sureness: 0 }),
  ],
  de: [
    ...phrases([
      'der|die|das beste auf dem markt',
      'beste|besten|bester|bestes _ auf dem markt',
      'das beste produkt auf dem markt',
      'weltweit führend',
      'führender anbieter',
      'unschlagbare|unschlagbarer preise|preis|qualität|angebote',
      'unschlagbar günstig',
      'niedrigster|günstigster preis',
      'tiefstpreis|bestpreis|tiefstpreise',
      'garantierte ergebnisse',
      'erfolg|zufriedenheit garantiert',
      'garantierter erfolg',
      '100 garantiert',
      'deutschlands beste|bester|bestes|günstigste|günstigster',
      'klinisch|wissenschaftlich bewiesen|belegt',
      'sofortige ergebnisse',
    ]),
    ...phrases(['weltklasse|weltmarktführer|branchenführend|branchenführende'], { anywhere: true }),
    ...phrases(['garantiert', 'risikofrei', 'marktführer', 'branchenführer', 'revolutionär', 'revolutionäre', 'nummer 1|eins', 'nr 1'], { sureness: 0 }),
  ],
};

/** Words after "#1" that make it a claim about a business: "#1 choice", "#1 Anbieter". */
export const NUMBER_ONE_NOUNS: ReadonlySet<string> = new Set(
  'choice provider brand solution seller bestseller app tool platform agency company service product supplier valet val leverantör lösning lösningen varumärke valget valg leverandør løsning løsningen merke mærke anbieter marke wahl lösung dienstleister produkt'.split(' '),
);

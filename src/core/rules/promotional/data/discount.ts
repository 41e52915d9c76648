/** Discount codes and price cuts in each language. */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../../spam/util';

/**
 * Offer terms of subscriptions and gyms: "no binding, no hidden costs". Only ending a clause:
 * "ingen binding mellom de to sakene" is about a link, not a contract.
 */
const NO_STRINGS = {
  en: phrases(['no hidden fees|costs|charges', 'no strings attached', 'no contract|commitment'], { closes: true }),
  sv: phrases(['ingen bindningstid', 'inga dolda avgifter|kostnader'], { closes: true }),
  nb: phrases(['ingen binding|bindingstid', 'ingen skjulte kostnader|gebyrer'], { closes: true }),
  nn: phrases(['inga|ingen binding|bindingstid', 'ingen skjulte kostnader|gebyr'], { closes: true }),
  da: phrases(['ingen binding|bindingsperiode', 'ingen skjulte gebyrer|omkostninger'], { closes: true }),
  de: phrases(['ohne vertragsbindung', 'keine versteckten kosten|gebühren'], { closes: true }),
};

/** "Stort salg i helga!" announces a sale; "et stort salg av aksjer" is a sale of shares. Only opening a clause. */
const BIG_SALE = {
  sv: phrases(['stor rea'], { opener: true }),
  nb: phrases(['stort salg'], { opener: true }),
  nn: phrases(['stort sal|salg'], { opener: true }),
  da: phrases(['stort udsalg'], { opener: true }),
  de: phrases(['großer|riesiger sale|ausverkauf'], { opener: true }),
};

/** Wording of discounts that stands on its own: "discount code", "rabattkod", "half price". */
export const DISCOUNTS: LexiconData<ListData> = {
  en: [
    ...phrases([
      'discount|promo|coupon|voucher|promotional code|codes',
      'promo|discount|coupon code',
      'half price|off',
      'buy one get one free|half',
      'bogo',
      'buy 2|two get 1|one free',
      'save up to',
      'up to _ off',
      'free shipping|delivery',
      'clearance sale',
      'special|exclusive offer|deal|discount|price',
      'discounted price|prices',
      'huge|mega|massive sale',
      'huge|big|massive discount|discounts|savings',
      'save big',
      'rock bottom price|prices',
      'bargain price|prices',
      'buy 1 get 1 free|half',
      "{don't miss|dont miss|do not miss} this|our deal|offer|sale|discount",
      'free gift|gifts|minutes|mins|texts|txts|camcorder|ringtone|ringtones',
      'buy _ get _ free|half',
      'get _ for the price of _',
      'summer|winter|spring|autumn|fall|january|christmas|holiday|seasonal|season sale',
      'free gift with every|your|each purchase|order',
      '{black friday|cyber monday} deal|deals|sale|offer|offers|discount|discounts|erbjudande|erbjudanden|rea|tilbud|rabatt|rabat|udsalg|angebot|angebote',
    ]),
    // "2 for 1" opening a clause is an offer; inside one it may be a score.
    ...phrases(['{2 for 1|two for one|2 for the price of 1|3 for 2|three for two}'], { opener: true }),
    ...phrases(['free sample|samples'], { sureness: 0 }),
    ...NO_STRINGS.en,
  ],
  sv: phrases(['rabattkod|rabattkoden|rabattkoder|kampanjkod|kampanjkoden|specialerbjudande|superpris|kanonpris|fyndpris|bottenpris|dunderpris|mellandagsrea|sommarrea|vinterrea|totalrea|slutrea|lagerrensning|utförsäljning|megarea|kampanjpris|kampanjpriser|reapris|reapriser'], { anywhere: true }).concat(phrases(['halva priset', 'köp 2|två betala för 1|en', 'fri frakt', 'spara upp till', 'specialpris', 'exklusivt erbjudande', 'rabatt på allt', 'extrapris', 'rea på allt', 'rea på hela sortimentet', 'fraktfritt'])).concat(phrases(['mega rea', 'gör ett fynd|kap', 'gratis present vid köp', 'vid köp över', '{köp en|köp ett} {få en|få ett} gratis', 'rabatterat|nedsatt pris', 'rabatterade|nedsatta priser', 'spara stort'])).concat(NO_STRINGS.sv, BIG_SALE.sv).concat(phrases(['{2 för 1|två för en|3 för 2|tre för två}'], { opener: true })).concat(phrases(['köp|ta _ betala för _'], { amount: true })),
  nb: phrases(['rabattkode|rabattkoden|kampanjekode|kampanjekoden|spesialtilbud|knallpris|kjempetilbud|supertilbud|lagersalg|lagertømming|totalutsalg|sommersalg|vintersalg|megasalg|kampanjepris|kampanjepriser|tilbudspris|tilbudspriser'], { anywhere: true }).concat(phrases(['halv pris', 'kjøp 2|to betal for 1|en|én', 'gratis frakt', 'spar opptil', 'spesialpris', 'eksklusivt tilbud', 'rabatt på alt', 'salg på alt', 'fraktfritt', 'mega salg', 'gjør et kupp|røverkjøp', 'gratis gave ved kjøp', 'ved kjøp over', '{kjøp en|kjøp et|kjøp én} {få en|få et|få én} gratis', 'rabattert|nedsatt pris', 'rabatterte|nedsatte priser', 'spar stort', 'sommersalget|vintersalget|julesalg|januarsalg'])).concat(NO_STRINGS.nb, BIG_SALE.nb).concat(phrases(['{2 for 1|to for en|to for én|3 for 2|tre for to}'], { opener: true })).concat(phrases(['kjøp|ta _ betal for _'], { amount: true })),
  nn: phrases(['tilbodspris|tilbodsprisar|kampanjepris|kampanjeprisar|megasal'], { anywhere: true }).concat(phrases(['rabattkode|rabattkoden|kampanjekode', 'halv pris', 'gratis|fri frakt', 'fraktfritt', 'spar opptil', 'spar opp til', 'spesialtilbod', 'rabatt på alt', 'gjer eit kupp|røvarkjøp', 'gratis gåve|gave ved kjøp', 'ved kjøp over', '{kjøp ein|kjøp eitt} {få ein|få eitt} gratis', 'rabattert|nedsett pris', 'spar stort', 'sommarsal|sommarsalet|vintersal|julesal'])).concat(NO_STRINGS.nn, BIG_SALE.nn).concat(phrases(['{2 for 1|to for ein|3 for 2|tre for to}'], { opener: true })).concat(phrases(['kjøp|ta _ betal for _'], { amount: true })),
  da: phrases(['rabatkode|rabatkoden|kampagnekode|kampagnekoden|specialtilbud|kanonpris|kanontilbud|supertilbud|bundpris|bundpriser|totaludsalg|lagerudsalg|sommerudsalg|vinterudsalg|ophørsudsalg|megaudsalg|kampagnepris|kampagnepriser|tilbudspris|tilbudspriser|udsalgspris|udsalgspriser'], { anywhere: true }).concat(phrases(['halv pris', 'køb 2|to betal for 1|en|én', 'gratis fragt|levering', 'spar op til', 'specialpris', 'eksklusivt tilbud', 'rabat på alt', 'udsalg på alt', 'skarp pris|priser', 'fri fragt|levering', 'fragtfri|fragtfrit', 'mega udsalg', 'gør et {kup|godt køb}', 'gratis gave ved køb', 'ved køb over', '{køb en|køb et|køb én} {få en|få et|få én} gratis', 'nedsat pris|priser', 'spar stort', 'sommerudsalget|vinterudsalget|juleudsalg|januarudsalg'])).concat(NO_STRINGS.da, BIG_SALE.da).concat(phrases(['{2 for 1|to for en|to for én|3 for 2|tre for to}'], { opener: true })).concat(phrases(['køb|tag _ betal for _'], { amount: true })),
  de: phrases(['gutscheincode|rabattcode|aktionscode|promocode|rabattcodes|versandkostenfrei|sonderangebot|knallerpreis|hammerpreis|tiefpreis|superpreis|räumungsverkauf|schlussverkauf|sommerschlussverkauf|winterschlussverkauf|lagerräumung|abverkauf|aktionspreis|aktionspreise|angebotspreis|preishammer|preiskracher|preisknaller|schnäppchenpreis|schnäppchenpreise|bestellwert|einkaufswert'], { anywhere: true }).concat(phrases(['zum halben preis', 'halber preis', 'kauf 2 zahl 1', 'kostenloser|kostenlosen|gratis versand', 'spare|spart bis zu', 'sparen sie bis zu', 'sonderpreis', 'exklusives angebot', 'rabatt auf alles', 'alles reduziert', 'schnäppchen sichern|machen|schießen', 'gratis|kostenloses geschenk ab|bei|zu', '{kauf eins|kaufe eins|kauf einen|kaufe einen} {bekomm eins|bekomme eins|bekomm einen|erhalte eins} gratis', 'reduzierter|reduzierte preis|preise', 'sommerrabatt|winterrabatt', 'sommer|winter sale'])).concat(NO_STRINGS.de, BIG_SALE.de).concat(phrases(['{2 für 1|zwei für eins|3 für 2|drei für zwei}'], { opener: true })).concat(phrases(['kauf|kaufe _ zahl|zahle _'], { amount: true })),
};

/** Words that introduce a code ("use code SAVE20", "med koden VÅR20"): flagged with the code after them. */
export const CODE_INTROS: LexiconData<ListData> = {
  en: phrases(['use|enter|apply|with code|promo|coupon', 'use the code', 'code', 'discount|promo|coupon|voucher code']),
  sv: phrases(['med|använd|ange koden', 'kod|koden|rabattkod|rabattkoden|kampanjkod|kampanjkoden']),
  nb: phrases(['med|bruk|skriv inn koden', 'kode|koden|rabattkode|rabattkoden|kampanjekode|kampanjekoden']),
  nn: phrases(['med|bruk koden', 'kode|koden|rabattkode|rabattkoden']),
  da: phrases(['med|brug|indtast koden', 'kode|koden|rabatkode|rabatkoden|kampagnekode|kampagnekoden']),
  de: phrases(['mit dem code', 'mit code', 'code|gutschein|rabattcode|gutscheincode|aktionscode', 'gib den code']),
};

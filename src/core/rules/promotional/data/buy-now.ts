/** Hard calls to buy: "buy now", "köp nu", "kjøp nå", "køb nu", "jetzt kaufen". */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../../spam/util';

export const BUY_NOW: LexiconData<ListData> = {
  en: [
    ...phrases(
      ['buy|order|shop|purchase now|today', 'buy it now', 'order|buy your _ today|now', 'get|grab yours now|today', 'book|reserve|secure yours now|today', 'grab yours while', 'get|grab your copy|copies now|today', 'add to cart', 'click here|the link to buy|order|shop|purchase', 'buy|order|shop here', 'grab it now|today', 'order|buy before|by midnight', 'call now to order|buy', "don't wait buy|order", 'order yours now|today', 'click|tap the link now', '{download it|download the app} now|today', 'download now|today', 'try it free|now|today', 'try it for free', 'get|grab yours here|at|via', 'buy|order|grab it|them here|today', 'order|grab it|them now', 'buy them now', 'shop the sale|collection|look|range', 'grab|get yours before|while', '{pre order|preorder} now|today', 'buy|order|shop online now|today'],
      { suggestions: ['Available now'], opener: true },
    ),
    ...phrases(['free quote|estimate', 'free no obligation quote', 'book a free demo|consultation|call'], { suggestions: ['Available now'] }),
    ...phrases(['{book|register|sign up} now', 'call now'], { sureness: 0, suggestions: ['Available now'], opener: true }),
  ],
  sv: [
    ...phrases(
      ['köp|beställ|handla|shoppa nu|idag', '{köp|beställ} din|ditt|dina nu|idag', '{köp|beställ|handla} i dag', 'köp den nu', 'skaffa din|ditt|dina nu|idag', 'säkra din|ditt|dina nu|idag', 'lägg i varukorgen', 'klicka här för att köpa|beställa|handla', 'klicka på länken för att köpa|beställa|handla', 'köp|beställ|handla här', 'fynda nu|idag', '{beställ före|beställ innan} midnatt', 'beställ|köp|handla redan idag|nu', 'beställ|köp|handla redan i dag', 'beställ|köp|handla via|på länken', 'passa på att köpa|handla|beställa|fynda', 'klicka på länken nu', 'ladda ner den|appen nu|idag', 'ladda ner nu|idag', 'ladda ner den|appen i dag', 'testa gratis', 'slå till nu|idag', 'slå till i dag', 'fynda här', 'köp|beställ den|dem|boken här', 'beställ den|dem|boken nu|idag', 'köp dem|boken nu|idag', 'köp den idag', '{beställ|köp|handla} {på nätet|online} idag|nu', '{beställ|köp|handla} {på nätet|online} i dag', 'besök vår webbshop|webbutik|nätbutik idag|nu'],
      { suggestions: ['Finns nu'], opener: true },
    ),
    ...phrases(['kostnadsfri|gratis offert', 'kostnadsfritt hembesök', 'boka en kostnadsfri|gratis demo|konsultation'], { suggestions: ['Finns nu'] }),
    ...phrases(['{boka|anmäl dig} nu', 'ring nu'], { sureness: 0, suggestions: ['Finns nu'], opener: true }),
  ],
  nb: [
    ...phrases(
      ['kjøp|bestill|handle nå', '{kjøp|bestill} din|ditt|dine nå', '{kjøp|bestill|handle} i dag', 'kjøp den nå', 'skaff deg din|ditt|dine nå', 'sikre deg din|ditt|dine nå', 'sikre deg din|ditt|dine i dag', 'legg i handlekurven', 'klikk her for å kjøpe|bestille|handle', 'klikk på lenken for å kjøpe|bestille|handle', 'kjøp|bestill|handle her', 'bestill før midnatt', 'bestill|kjøp|handle allerede nå', 'bestill|kjøp|handle allerede i dag', 'bestill|kjøp|handle via|på lenken', 'klikk på lenken nå', 'last ned den|appen nå', 'last ned den|appen i dag', 'last ned nå', 'last ned i dag', 'prøv gratis', 'slå til nå', 'slå til i dag', 'kjøp|bestill den|dem|boka|boken her', 'bestill den|dem|boka|boken nå', 'bestill den|dem|boka|boken i dag', 'kjøp dem|boka|boken nå', 'kjøp den|dem|boka|boken i dag', '{bestill|kjøp|handle} {på nett|online} nå', '{bestill|kjøp|handle} {på nett|online} i dag', 'besøk nettbutikken vår i dag|nå'],
      { suggestions: ['Tilgjengelig nå'], opener: true },
    ),
    ...phrases(['uforpliktende tilbud|befaring', 'book en gratis demo|konsultasjon|rådgivning'], { suggestions: ['Tilgjengelig nå'] }),
    ...phrases(['{book|bestill|meld deg på} nå', 'ring nå'], { sureness: 0, suggestions: ['Tilgjengelig nå'], opener: true }),
  ],
  nn: [
    ...phrases(['kjøp|bestill|handle no', '{kjøp|bestill} i dag', 'sikre deg din|ditt|dine no', 'klikk her for å kjøpe|bestille', 'bestill|kjøp|handle allereie no', 'bestill|kjøp|handle allereie i dag', 'bestill|kjøp|handle via|på lenkja|lenka|lenken', 'kjøp|bestill|handle her', 'klikk på lenkja|lenka no', 'last ned han|ho|appen no', 'last ned han|ho|appen i dag', 'last ned no', 'last ned i dag', 'prøv gratis', 'slå til no', 'slå til i dag', 'kjøp|bestill han|ho|den|dei|boka her|no', 'kjøp|bestill han|ho|den|dei|boka i dag', '{bestill|kjøp|handle} {på nett|online} no', '{bestill|kjøp|handle} {på nett|online} i dag', 'besøk nettbutikken vår i dag|no'], { suggestions: ['Tilgjengeleg no'], opener: true }),
    ...phrases(['uforpliktande tilbod|synfaring', 'book ein gratis demo|konsultasjon'], { suggestions: ['Tilgjengeleg no'] }),
    ...phrases(['ring no'], { sureness: 0, suggestions: ['Tilgjengeleg no'], opener: true }),
  ],
  da: [
    ...phrases(
      ['køb|bestil|shop nu', '{køb|bestil} din|dit|dine nu', '{køb|bestil} i dag', 'køb den nu', 'sikr dig din|dit|dine nu', 'sikr dig din|dit|dine i dag', 'læg i kurven', 'klik her for at købe|bestille|handle', 'klik på linket for at købe|bestille|handle', 'køb|bestil|shop her', 'bestil inden|før midnat', 'bestil|køb|shop allerede nu', 'bestil|køb|shop allerede i dag', 'bestil|køb|shop via|på linket', 'klik på linket nu', 'download|hent den|appen nu', 'download|hent den|appen i dag', 'download nu', 'download i dag', 'prøv gratis', 'slå til nu', 'slå til i dag', 'snup din|dit|dine|den nu|her', 'køb|bestil den|dem|bogen her', 'bestil den|dem|bogen nu', 'bestil den|dem|bogen i dag', 'køb dem|bogen nu', 'køb den|dem|bogen i dag', 'snup din|dit|dine|den i dag', '{bestil|køb|shop} {på nettet|online} nu', '{bestil|køb|shop} {på nettet|online} i dag', 'besøg vores webshop|netbutik i dag|nu'],
      { suggestions: ['Fås nu'], opener: true },
    ),
    ...phrases(['uforpligtende tilbud|besigtigelse', 'book en gratis demo|konsultation|rådgivning'], { suggestions: ['Fås nu'] }),
    ...phrases(['{book|tilmeld dig} nu', 'ring nu'], { sureness: 0, suggestions: ['Fås nu'], opener: true }),
  ],
  de: [
    // German puts the verb second: "Jetzt kaufen viele online" is no call to buy.
    ...phrases(['jetzt|hier|gleich|sofort kaufen|bestellen|shoppen|zugreifen|zuschlagen|vorbestellen', 'jetzt {im|in unserem} shop|onlineshop kaufen|bestellen|shoppen', 'jetzt online kaufen|bestellen|shoppen', 'jetzt herunterladen|downloaden', 'jetzt kostenlos testen|ausprobieren', 'jetzt _ tage kostenlos testen'], { suggestions: ['Jetzt erhältlich'], opener: true, closes: true }),
    ...phrases(
      ['{kaufen sie|kauf|bestellen sie|bestell} jetzt|heute', 'sichern sie sich jetzt|ihr|ihre|ihren', 'sichere dir jetzt|dein|deine|deinen', 'hol|schnapp dir jetzt|dein|deine|deinen', 'holt|schnappt euch jetzt|euer|eure|euren', 'holen sie sich jetzt|ihr|ihre|ihren', 'klick|klicke jetzt auf den link', 'klicken sie jetzt auf den link', '{kaufen sie|kauf|kaufe|bestellen sie|bestell|bestelle|sichern sie sich|sichere dir} noch heute', 'bestelle|kaufe jetzt|heute', 'bestell|bestelle|kauf|kaufe es|sie|ihn jetzt|hier|heute', 'bestell|bestelle|kauf|kaufe das buch jetzt|hier|heute', 'ab in den shop|warenkorb', 'besuche jetzt unseren shop|onlineshop|webshop', 'besuchen sie jetzt unseren shop|onlineshop|webshop', 'in den warenkorb', 'hier klicken und kaufen|bestellen', 'klicken sie hier um zu kaufen|bestellen', '{bestelle|bestell|bestellen sie} bis mitternacht'],
      { suggestions: ['Jetzt erhältlich'], opener: true },
    ),
    ...phrases(['unverbindliches angebot', 'unverbindliche beratung|erstberatung', 'kostenlose erstberatung', 'kostenlose demo|erstberatung buchen'], { suggestions: ['Jetzt erhältlich'] }),
    ...phrases(['jetzt buchen|anmelden|anrufen'], { sureness: 0, suggestions: ['Jetzt erhältlich'], opener: true }),
  ],
};

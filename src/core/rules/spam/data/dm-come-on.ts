/**
 * "DM me" come-ons: moving readers to private messages or a bio link to sell to them there.
 * A bare "DM me" is often an ordinary offer to talk (a job post), so it only counts when strict;
 * "link in bio", "inbox me" and a DM offered for a price or a secret are the selling kind.
 */
import type { LexiconData } from '../../../lexicon';
import { phrases, type ListData } from '../util';

export const COME_ON: LexiconData<ListData> = {
  en: [
    ...phrases([
      'link in bio|bio',
      'link in my bio|profile',
      'check my bio',
      'check the link in my bio',
      'inbox me',
      'inbox me for',
      'dm|pm me for|to {price|prices|pricing|details|info|more|the link|the secret|the guide|access|rates}',
      'dm|pm me to learn|find|get|join|earn|start|know',
      'send me a dm|message to learn|get|join|earn|start|know',
      'message me for {price|prices|pricing|details|more info|the link|rates}',
      'dm for price|prices|pricing|details|info|more|rates|collab|collabs|promo',
      'dm to order|buy|join|book',
      'interested dm|pm|inbox me',
      'drop me a dm for',
      'slide into my dms',
    ]),
    ...phrases(['dm me', 'pm me', 'message me'], { sureness: 0 }),
  ],
  sv: [
    ...phrases([
      'länk i bio|bion|profilen',
      'länken i bio|bion|profilen',
      'kolla min bio',
      'skicka ett dm|pm för pris|priser|info|mer|länken',
      'dm|pm a mig för pris|priser|info|mer|länken',
      'dma|pma mig för pris|priser|info|mer|länken',
      'skriv till mig i dm|inkorgen för pris|info|mer',
      'dm för pris|priser|info|samarbete',
      'intresserad skicka dm|pm',
    ]),
    ...phrases(['skicka ett dm', 'skicka dm', 'dm|pm a mig', 'dma|pma mig'], { sureness: 0 }),
  ],
  nb: [
    ...phrases([
      'lenke|link i bio|bioen|profilen',
      'lenken|linken i bio|bioen|profilen',
      'sjekk bioen min',
      'send meg en dm|pm|melding for pris|priser|info|mer|lenken',
      'send meg ei melding for pris|priser|info|mer|lenken',
      'send dm|pm for pris|priser|info|mer',
      'dm for pris|priser|info|samarbeid',
      'interessert send dm|pm',
      'skriv til meg på innboks|innboksen for',
    ]),
    ...phrases(['send meg en dm|pm', 'send meg dm|pm'], { sureness: 0 }),
  ],
  nn: [
    ...phrases(['lenkje|lenke|link i bio|bioen|profilen', 'send meg ein dm|pm|melding for pris|prisar|info|meir', 'send meg ei melding for pris|prisar|info|meir', 'dm for pris|prisar|info']),
    ...phrases(['send meg ein dm|pm'], { sureness: 0 }),
  ],
  da: [
    ...phrases([
      'link i bio|bioen|profilen',
      'linket i bio|bioen|profilen',
      'tjek min bio',
      'send mig en dm|pb|besked for pris|priser|info|mere|linket',
      'send en dm|pb for pris|priser|info|mere',
      'skriv pb|privat for pris|priser|info|mere',
      'dm for pris|priser|info|samarbejde',
      'interesseret send dm|pb',
      'skriv til mig i indbakken for',
    ]),
    ...phrases(['send mig en dm|pb', 'skriv pb', 'skriv privat'], { sureness: 0 }),
  ],
  de: [
    ...phrases([
      'link in der|meiner bio',
      'link im profil',
      'schau in meine bio',
      'schreib mir eine dm|pn|nachricht für {preis|preise|infos|mehr|den link}',
      'schreibt mir eine dm|pn für preis|preise|infos|mehr',
      'dm|pn für preis|preise|infos|mehr|kooperation',
      'bei interesse dm|pn',
      'schreib mir privat für',
    ]),
    ...phrases(['schreib mir eine dm|pn', 'schreib mir privat', 'schreibt mir privat'], { sureness: 0 }),
  ],
};

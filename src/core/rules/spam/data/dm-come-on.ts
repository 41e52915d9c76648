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
      'swipe up to|for|and',
      'send me a dm|message with the word',
      'dm|message me the word',
      '{dm me|message me|send me a dm|send me a message} and i’ll|i\'ll|ill show|tell',
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
      'swipea|svajpa|swipe upp',
      'skriv _ till mig i dm|pm|inkorgen',
      'skicka ett dm|pm|meddelande så berättar|visar jag',
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
      'sveip|swipe opp for|og',
      'skriv|send _ til meg på dm|pm|innboks',
      '{send meg en melding|send meg ei melding|send meg en dm|send meg en pm} så forteller|viser jeg',
    ]),
    ...phrases(['send meg en dm|pm', 'send meg dm|pm'], { sureness: 0 }),
  ],
  nn: [
    ...phrases(['lenkje|lenke|link i bio|bioen|profilen', 'lenkja|lenka|lenken i bio|bioen|profilen', 'send meg ein dm|pm|melding for pris|prisar|info|meir', 'send meg ei melding for pris|prisar|info|meir', 'dm for pris|prisar|info', 'sveip|swipe opp for|og', 'skriv|send _ til meg på dm|pm|innboks', '{send meg ei melding|send meg ein dm|send meg ein pm} så fortel|viser eg']),
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
      'swipe op for|og',
      'skriv en pb|dm for pris|priser|info|mere',
      'pb for mere|pris|priser|info',
      'skriv|send _ til mig i|på dm|pb|indbakken',
      '{send mig en besked|send mig en dm|send mig en pb} så fortæller|viser jeg',
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
      'bei interesse einfach dm|pn',
      'schreib|schreibe|schreibt mir _ per|als dm|pn',
      'infos per|via dm|pn',
      'swipe up|hoch für|und|um',
      '{schreib mir eine nachricht|schreib mir eine dm|schreib mir eine pn|schreib mir} und ich zeige|verrate',
    ]),
    ...phrases(['schreib mir eine dm|pn', 'schreib mir privat', 'schreibt mir privat'], { sureness: 0 }),
  ],
};

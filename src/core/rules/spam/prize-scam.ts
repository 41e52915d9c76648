/** Prize, lottery and parcel scams: "you have won", "claim your prize", "your number has been awarded". */
import type { Rule } from '../../rule';
import { PRIZE } from './data/prize';
import { listMatcher } from './util';

const check = listMatcher(PRIZE, {
  message: {
    en: 'This is the wording of prize and phishing scams: readers and spam filters recognise it at once. Say plainly what you offer.',
    sv: 'Så här formulerar sig pris- och nätfiskebedrägerier: läsare och spamfilter känner igen det direkt. Säg rakt ut vad du erbjuder.',
    nb: 'Slik formulerer premie- og phishingsvindel seg: lesere og spamfiltre kjenner det igjen med en gang. Si rett ut hva du tilbyr.',
    da: 'Sådan formulerer præmie- og phishingsvindel sig: læsere og spamfiltre genkender det med det samme. Sig ligeud, hvad du tilbyder.',
    de: 'So klingen Gewinnspiel- und Phishing-Betrügereien: Leser und Spamfilter erkennen es sofort. Sag klar, was du anbietest.',
  },
});

export const prizeScam: Rule = {
  id: 'spam.prize-scam',
  category: 'spam',
  title: 'Prize, parcel and dating scams',
  description: 'Wording of prize, lottery, phishing and dating-spam messages: "you have won", "claim your prize", "your parcel could not be delivered", "singles in your area".',
  example: 'URGENT! Your mobile number has been awarded a £2000 prize. Call to claim.',
  severity: 'warning',
  check,
};

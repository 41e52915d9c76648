/**
 * Premium-rate and bulk text messages: "Txt WIN to 80082", 09xx numbers, "150p/msg",
 * "reply STOP to end". This is the small print of SMS spam, and reads as spam in any post.
 */
import { spanOf, type Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { BULK_NOTICES, SEND_VERBS, TO_WORDS } from './data/premium-sms';
import { listMatcher } from './util';

const MESSAGE: Localized = {
  en: 'Short codes, premium-rate numbers, per-message prices and "reply STOP" are the small print of text-message spam. Readers will take the post for spam.',
  sv: 'Kortnummer, betalnummer, pris per sms och "svara STOPP" är sms-spammets finstilta. Läsarna tar inlägget för spam.',
  nb: 'Kortnumre, overpriste numre, pris per sms og «svar STOPP» er sms-spammens småskrift. Leserne tar innlegget for spam.',
  da: 'Kortnumre, overtakserede numre, pris pr. sms og "svar STOP" er sms-spammens småt. Læserne tager opslaget for spam.',
  de: 'Kurzwahlnummern, Mehrwertnummern, Preise pro SMS und „STOP an …“ sind das Kleingedruckte von SMS-Spam. Leser halten den Beitrag für Spam.',
};

const notices = listMatcher(BULK_NOTICES, { message: MESSAGE });
const sendVerbs = new Set(SEND_VERBS);
const toWords = new Set(TO_WORDS);
const NUMBER_WORDS = new Set(['no', 'nr', 'number', 'nummer']);

/** UK 09xx/087x/084x and German and Swedish 09xx numbers: premium or shared-cost lines. */
const PREMIUM_NUMBER = /(?<!\d)0(?:9\d\d|8[47]\d)(?:[ -]?\d){6,7}(?!\d)/g;
/** "150p", "10p/min", "150ppm", "£1.50/wk", "2 kr/sms", "49 ct/min". */
const RATES = [
  /(?<![\p{L}\p{N}.,])\d{1,3}(?:[.,]\d{1,2})?(?:ppm|p\/(?:min|msg|txt|text|tone|wk|week|day|call|rcvd|mnth|month|smsg)|p)(?![\p{L}\p{N}])/gu,
  /[£€$]\d{1,3}(?:[.,]\d{1,2})?\s?(?:\/|per )\s?(?:min|minute|msg|txt|text|wk|week|call|tone|sms)\b/g,
  /\d\s?(?:kr|ct|cent|€|sek|nok|dkk)\.?\s?\/\s?(?:sms|mms|min|minut|minute|msg)\b/g,
];
/** Video resolutions written like a price in pence. */
const RESOLUTIONS = new Set(['144p', '240p', '360p', '480p', '540p', '720p', '900p']);

function patternHits(doc: Doc, pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const match of doc.folded.text.matchAll(pattern)) {
    if (RESOLUTIONS.has(match[0])) continue;
    const span = spanOf(doc, match.index, match.index + match[0].length);
    hits.push({ ...span, message: MESSAGE, suggestions: [''], sureness: 1 });
  }
  return hits;
}

/** "Txt VPOD to 81303", "text RALLY LE to 61200": a keyword to a 4–6 digit short code. */
function shortCodes(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || !sendVerbs.has(tokens[i]!.norm)) continue;
    // The keyword is one to four words ("Text A, B or C to 83738"); then "to", maybe "No:", the code.
    for (let to = i + 2; to <= i + 5 && to + 1 < tokens.length; to++) {
      const skip = NUMBER_WORDS.has(tokens[to + 1]!.norm) ? 1 : 0;
      const code = tokens[to + 1 + skip];
      if (!code) break;
      if (toWords.has(tokens[to]!.norm) && code.kind === 'number' && code.norm.length >= 4 && code.norm.length <= 6) {
        hits.push({ start: tokens[i]!.start, end: code.end, message: MESSAGE, suggestions: [''], sureness: 1 });
        break;
      }
    }
  }
  return hits;
}

export const premiumSms: Rule = {
  id: 'spam.premium-sms',
  category: 'spam',
  title: 'Premium-rate text spam',
  description: 'Short codes ("Txt WIN to 80082"), premium-rate numbers, per-message prices and "reply STOP" notices: the small print of text-message spam.',
  example: 'Txt WIN to 80082 now! 150p/msg, reply STOP to end.',
  severity: 'warning',
  check(doc, context) {
    const hits = notices(doc, context);
    // Codes, numbers and rates all hold digits: skip the scans on posts without any.
    if (!/\d/.test(doc.folded.text)) return hits;
    return [...shortCodes(doc), ...hits, ...patternHits(doc, PREMIUM_NUMBER), ...RATES.flatMap((rate) => patternHits(doc, rate))];
  },
};

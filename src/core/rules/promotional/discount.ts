/** Discount codes and percent-off: "50% off", "use code SAVE20", "rabattkod", "Gutscheincode". */
import { spanOf, type Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { Lexicon } from '../../lexicon';
import { listMatcher, looksLikeCode, type ListData } from '../spam/util';
import { CODE_INTROS, DISCOUNTS } from './data/discount';

const MESSAGE: Localized = {
  en: 'Discount codes and price cuts make a post read as an ad, and platforms show ads to fewer people for free. Lead with what the reader gains.',
  sv: 'Rabattkoder och prissänkningar får inlägget att läsas som en annons, och plattformarna visar annonser för färre utan betalning. Börja med vad läsaren får.',
  nb: 'Rabattkoder og priskutt gjør at innlegget leses som en annonse, og plattformene viser annonser til færre uten betaling. Begynn med hva leseren får.',
  da: 'Rabatkoder og prisnedslag får opslaget til at læses som en annonce, og platformene viser annoncer til færre uden betaling. Begynd med, hvad læseren får.',
  de: 'Rabattcodes und Preisnachlässe lassen einen Beitrag wie eine Anzeige wirken, und Plattformen zeigen Anzeigen ohne Bezahlung weniger Menschen. Beginne mit dem Nutzen für die Leser.',
};

const discounts = listMatcher(DISCOUNTS, { message: MESSAGE });
const codeIntros = new Lexicon<ListData>(CODE_INTROS);

// "50% off", "-30 % rabatt", "save 20%", "spara 50 %": percentages tied to a price cut. "Up to 70 %"
// is a sale when it ends the sentence or says what it is on ("opptil 70 % på utvalgte varer"); "up
// to 30% in the Nordics" is a figure.
const PERCENT_WORDS =
  'off|discount|rabatt|rabat|avslag|afslag|nedsatt|billigare|billigere|günstiger|reduziert|nachlass|auf alles|på allt|på alt|på alla|på alle|på hela|på hele|på heile|auf alle|on all|on everything|på utvalda|på utvalgte|på udvalgte|auf ausgewählte';
// "Over 50 % på alle skoler" is a share of something, not a price cut.
const SHARE_OF = 'over|more than|mer än|mer enn|meir enn|mere end|mehr als|über|about|around|nearly|almost|cirka|ca|omkring|rundt|nästan|nesten|næsten|fast|knapp';
const PERCENT_OFF = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!(?:${SHARE_OF}) )(?:(?:up to|upp till|opptil|opp til|inntil|op til|bis zu) )?-?\\d{1,2}(?:[.,]\\d)? ?% ?(?:${PERCENT_WORDS})(?![\\p{L}\\p{N}])` +
    `|(?<![\\p{L}\\p{N}])(?:save|spara|spar|spare|sparen sie|sparen|spart)(?: (?:up to|upp till|opptil|opp til|inntil|op til|bis zu))? \\d{1,2}(?:[.,]\\d)? ?%` +
    `|(?<![\\p{L}\\p{N}])(?:up to|upp till|opptil|opp til|inntil|op til|bis zu) \\d{1,2} ?%(?= ?(?:[!\\n]|$|(?:on|på|auf)(?![\\p{L}])))`,
  'gu',
);

// A price as shops write it: "$49", "49 €", "299 kr", "299,-", "1.299,95 kr".
const PRICE = String.raw`(?:[£$€] ?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:,-| ?(?:kr|kronor|kroner|sek|nok|dkk|euro|eur|€|dollars?|pounds?)(?![\p{L}\p{N}])))`;

// "from only £10", "now only $49", "nu endast 299 kr", "nå kun 299,-", "jetzt nur 29 €": a price pitched like an ad.
// "For only" is left out: "I bought it for only €20 at the flea market" is a bargain told, not sold.
const PITCHED_PRICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:from|now) (?:only|just)|(?:från|nu) (?:endast|bara)|nu kun|(?:fra|nå) (?:kun|bare)|no (?:berre|kun)|ab nur|jetzt (?:für )?nur) ${PRICE}`,
  'gu',
);

// "Was $99, now …", "Ord. pris 499 kr, nu …", "Før 499,- nå …", "Statt 49 € jetzt …": a struck-out price.
const WAS_PRICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:was|før|statt|ord\\.? ?pris|ordinarie pris|ordinær pris|normalpris|vejl\\.? ?pris|uvp):? ?${PRICE}` +
    `(?=[^\\p{L}\\p{N}]{0,4}(?:now|nu|nå|no|jetzt|only|just|endast|bara|kun|bare|berre|nur)(?![\\p{L}]))`,
  'gu',
);

function codeHits(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  for (const { end, start } of codeIntros.match(doc)) {
    const code = doc.tokens[end];
    if (!code || code.sentence !== doc.tokens[end - 1]!.sentence || !(code.kind === 'word' || code.kind === 'number')) continue;
    if (!looksLikeCode(doc.text.slice(code.start, code.end))) continue;
    hits.push({ start, end: code.end, message: MESSAGE, suggestions: [], sureness: 1 });
  }
  return hits;
}

/** Words before a number where a price pattern may start: "sparen sie bis zu 20 %", "ordinarie pris 499 kr". */
const WORDS_BEFORE = 5;
/** Characters after a number that a price pattern may still read: "1.299,95 kr, nu". */
const CHARS_AFTER = 40;

/**
 * Matches of the patterns, one after the other, in short stretches of the post around the numbers
 * they are about, merged where they overlap: a long post is not scanned whole for a handful of
 * prices, and the stretches are found once for all the patterns.
 */
function numberHits(doc: Doc, patterns: readonly RegExp[], about: (index: number) => boolean): Hit[] {
  const text = doc.folded.text;
  const stretches: Array<[number, number]> = [];
  doc.tokens.forEach((token, index) => {
    if (token.kind !== 'number' || !about(index)) return;
    const from = doc.tokens[Math.max(0, index - WORDS_BEFORE)]!.fstart;
    const to = Math.min(text.length, token.fend + CHARS_AFTER);
    const last = stretches[stretches.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  });
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    for (const [from, to] of stretches) {
      for (const match of text.slice(from, to).matchAll(pattern)) {
        const start = from + match.index;
        hits.push({ ...spanOf(doc, start, start + match[0].length), message: MESSAGE, suggestions: [], sureness: 1 });
      }
    }
  }
  return hits;
}

/** Whether a percent sign follows the number token at `index` ("50%", "50 %"). */
function beforePercent(doc: Doc, index: number): boolean {
  const at = doc.tokens[index]!.fend;
  const text = doc.folded.text;
  return text.charAt(at) === '%' || (text.charAt(at) === ' ' && text.charAt(at + 1) === '%');
}

export const discount: Rule = {
  id: 'promotional.discount',
  category: 'promotional',
  title: 'Discount codes and percent-off',
  description: 'Discount codes, percent-off and price cuts ("50% off", "use code SAVE20", "rabattkod", "Gutscheincode"). They make a post read as an ad.',
  example: 'Get 50% off with code SAVE50 – free shipping!',
  severity: 'warning',
  check(doc, context) {
    const codes = codeHits(doc);
    const percents = doc.folded.text.includes('%') ? numberHits(doc, [PERCENT_OFF], (index) => beforePercent(doc, index)) : [];
    const prices = numberHits(doc, [PITCHED_PRICE, WAS_PRICE], () => true);
    const claimed = [...codes, ...percents, ...prices];
    // A listed word inside a code or percentage hit ("rabattcode SAVE20") is the same finding.
    const words = discounts(doc, context).filter((hit) => !claimed.some((other) => hit.start < other.end && other.start < hit.end));
    return [...claimed, ...words];
  },
};

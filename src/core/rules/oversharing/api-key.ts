/**
 * API keys, access tokens and private keys with well-known shapes: AWS, GitHub, Slack, Stripe,
 * Google, OpenAI-style `sk-` keys, JSON Web Tokens and PEM private key headers. A key in a post
 * (often in a pasted code sample) gives anyone access to the account behind it.
 */
import { spanOf, type Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Hit } from '../../types';
import { KEY_LABELS } from './data/key-labels';
import { forEveryLanguage } from './phrases';

// Each key begins with its provider's marker; from a marker that starts a run of key characters
// the whole run is taken and tested against the anchored shapes. Runs do not overlap, so the
// text is read once.
const MARKER = /AKIA|ASIA|gh[pousr]_|github_pat_|xox[abeoprs]-|[sr]k_live_|[sr]k_test_|AIza|sk-|eyJ|glpat-|hf_|npm_|SG\./g;
const KEY_CHAR = /[A-Za-z0-9_\-.]/;
const SHAPES: RegExp[] = [
  /^(?:AKIA|ASIA)[0-9A-Z]{16}$/,
  /^gh[pousr]_[A-Za-z0-9]{36}$/,
  /^github_pat_[A-Za-z0-9_]{60,}$/,
  /^xox[abeoprs]-[A-Za-z0-9-]{10,}$/,
  /^[sr]k_(?:live|test)_[A-Za-z0-9]{20,}$/,
  /^glpat-[A-Za-z0-9_-]{20,}$/,
  /^hf_[A-Za-z0-9]{30,}$/,
  /^npm_[A-Za-z0-9]{36}$/,
  /^SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}$/,
  /^AIza[0-9A-Za-z_-]{35}$/,
  /^sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}$/,
  /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}$/,
];
// Webhook addresses carry their secret in the path: anyone holding one can post as the bot.
const WEBHOOK = /https:\/\/(?:hooks\.slack\.com\/services|discord(?:app)?\.com\/api\/webhooks)\/[A-Za-z0-9_/-]{20,}/g;
const labels = new Lexicon<object>(() => forEveryLanguage(KEY_LABELS));
/** A key after its label: 20 or more letters and digits, both present, no spaces ("api key: 9f3c…"). */
const LABELLED_KEY = /^[A-Za-z0-9_\-]{20,200}$/;
const MIN_KEY_PART = 10;
const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;

/** Keys of any shape written right after a label ("API-nyckeln är 9f3c…", "token: …"). */
function labelledKeys(doc: Doc): Array<{ start: number; end: number }> {
  const text = doc.folded.text;
  const found: Array<{ start: number; end: number }> = [];
  const labelled = labels.match(doc);
  // A key of 20 characters has a token of at least ten (split at most at one dash or underscore):
  // asked only of posts with a label, as most have none.
  if (labelled.length === 0 || !doc.tokens.some((token) => token.fend - token.fstart >= MIN_KEY_PART)) return found;
  for (const match of labelled) {
    let at = doc.tokens[match.end - 1]!.fend;
    while (text[at] === ' ' || text[at] === ':' || text[at] === '=' || text[at] === '"' || text[at] === "'") at++;
    let end = at;
    while (end < text.length && end - at <= 200 && !/[\s"',;]/.test(text[end]!)) end++;
    const span = spanOf(doc, at, end);
    const value = doc.text.slice(span.start, span.end).replace(/[.)]+$/, '');
    if (LABELLED_KEY.test(value) && LETTER.test(value) && DIGIT.test(value)) found.push({ start: span.start, end: span.start + value.length });
  }
  return found;
}

const PRIVATE_KEY = /-----BEGIN (?:[A-Z]{2,10} ){0,2}PRIVATE KEY(?: BLOCK)?-----/g;

export const apiKeyRule: Rule = {
  id: 'oversharing.api-key',
  category: 'oversharing',
  severity: 'critical',
  title: 'API key or private key',
  description:
    'Marks access keys and tokens with well-known shapes (AWS, GitHub, GitLab, Slack, Stripe, Google, OpenAI, Hugging Face, npm, SendGrid, JWT), webhook addresses, any long key written after “API key” or “token”, and private key blocks.',
  example: 'Here is my config: AKIAIOSFODNN7EXAMPLE works for the demo bucket.',
  check(doc) {
    const hits: Hit[] = [];
    const found = (start: number, end: number) =>
      hits.push({
        start,
        end,
        message: {
          en: 'This looks like a secret key. Anyone who copies it gets into the account behind it: remove it and revoke the key.',
          sv: 'Det här ser ut som en hemlig nyckel. Den som kopierar den kommer åt kontot bakom: ta bort den och spärra nyckeln.',
          nb: 'Dette ser ut som en hemmelig nøkkel. Den som kopierer den, kommer inn på kontoen bak: fjern den og trekk nøkkelen tilbake.',
          da: 'Det her ligner en hemmelig nøgle. Den, der kopierer den, får adgang til kontoen bag: fjern den, og spær nøglen.',
          de: 'Das sieht aus wie ein geheimer Schlüssel. Wer ihn kopiert, kommt an das Konto dahinter: entferne ihn und widerrufe den Schlüssel.',
        },
        suggestions: [''],
        sureness: 2,
      });
    const text = doc.text;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
      const start = m.index;
      let end = start;
      while (end < text.length && KEY_CHAR.test(text[end]!)) end++;
      MARKER.lastIndex = end;
      if (start > 0 && KEY_CHAR.test(text[start - 1]!)) continue;
      const candidate = text.slice(start, end).replace(/[.-]+$/, '');
      if (SHAPES.some((shape) => shape.test(candidate))) found(start, start + candidate.length);
    }
    for (const m of doc.text.matchAll(PRIVATE_KEY)) found(m.index, m.index + m[0].length);
    for (const m of doc.text.matchAll(WEBHOOK)) found(m.index, m.index + m[0].length);
    for (const { start, end } of labelledKeys(doc)) if (!hits.some((hit) => hit.start <= start && end <= hit.end)) found(start, end);
    return hits;
  },
};

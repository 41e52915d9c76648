/**
 * E-mail addresses. A private address in a public post gets harvested for spam and phishing; a
 * company's contact address (info@, jobs@, a work address not called the writer's own) is common
 * on LinkedIn, so it is only marked in strict mode.
 */
import type { Doc } from '../../doc';
import type { Rule } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit } from '../../types';
import { mentions, wordsBefore } from './context';

// Free webmail providers, where an address is almost always a private person's.
const WEBMAIL = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.se', 'hotmail.no', 'hotmail.dk', 'hotmail.de', 'hotmail.co.uk',
  'outlook.com', 'outlook.se', 'outlook.dk', 'outlook.de', 'live.com', 'live.se', 'live.no', 'live.dk', 'live.de', 'msn.com',
  'yahoo.com', 'yahoo.se', 'yahoo.no', 'yahoo.dk', 'yahoo.de', 'yahoo.co.uk', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
  'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'online.no', 'telia.com',
  'bredband.net', 'spray.se', 'comhem.se', 'jubii.dk', 'mail.dk', 'ofir.dk', 'email.dk', 'yandex.com', 'mail.com',
]);

const MY = new Set(['my', 'min', 'mitt', 'mi', 'mit', 'mein', 'meine']);
// Shared mailboxes of an organisation: "info@", "jobs@", "kontakt@". Meant to be public.
const ROLE_MAILBOXES = new Set([
  'info', 'kontakt', 'contact', 'hello', 'hej', 'hei', 'support', 'sales', 'salg', 'jobs', 'jobb', 'job', 'career', 'careers', 'karriere',
  'press', 'presse', 'post', 'office', 'kontor', 'admin', 'service', 'kundeservice', 'kundtjanst', 'kundendienst', 'order', 'booking',
  'hr', 'team', 'mail', 'noreply', 'no-reply', 'rekrytering', 'rekruttering', 'bewerbung',
]);

// An address spelled out against harvesters, which read it all the same: "kari(at)online.no",
// "john [at] gmail [dot] com", "anna punkt berg at gmail punkt com".
const DOT_WORDS = new Set(['dot', 'punkt', 'prikk', 'punktum']);
const TOP_DOMAINS = new Set(['com', 'net', 'org', 'se', 'no', 'dk', 'de', 'nu', 'io', 'eu', 'at', 'ch', 'fi', 'uk', 'info']);
const BRACKETED = /[([{]\s*$/;
const NAME_JOINER = /^[._-]$/;

interface Address {
  start: number;
  end: number;
  /** Folded offset, for the words before it. */
  fstart: number;
  mailbox: string;
  domain: string;
}

function isWord(token: Token | undefined, set?: ReadonlySet<string>): token is Token {
  return token !== undefined && token.kind === 'word' && (set === undefined || set.has(token.norm));
}

/**
 * The address spelled out around the "at" word at token i. A plain "at" counts only before a
 * webmail domain: "I work at google.com" and "look at example dot com" are no addresses,
 * "kari(at)firma.no" is.
 */
function spelledAddressAt(doc: Doc, i: number): Address | undefined {
  const tokens = doc.tokens;
  const at = tokens[i]!;
  const host = tokens[i + 1];
  if (i === 0 || host === undefined || !isWord(tokens[i - 1])) return undefined;
  // The domain first: after most "at" words there is none, and nothing more to read.
  let last: Token | undefined;
  let domain = '';
  let bracketedDot = false;
  if (host.kind === 'url' && TOP_DOMAINS.has(host.norm.slice(host.norm.lastIndexOf('.') + 1))) {
    last = host;
    domain = host.norm;
  } else if (isWord(host) && isWord(tokens[i + 2], DOT_WORDS) && isWord(tokens[i + 3], TOP_DOMAINS)) {
    last = tokens[i + 3]!;
    domain = `${host.norm}.${last.norm}`;
    bracketedDot = BRACKETED.test(doc.text.slice(host.end, tokens[i + 2]!.start));
  }
  if (!last || last.sentence !== at.sentence) return undefined;
  const bracketed = BRACKETED.test(doc.text.slice(tokens[i - 1]!.end, at.start));
  if (!bracketed && !bracketedDot && !WEBMAIL.has(domain)) return undefined;
  let first = i - 1;
  // Back over a dotted name: "anna punkt berg", "max.mueller".
  for (let steps = 0; steps < 2; steps++) {
    if (isWord(tokens[first - 1], DOT_WORDS) && isWord(tokens[first - 2])) first -= 2;
    else if (isWord(tokens[first - 1]) && NAME_JOINER.test(doc.text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first -= 1;
    else break;
  }
  if (tokens[first]!.sentence !== at.sentence) return undefined;
  const end = doc.text[last.end] === ')' || doc.text[last.end] === ']' ? last.end + 1 : last.end;
  return { start: tokens[first]!.start, end, fstart: tokens[first]!.fstart, mailbox: tokens[i - 1]!.norm, domain };
}

/** Every address in the draft, written plainly or spelled out. */
function addresses(doc: Doc): Address[] {
  const found: Address[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'email') {
      const at = token.norm.lastIndexOf('@');
      found.push({ start: token.start, end: token.end, fstart: token.fstart, mailbox: token.norm.slice(0, at), domain: token.norm.slice(at + 1) });
    } else if (token.norm === 'at' && token.kind === 'word') {
      const spelled = spelledAddressAt(doc, i);
      if (spelled) found.push(spelled);
    }
  }
  return found;
}

export const emailAddressRule: Rule = {
  id: 'oversharing.email-address',
  category: 'oversharing',
  severity: 'info',
  title: 'E-mail address',
  description:
    'Marks private e-mail addresses (Gmail, Hotmail, iCloud and the like, or one you call your own). Contact addresses such as info@ are only marked in strict mode.',
  example: 'Interested? Write to me at anna.berg72@gmail.com.',
  check(doc) {
    const hits: Hit[] = [];
    for (const { start, end, fstart, mailbox, domain } of addresses(doc)) {
      // A webmail address is a person's; another is when the writer calls it theirs ("my e-mail is").
      const personal = WEBMAIL.has(domain) || (!ROLE_MAILBOXES.has(mailbox) && mentions(wordsBefore(doc, fstart, 4), MY));
      hits.push({
        start,
        end,
        message: {
          en: 'An e-mail address in a public post gets collected for spam and phishing. A direct message, or a contact form, keeps it out of reach.',
          sv: 'En e-postadress i ett öppet inlägg samlas in för spam och nätfiske. Ett direktmeddelande eller ett kontaktformulär håller den utom räckhåll.',
          nb: 'En e-postadresse i et offentlig innlegg blir samlet inn til spam og svindelforsøk. En direktemelding eller et kontaktskjema holder den unna.',
          da: 'En e-mailadresse i et offentligt opslag bliver indsamlet til spam og phishing. En direkte besked eller en kontaktformular holder den væk.',
          de: 'Eine E-Mail-Adresse in einem öffentlichen Beitrag wird für Spam und Phishing gesammelt. Eine Direktnachricht oder ein Kontaktformular hält sie fern.',
        },
        suggestions: [''],
        severity: personal ? 'warning' : 'info',
        sureness: personal ? 1 : 0,
      });
    }
    return hits;
  },
};

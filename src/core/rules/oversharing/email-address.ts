/**
 * E-mail addresses. A private address in a public post gets harvested for spam and phishing; a
 * company's contact address (info@, jobs@, a work address not called the writer's own) is common
 * on LinkedIn, so it is only marked in strict mode.
 */
import type { Rule } from '../../rule';
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
    for (const token of doc.tokens) {
      if (token.kind !== 'email') continue;
      const at = token.norm.lastIndexOf('@');
      const mailbox = token.norm.slice(0, at);
      // A webmail address is a person's; another is when the writer calls it theirs ("my e-mail is").
      const personal =
        WEBMAIL.has(token.norm.slice(at + 1)) || (!ROLE_MAILBOXES.has(mailbox) && mentions(wordsBefore(doc, token.fstart, 4), MY));
      hits.push({
        start: token.start,
        end: token.end,
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

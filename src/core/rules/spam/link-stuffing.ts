/** Link stuffing: several links in one post, and shortened links that hide where they lead. */
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { SHORTENERS } from './data/shorteners';

/** From this many links a post reads as a list of ads rather than something to read. */
const STUFFED_AT = 3;

const MANY: Localized = {
  en: 'Several links in one post read as spam, and platforms show link-heavy posts to fewer people. Keep the one that matters.',
  sv: 'Flera länkar i ett inlägg ser ut som spam, och plattformarna visar länktunga inlägg för färre. Behåll den viktigaste.',
  nb: 'Flere lenker i ett innlegg ser ut som spam, og plattformene viser lenketunge innlegg til færre. Behold den viktigste.',
  da: 'Flere links i ét opslag ligner spam, og platformene viser linktunge opslag til færre. Behold det vigtigste.',
  de: 'Mehrere Links in einem Beitrag wirken wie Spam, und Plattformen zeigen linklastige Beiträge weniger Menschen. Behalte den wichtigsten.',
};

const SHORTENED: Localized = {
  en: 'A shortened link hides where it leads, so careful readers will not click it. Use the full address.',
  sv: 'En förkortad länk döljer vart den leder, så försiktiga läsare klickar inte. Använd hela adressen.',
  nb: 'En forkortet lenke skjuler hvor den fører, så forsiktige lesere klikker ikke. Bruk hele adressen.',
  da: 'Et forkortet link skjuler, hvor det fører hen, så forsigtige læsere klikker ikke. Brug hele adressen.',
  de: 'Ein gekürzter Link verbirgt, wohin er führt, daher klicken vorsichtige Leser nicht. Nutze die volle Adresse.',
};

function hostOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/?#]/)[0]!;
}

export const linkStuffing: Rule = {
  id: 'spam.link-stuffing',
  category: 'spam',
  title: 'Link stuffing and shortened links',
  description: 'Three or more links in one post, or links through a shortener that hides where they lead. Both read as spam.',
  example: 'Grab it here bit.ly/3xYz and here example.com/a and here example.com/b',
  severity: 'warning',
  check(doc) {
    const links = doc.tokens.filter((token) => token.kind === 'url');
    const stuffed = links.length >= STUFFED_AT;
    const hits: Hit[] = [];
    links.forEach((link, index) => {
      const shortened = SHORTENERS.has(hostOf(link.norm));
      if (!shortened && !stuffed) return;
      hits.push({
        start: link.start,
        end: link.end,
        message: shortened ? SHORTENED : MANY,
        // Keep the first link of a stuffed post; drop the rest.
        suggestions: stuffed && index > 0 ? [''] : [],
        sureness: 1,
      });
    });
    return hits;
  },
};

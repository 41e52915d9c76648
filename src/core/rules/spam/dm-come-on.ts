/** "DM me for prices", "link in bio", "inbox me": moving readers somewhere private to sell. */
import type { Rule } from '../../rule';
import { COME_ON } from './data/dm-come-on';
import { listMatcher } from './util';

const check = listMatcher(COME_ON, {
  message: {
    en: 'Pulling readers into private messages or a bio link is a sales and scam pattern; many will not follow. Say what you offer in the post.',
    sv: 'Att locka läsare till privata meddelanden eller en länk i bion är ett sälj- och bedrägerimönster; många hänger inte med. Säg vad du erbjuder i inlägget.',
    nb: 'Å lokke lesere til private meldinger eller en lenke i bioen er et salgs- og svindelmønster; mange blir ikke med. Si hva du tilbyr i innlegget.',
    da: 'At lokke læsere over i private beskeder eller et link i bioen er et salgs- og svindelmønster; mange følger ikke med. Sig, hvad du tilbyder, i opslaget.',
    de: 'Leser in private Nachrichten oder zum Link in der Bio zu lotsen ist ein Verkaufs- und Betrugsmuster; viele folgen nicht. Sag im Beitrag, was du anbietest.',
  },
});

export const comeOn: Rule = {
  id: 'spam.dm-come-on',
  category: 'spam',
  title: '"DM me" and "link in bio"',
  description: 'Asking readers to message you or follow a bio link for prices, details or secrets. A common sales and scam pattern.',
  example: 'DM me for prices, link in bio!',
  severity: 'warning',
  check,
};

/**
 * The words that introduce a key or token whose shape is the provider's own: "API key:",
 * "API-nyckeln är", "API-nøkkelen vår er", "API-Schlüssel:", "access token =". After one of them a
 * long run of mixed letters and digits is the secret, whatever service issued it.
 */
import type { LexiconData } from '../../../lexicon';
import { entriesOf } from '../phrases';

const LABELS: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['{api|access|secret|auth|bearer|bot|client} {key|token|secret}', 'apikey|api_key|apitoken|access_token|client_secret|secret_key'],
  sv: ['api {nyckel|nyckeln|nyckeln är|token|token är}', 'api nyckeln {vår|min} är', '{vår|min} api {nyckel|token} är', '{api-nyckeln|nyckeln|token} är', 'apinyckel|apinyckeln'],
  nb: ['api {nøkkel|nøkkelen|nøkkelen er|token|token er}', 'api nøkkelen {vår|min} er', '{vår|min} api {nøkkel|token} er', '{api-nøkkelen|nøkkelen|tokenet} er', 'apinøkkel|apinøkkelen'],
  nn: ['api {nøkkel|nøkkelen|nøkkelen er|token}', 'api nøkkelen {vår|mi} er', '{nøkkelen|tokenet} er'],
  da: ['api {nøgle|nøglen|nøglen er|token|token er}', '{vores|min} api {nøgle|token} er', '{nøglen|tokenet} er', 'apinøgle|apinøglen'],
  de: ['api {schlüssel|key|token}', '{der|mein|unser} {schlüssel|token|api schlüssel|api key} {ist|lautet}', 'apischlüssel|zugangstoken'],
};

export const KEY_LABELS: LexiconData<object> = Object.fromEntries(
  Object.entries(LABELS).map(([lang, phrases]) => [lang, entriesOf(phrases, { anywhere: true })]),
);

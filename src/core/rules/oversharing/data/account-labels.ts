/**
 * The words that introduce a domestic bank account number: "kontonummer", "kontonr.", "Reg.nr.",
 * "account number", "sort code". Without a label a long digit run could be anything; after one
 * it is the account people pay into.
 */
import type { LexiconData } from '../../../lexicon';
import { entriesOf } from '../phrases';

const LABELS: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: ['{account|acct|acc} {number|no|nr|num}', 'bank account', 'sort code', 'bsb'],
  sv: ['{kontonummer|kontonumret|kontonummret|kontonr|bankkonto|bankkontonummer|clearingnummer|clearingnr|personkonto}', '{mitt|vårt} konto', 'konto nr'],
  nb: ['{kontonummer|kontonummeret|kontonr|bankkonto|bankkontonummer}', '{min|vår} konto', 'kontoen min', 'konto nr'],
  nn: ['{kontonummer|kontonummeret|kontonr|bankkonto}', 'kontoen min', 'konto nr'],
  da: ['{kontonummer|kontonummeret|kontonr|bankkonto|registreringsnummer|regnr}', 'reg nr', 'konto nr', '{min|vores} konto'],
  de: ['{kontonummer|kontonr|bankverbindung|bankkonto|kto}', 'konto nr', '{mein|unser} konto', '{meine|unsere} bankverbindung'],
};

export const ACCOUNT_LABELS: LexiconData<object> = Object.fromEntries(
  Object.entries(LABELS).map(([lang, phrases]) => [lang, entriesOf(phrases, { anywhere: true })]),
);

/** Words of a collection or a business: an account meant to be paid into by the public. */
export const PUBLIC_ACCOUNT_WORDS = new Set([
  'donations', 'donate', 'fundraiser', 'charity', 'invoice', 'invoices', 'insamling', 'insamlingen', 'gåva', 'gåvor', 'innsamling',
  'innsamlingen', 'innsamlingsaksjon', 'innsamlingsaksjonen', 'gave', 'gaver', 'indsamling', 'indsamlingen', 'spende', 'spenden',
  'spendenkonto', 'faktura', 'fakturaer', 'rechnung', 'rechnungen', 'firma', 'företaget', 'firmaet', 'virksomheden', 'verein', 'förening',
  'föreningen', 'forening', 'foreningen', 'laget', 'klubben',
]);

/**
 * The words that introduce a booking reference or ticket number: "booking reference",
 * "bokningsnummer", "bestillingsnummer", "Buchungscode", "boarding pass". Anyone holding the code
 * and the surname can open, change or cancel the trip.
 */
import type { LexiconData } from '../../../lexicon';
import { entriesOf } from '../phrases';

const LABELS: Record<'en' | 'sv' | 'nb' | 'nn' | 'da' | 'de', string[]> = {
  en: [
    'booking {reference|ref|code|number|no|nr}', '{confirmation|reservation} {code|number}', 'confirmation', 'record locator', 'booking', '{e ticket|eticket|ticket} {number|no}',
    '{e ticket|eticket}', 'boarding {pass|card}',
  ],
  sv: [
    '{bokningsnummer|bokningsnumret|bokningsnummret|bokningsnr|bokningsreferens|bokningsreferensen|bokningskod|bokningskoden|bokningsbekräftelse|bokning|biljettnummer|biljettnumret|boardingkort|bekräftelsenummer|bekräftelsekod}',
    'e biljett',
  ],
  nb: [
    '{bestillingsnummer|bestillingsnummeret|bestillingsnr|bestillingsreferanse|bestillingsreferansen|bookingnummer|bookingnummeret|bookingreferanse|bookingreferansen|bookingkode|bookingkoden|referansenummer|referansenummeret|billettnummer|billettnummeret|boardingkort|bekreftelsesnummer|bekreftelseskode}',
    'e billett',
  ],
  nn: [
    '{bestillingsnummer|bestillingsnummeret|bestillingsreferanse|bookingnummer|bookingnummeret|bookingreferanse|bookingkode|bookingkoden|referansenummer|billettnummer|billettnummeret|boardingkort|stadfestingsnummer}',
    'e billett',
  ],
  da: [
    '{bookingnummer|bookingnummeret|bookingnr|bookingreference|bookingreferencen|bookingkode|bookingkoden|bestillingsnummer|bestillingsnummeret|reservationsnummer|reservationsnummeret|billetnummer|billetnummeret|boardingkort|bekræftelsesnummer|bekræftelseskode}',
    'e billet',
  ],
  de: [
    '{buchungsnummer|buchungscode|buchungsreferenz|buchungsbestätigung|buchung|reservierungsnummer|reservierungscode|bestätigungsnummer|bestätigungscode|ticketnummer|bordkarte|filekey}',
    'buchungs nr', '{e ticket|eticket}',
  ],
};

/** Loanwords every language uses for the same thing. */
const LOANWORDS = ['pnr', 'boarding pass', 'booking reference', 'booking ref', 'e ticket', 'eticket'];

// Each label means a booking in any language it turns up in ("Buchungsnummer" in an English post),
// so all apply whatever language a short post is taken for.
export const BOOKING_LABELS: LexiconData<object> = Object.fromEntries(
  Object.entries(LABELS).map(([lang, phrases]) => [lang, entriesOf([...phrases, ...LOANWORDS], { anywhere: true })]),
);

/** Words that may stand between the label and the code: "booking reference is: X7K2QP". */
export const FILLERS = new Set(['is', 'number', 'no', 'nr', 'code', 'ref', 'är', 'er', 'ist', 'lautet', 'nummer', 'kod', 'kode', 'my', 'our', 'min', 'vår', 'mit']);

/** Words of a discount offer: a six-character code next to them is a discount code. */
export const DISCOUNT_WORDS = new Set([
  'discount', 'off', 'rabatt', 'rabat', 'rabattkod', 'rabattkode', 'rabatkode', 'gutschein', 'gutscheincode', 'promo', 'kampanjkod',
  'kampanjekode', 'voucher', 'coupon',
]);

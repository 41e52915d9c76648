/**
 * Words around a number that say what it is: a phone number, a reference number, a business line.
 * Compounds match by their start.
 */

/** Calling words: "call me on", "ring", "tlf", "Handy". A number right after one is a phone number. */
export const CALL_WORDS = new Set([
  'phone', 'call', 'text', 'cell', 'mobile', 'tel', 'whatsapp', 'sms', 'ring', 'ringa', 'ringer', 'ringe', 'mobil', 'mobilen',
  'smsa', 'tlf', 'mob', 'telefon', 'telefonen', 'handy', 'anrufen', 'ruf', 'rufen',
]);
export const CALL_PREFIXES = ['telefon', 'phone', 'mobilnum', 'mobilnr', 'handynum', 'tlf'];

/** Calling words and the looser ones that introduce a number people may reach you on. */
export const PHONE_WORDS = new Set([
  ...CALL_WORDS, 'number', 'reach', 'contact', 'nummer', 'nummeret', 'numret', 'nr', 'nås', 'kontakt', 'erreichbar', 'unter',
  // Messages and payment apps that run on a phone number: "send meg en melding på", "vipps meg på", "swisha".
  'message', 'melding', 'meldinger', 'beskjed', 'besked', 'meddelande', 'nachricht', 'signal', 'vipps', 'vippse', 'swish', 'swisha',
  'mobilepay',
]);

/** Order, invoice, account and reference numbers: never a phone number. */
export const REFERENCE_WORDS = new Set([
  'order', 'ordre', 'invoice', 'faktura', 'rechnung', 'account', 'konto', 'ref', 'reference', 'referens', 'referanse',
  'reference', 'case', 'ärende', 'sag', 'sak', 'ticket', 'tracking', 'isbn', 'ean', 'org', 'orgnr', 'cvr', 'mva', 'moms',
  'vat', 'ust', 'bankgiro', 'plusgiro', 'pg', 'bg', 'clearing', 'reg', 'kundnr', 'kundenr', 'id', 'ocr', 'serial',
  'artikel', 'art', 'item', 'sku', 'postnummer', 'postnr', 'plz', 'zip', 'version', 'build', 'kr', 'sek', 'nok', 'dkk',
  'eur', 'euro', 'usd', 'page', 'side', 'sida', 'seite',
]);
export const REFERENCE_PREFIXES = [
  'ordernum', 'ordrenum', 'ordernr', 'ordrenr', 'bestellnum', 'bestellnr', 'fakturanum', 'fakturanr', 'rechnungsnum',
  'kundnum', 'kundenum', 'kontonum', 'kontonr', 'referens', 'referanse', 'sendungsnum', 'sporings', 'spårnings',
  'organisationsnum', 'organisasjonsnum', 'registreringsnum', 'bestillingsnum', 'bestillingsnr', 'saksnum', 'ärendenum',
  'kollinum', 'artikelnum', 'personnum', 'fødselsnum', 'cpr', 'steuer', 'iban', 'bic', 'swift', 'kortnum', 'transaktion',
];

/** A business's switchboard or customer service: a number meant to be public. */
export const BUSINESS_WORDS = new Set([
  'office', 'customer', 'service', 'support', 'reception', 'switchboard', 'helpdesk', 'hotline', 'store', 'shop',
  'restaurant', 'kontor', 'kontoret', 'växel', 'växeln', 'kundtjänst', 'kundservice', 'kundeservice', 'kundesenter',
  'sentralbord', 'sentralbordet', 'butik', 'butiken', 'butikk', 'butikken', 'kundendienst', 'zentrale', 'büro',
  'geschäft', 'praxis', 'reservations', 'bookings', 'bordsbokning', 'bordbestilling', 'bordreservation', 'tischreservierung',
]);
export const BUSINESS_PREFIXES = ['kundtjänst', 'kundeservice', 'kundendienst', 'kundesenter', 'servicecenter', 'kundecenter', 'växel', 'sentralbord', 'hovednummer', 'huvudnummer'];

/** The writer speaking of themselves: "call me", "ring mig", "ruf mich an", "mitt nummer". */
export const FIRST_PERSON = new Set(['me', 'my', 'mig', 'meg', 'mich', 'mir', 'mitt', 'min', 'mit', 'mein', 'meine', 'i', 'jag', 'jeg', 'eg', 'ich']);

/** "Ask for me", "spør etter meg", "frag nach mir": after a number, it reaches the writer. */
export const ASK_FOR_ME = new Set(['for me', 'etter meg', 'efter mig', 'nach mir', 'to me', 'til meg', 'till mig', 'til mig']);

/** A number the writer calls private or home: "Tel. privat", "hemnummer", "home number". */
export const PRIVATE_WORDS = new Set(['privat', 'private', 'privatnummer', 'privatnr', 'hemnummer', 'hemma', 'hjemme', 'heime', 'home', 'zuhause']);

/** Someone else as the one to call: "ruft ihn an", "ring honom", "call her". A number for them is a person's. */
export const OTHER_PERSON = new Set(['him', 'her', 'his', 'ihn', 'ihm', 'seine', 'seiner', 'honom', 'henne', 'hennes', 'ham', 'hende', 'hendes', 'hennar']);

/** "Call us", "ring oss", "ruf uns an": right before a number, it is an organisation's. */
export const US = new Set(['us', 'oss', 'os', 'uns']);

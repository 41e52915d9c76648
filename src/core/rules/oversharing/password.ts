/**
 * Passwords, PINs, door codes and wifi keys written out after their label: "my password is
 * Summer2024!", "lösenordet är hemligt123", "PIN 4711", "WLAN-Passwort: Fritz!Box". The label and
 * the secret are marked together.
 */
import { spanOf, type Doc } from '../../doc';
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Token } from '../../text/tokens';
import type { Hit } from '../../types';
import { SECRET_LABELS, type SecretLabel } from './data/secret-labels';
import { offersDiscount } from './booking-reference';
import { forEveryLanguage } from './phrases';

const labels = new Lexicon<SecretLabel>(() => forEveryLanguage(SECRET_LABELS));

const OPAQUE_STARTS = /^(?:https?:|www\.|[@#])/;
const OPENING_QUOTE = /["'“”‘’«»„`]/;
const TRAILING = /[.,;:)\]"'“”‘’«»`]+$/;
const LONGEST_SECRET = 64;
const PIN = /^\d{4,8}$/;
const CVC = /^\d{3,4}$/;
const YEAR = /^(?:19|20)\d\d$/;
/** The key pressed after a code on a keypad, written with it ("4711#"). */
const KEYPAD_KEY = /[#*]$/;
// "is", "är", "er", "ist", "lautet": the label says that the secret follows.
const LINKING_VERBS = new Set(['is', 'was', 'är', 'var', 'er', 'ist', 'lautet', 'war']);
// Everyday words that follow "password is" when no password does ("my password is too weak").
const NOT_SECRETS = new Set(
  ('is was the a an my your our this that too not weak strong same different wrong incorrect correct expired changed ' +
    'reset required needed secret safe new old here below above in on at for sent still now ' +
    'probably literally always never easy simple hard long short stored saved written ' +
    'enkelt lätt svårt långt kort sparat enkel lett vanskelig langt lagret nemt svært gemt einfach schwer lang kurz gespeichert ' +
    'är var inte för samma fel nytt gammalt här nedan säkert hemligt ' +
    'er var ikke ikkje for samme feil nytt gammelt her nedenfor sikkert hemmelig løyndom ' +
    'ist war nicht zu falsch gleich neu alt hier unten sicher geheim das der die und ' +
    'and or och og eller oder jetzt nu nå').split(' '),
);

/** Whether the written value reads like a secret rather than an ordinary word. */
function looksSecret(value: string, quoted: boolean, introduced: boolean): boolean {
  if (value.length < 4 || NOT_SECRETS.has(value.toLowerCase())) return false;
  if (/\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || /\p{Lu}/u.test(value.slice(1))) return true;
  return quoted || (introduced && value.length >= 6);
}

// Words after a door code ("koden er 4512 til døra"); any other word makes the digits a count
// ("the code is 1337 lines long", "koden er 4000 linjer").
const CODE_FOLLOWERS = new Set(['til', 'till', 'to', 'for', 'för', 'für', 'zur', 'zum', 'on', 'på', 'og', 'och', 'and', 'und']);

/** Whether the digits after a bare "the code is" end there, or go on only to what the code opens. */
function codeEnds(after: string): boolean {
  const next = /^\s*([\p{L}]+)/u.exec(after);
  return next === null || CODE_FOLLOWERS.has(next[1]!.toLowerCase());
}

/** How many words may stand between a label and its verb: "the wifi password at the cabin is". */
const WORDS_TO_VERB = 4;
// Words that make the label part of another thing: "password manager", "Passwort-Richtlinie".
const LABEL_COMPOUNDS = new Set([
  'manager', 'managers', 'policy', 'policies', 'reset', 'hint', 'strength', 'rules', 'requirements', 'hygiene', 'app', 'vault', 'generator',
  'hanterare', 'policyn', 'krav', 'regler', 'regel', 'richtlinie', 'richtlinien', 'regeln', 'verwaltung', 'tresor',
]);

/**
 * The "is" or colon a few words after a label that has neither: "Das WLAN-Passwort im Büro ist
 * Sommer2024", "Wifi-lösenordet i stugan: Stuga2024". The token the value follows, if any.
 */
function linkingVerbAhead(doc: Doc, end: number): Token | undefined {
  const last = doc.tokens[end - 1]!;
  if (LINKING_VERBS.has(last.norm) || /^\s*[:=]/.test(doc.folded.text.slice(last.fend, last.fend + 3))) return undefined;
  if (LABEL_COMPOUNDS.has(doc.tokens[end]?.norm ?? '')) return undefined;
  for (let i = end; i < Math.min(doc.tokens.length, end + WORDS_TO_VERB + 1); i++) {
    const token = doc.tokens[i]!;
    if (token.sentence !== last.sentence || token.kind !== 'word') return undefined;
    if (LINKING_VERBS.has(token.norm) || /^\s*:/.test(doc.folded.text.slice(token.fend, token.fend + 3))) return i > end ? token : undefined;
  }
  return undefined;
}

/** Whether the value after a label of this kind is the secret it announces. */
function valueFits(kind: SecretLabel['kind'], value: string, quoted: boolean, introduced: boolean, plainCode: () => boolean): boolean {
  const keyed = value.replace(KEYPAD_KEY, '');
  switch (kind) {
    case 'pin':
      return PIN.test(keyed);
    case 'code':
      // "The code is 2024", "koden er 2050 for 20 % rabatt": a year or a discount, not a door.
      return PIN.test(keyed) && !YEAR.test(keyed) && plainCode();
    case 'cvc':
      // "Security code 2024" is an event; a year is rarely the four digits on an Amex.
      return CVC.test(value) && !YEAR.test(value);
    case 'password':
      return looksSecret(value, quoted, introduced);
  }
}

export const passwordRule: Rule = {
  id: 'oversharing.password',
  category: 'oversharing',
  severity: 'critical',
  title: 'Password, PIN or door code',
  description: 'Marks passwords, PINs, door codes and wifi keys written out in a post, together with their label.',
  example: 'The wifi password is Sommar2024! if you come by.',
  check(doc) {
    const text = doc.folded.text;
    const hits: Hit[] = [];
    for (const match of labels.match(doc)) {
      const verb = linkingVerbAhead(doc, match.end);
      let at = (verb ?? doc.tokens[match.end - 1]!).fend;
      while (text[at] === ' ') at++;
      const afterColon = text[at] === ':' || text[at] === '=';
      if (afterColon) at++;
      while (text[at] === ' ') at++;
      // "change your password http://…": a link or a handle after the label is not the secret.
      if (OPAQUE_STARTS.test(text.slice(at, at + 8))) continue;
      const quoted = OPENING_QUOTE.test(text[at] ?? '');
      if (quoted) at++;
      let end = at;
      while (end < text.length && end - at <= LONGEST_SECRET && !/\s/.test(text[end]!)) end++;
      if (end - at > LONGEST_SECRET) continue;
      const valueSpan = spanOf(doc, at, end);
      const written = doc.text.slice(valueSpan.start, valueSpan.end);
      const value = written.replace(TRAILING, '');
      // "Pin 2024 on your wall", "passwords 2024": a year after a bare label is not a secret.
      const bareYear = match.end - match.first === 1 && !afterColon && YEAR.test(value);
      // A verb found further on ("WLAN-Passwort im Büro ist") introduces only a value that looks like a password.
      const introduced = verb === undefined && (afterColon || LINKING_VERBS.has(doc.tokens[match.end - 1]!.norm));
      const after = doc.text.slice(valueSpan.start + value.length, valueSpan.start + value.length + 12);
      const plainCode = () => !offersDiscount(doc, doc.tokens[match.first]!.sentence) && codeEnds(after);
      const fits = !bareYear && valueFits(match.entry.kind, value, quoted, introduced, plainCode);
      if (!fits) continue;
      hits.push({
        start: match.start,
        end: valueSpan.start + value.length,
        message: {
          en: 'A password or code in a post can be read by anyone, and most people reuse them. Share it privately, and change it if it has been posted.',
          sv: 'Ett lösenord eller en kod i ett inlägg kan läsas av vem som helst, och de flesta återanvänder sina. Dela det privat, och byt det om det redan har publicerats.',
          nb: 'Et passord eller en kode i et innlegg kan leses av hvem som helst, og de fleste gjenbruker dem. Del det privat, og bytt det hvis det allerede er lagt ut.',
          da: 'En adgangskode eller kode i et opslag kan læses af alle, og de fleste genbruger dem. Del den privat, og skift den, hvis den allerede er lagt ud.',
          de: 'Ein Passwort oder Code in einem Beitrag ist für alle lesbar, und die meisten verwenden ihre mehrfach. Teile ihn privat und ändere ihn, falls er schon veröffentlicht wurde.',
        },
        suggestions: [''],
        sureness: quoted || afterColon || match.entry.kind !== 'password' || /\d/.test(value) ? 2 : 1,
      });
    }
    return hits;
  },
};

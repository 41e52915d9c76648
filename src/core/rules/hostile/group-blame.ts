/**
 * Blaming a whole group: a group people belong to by religion, origin, migration or sexuality, and
 * a charge laid on it, in one sentence ("die Moslems töten Deutsche", "immigrants are taking over",
 * "muslimerne skal ud"). No single word here is hostile; the pair is. Sentences where the group is
 * the one wronged ("Gewalt gegen Flüchtlinge", "refugees fleeing violence", "racism") are left alone.
 */
import type { Doc } from '../../doc';
import { Lexicon, type LexiconData, type LexiconMatch } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import { LANGUAGES } from '../../types';
import { groupBlameLists, TOWARD, type Blame } from './data/group-blame';
import { listMatches, WORD_LISTS } from './match';
import { compileWordSets, isIn } from './word-sets';

/** The entries of one role or another: groups are matched first, as most posts name none. */
function withRoles(roles: ReadonlyArray<Blame['role']>): LexiconData<Blame> {
  const all = groupBlameLists();
  const data: LexiconData<Blame> = {};
  for (const lang of LANGUAGES) data[lang] = all[lang]?.filter((entry) => roles.includes(entry.role));
  return data;
}

const groups = new Lexicon<Blame>(() => withRoles(['group']));
const chargesAndShields = new Lexicon<Blame>(() => withRoles(['charge', 'shield']));
const toward = compileWordSets(TOWARD);

/** How many words may separate the group from the charge. */
const WINDOW = 8;

const MESSAGE: Localized = {
  en: 'This blames a whole group for what some people do. Readers hear prejudice, not your point. Say who did what instead.',
  sv: 'Det här lägger skulden på en hel grupp för vad några gör. Läsarna hör fördomar, inte din poäng. Säg hellre vem som gjorde vad.',
  nb: 'Dette legger skylden på en hel gruppe for det noen gjør. Leserne hører fordommer, ikke poenget ditt. Si heller hvem som gjorde hva.',
  da: 'Det her giver en hel gruppe skylden for det, nogle gør. Læserne hører fordomme, ikke din pointe. Sig hellere, hvem der gjorde hvad.',
  de: 'Das macht eine ganze Gruppe für das verantwortlich, was einzelne tun. Leser hören Vorurteile, nicht dein Argument. Sag lieber, wer was getan hat.',
};

/** Whether a word just before the group, past one article, makes it the one aimed at ("against (the) Muslims"). */
function isAimedAt(doc: Doc, group: LexiconMatch<Blame>): boolean {
  const langs = doc.sentenceLangs[doc.tokens[group.first]!.sentence]!;
  for (let i = group.first - 1; i >= 0 && group.first - i <= 2; i--) {
    const token = doc.tokens[i]!;
    if (token.sentence !== doc.tokens[group.first]!.sentence) return false;
    if (isIn(toward, token.norm, langs)) return true;
  }
  return false;
}

/** A charge said right before a group, as its adjective: "criminal immigrants", "kriminelle udlændinge". */
function isAttributive(charge: LexiconMatch<Blame>, group: LexiconMatch<Blame>): boolean {
  return charge.entry.role === 'charge' && group.entry.role === 'group' && group.first === charge.end;
}

export const groupBlame: Rule = {
  id: 'hostile.group-blame',
  category: 'hostile',
  title: 'Blaming a whole group',
  description:
    'Laying crime, violence or not belonging on a whole religion, origin or group of people. Readers hear prejudice; say who did what instead.',
  example: 'Immigrants are taking over our neighbourhoods.',
  severity: 'warning',
  check(doc) {
    const named = groups.match(doc);
    if (named.length === 0) return [];
    const matches = [...named, ...chargesAndShields.match(doc)].sort((a, b) => a.first - b.first);
    const flagged = new Set<number>();
    // A charge the word lists surely flag is not flagged twice.
    for (const list of WORD_LISTS) {
      for (const { entry, first, last } of listMatches(doc, list)) {
        if (first !== undefined && (entry.sureness ?? 1) >= 1) for (let i = first; i <= last!; i++) flagged.add(i);
      }
    }
    const shielded = new Set(matches.filter((match) => match.entry.role === 'shield').map((match) => doc.tokens[match.first]!.sentence));
    const hits: Hit[] = [];
    // In text order, a group is paired with the next charge if it is near: in the same sentence,
    // or in the sentence after ("Schon wieder Flüchtlinge. Die müssen zurück"). A charge before
    // the group counts only right before it ("kriminelle Ausländer"): further back the group is
    // more often the one it happens to ("the war is destroying the lives of refugees").
    let waiting: LexiconMatch<Blame> | undefined;
    for (const match of matches) {
      const sentence = doc.tokens[match.first]!.sentence;
      if (match.entry.role === 'shield' || shielded.has(sentence)) continue;
      if (match.entry.role === 'group' ? isAimedAt(doc, match) : flagged.has(match.first)) continue;
      const sentencesApart = waiting ? sentence - doc.tokens[waiting.first]!.sentence : 0;
      const near = waiting && match.first - waiting.end <= WINDOW && (sentencesApart === 0 || (sentencesApart === 1 && waiting.entry.role === 'group'));
      if (waiting && near && (waiting.entry.role === 'group' ? match.entry.role === 'charge' : isAttributive(waiting, match))) {
        hits.push({ start: waiting.start, end: match.stop, message: MESSAGE, suggestions: [] });
        waiting = undefined;
      } else {
        waiting = match;
      }
    }
    return hits;
  },
};

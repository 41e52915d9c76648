/** Name-calling: "you idiot", "du är en idiot", "din jævla taper", "du bist so ein Vollidiot". */
import type { Rule } from '../../rule';
import type { Hit, Localized, Sureness } from '../../types';
import type { HostileData } from './data/build';
import { listMatches } from './match';
import { targetOf, type Target } from './target';

const SAID_OF_SOMEONE: Localized = {
  en: 'Name-calling turns readers against you, whatever your point. Say what you disagree with instead.',
  sv: 'Att kalla någon saker får läsarna att vända sig mot dig, oavsett poäng. Säg hellre vad du inte håller med om.',
  nb: 'Å kalle noen ting får leserne til å snu seg mot deg, uansett poeng. Si heller hva du er uenig i.',
  da: 'Øgenavne får læserne til at vende sig mod dig, uanset din pointe. Sig hellere, hvad du er uenig i.',
  de: 'Beschimpfungen bringen die Leser gegen dich auf, egal worum es geht. Sag lieber, womit du nicht einverstanden bist.',
};

const AIMED_AT_READER: Localized = {
  en: 'This insults the person you are writing to. It will be remembered longer than your point.',
  sv: 'Det här förolämpar den du skriver till. Det minns man längre än din poäng.',
  nb: 'Dette fornærmer den du skriver til. Det huskes lenger enn poenget ditt.',
  da: 'Det her fornærmer den, du skriver til. Det huskes længere end din pointe.',
  de: 'Das beleidigt die Person, an die du schreibst. Das bleibt länger hängen als dein Argument.',
};

/**
 * Aimed at the reader a word weighs more, said of a person it is name-calling, said of oneself
 * ("I'm such an idiot") it is no insult. Words such as "useless" insult only people, not things.
 */
function surenessFor(entry: HostileData, target: Target): Sureness {
  const base = entry.sureness ?? 1;
  switch (target) {
    case 'reader':
      return Math.min(2, base + 1) as Sureness;
    case 'person':
      return Math.max(base, 1) as Sureness;
    case 'something':
      return entry.readerOnly ? base : (Math.max(base, 1) as Sureness);
    case 'self':
      return 0;
    case 'none':
      return base;
  }
}

export const insult: Rule = {
  id: 'hostile.insult',
  category: 'hostile',
  title: 'Insults',
  description:
    'Calling someone an idiot, a loser or worse, most of all when it is aimed at the person you are answering. Readers side with the one insulted.',
  example: 'Honestly, you are such an idiot.',
  severity: 'warning',
  check(doc) {
    const hits: Hit[] = [];
    for (const { entry, first, last, start, end } of listMatches(doc, 'insult')) {
      const aim = first === undefined ? undefined : targetOf(doc, first, last! + 1);
      const target = aim?.target ?? 'none';
      hits.push({
        start: aim ? doc.tokens[aim.from]!.start : start,
        end: aim ? doc.tokens[aim.to - 1]!.end : end,
        message: target === 'reader' ? AIMED_AT_READER : SAID_OF_SOMEONE,
        suggestions: [''],
        sureness: surenessFor(entry, target),
      });
    }
    return hits;
  },
};

/** Running down competitors: "unlike Acme's garbage product", "Acme is a scam", "our competitors are clueless". */
import { Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Hit, Localized } from '../../types';
import type { HostileData } from './data/build';
import { BEFORE_A_NOUN, DISPARAGING, NOT_A_NAME, SCAM_CLAIMS } from './data/competitors';
import { listMatches } from './match';
import { compileWordSets, isIn } from './word-sets';

const disparaging = new Lexicon<HostileData>(DISPARAGING);
const scamClaims = new Lexicon<HostileData>(SCAM_CLAIMS);
const beforeANoun = compileWordSets(BEFORE_A_NOUN);

/** How many words may separate the competitor from the word that runs it down. */
const WINDOW = 8;

const MESSAGE: Localized = {
  en: 'Running down a competitor makes you look insecure, and claims like this can be legally risky. Say what you do well instead.',
  sv: 'Att tala illa om en konkurrent får dig att verka osäker, och sådana påståenden kan vara juridiskt riskabla. Säg hellre vad ni gör bra.',
  nb: 'Å snakke ned en konkurrent får deg til å virke usikker, og slike påstander kan være juridisk risikable. Si heller hva dere gjør bra.',
  da: 'At tale en konkurrent ned får dig til at virke usikker, og den slags påstande kan være juridisk risikable. Sig hellere, hvad I gør godt.',
  de: 'Wer Mitbewerber schlechtmacht, wirkt unsicher, und solche Behauptungen können rechtlich riskant sein. Sag lieber, was ihr gut macht.',
};

function isCapitalised(text: string, at: number): boolean {
  const first = text[at]!;
  return first !== first.toLowerCase();
}

export const competitorAttack: Rule = {
  id: 'hostile.competitor-attack',
  category: 'hostile',
  title: 'Attacks on competitors',
  description:
    'Calling a competitor or their product garbage, a scam or clueless. It makes you look insecure and can be legally risky; say what you do well instead.',
  example: 'Unlike Acme’s garbage product, ours actually works.',
  severity: 'warning',
  check(doc) {
    const hits: Hit[] = [];
    // Competitor words as token spans [first, end), from the shared pass of the hostile lists.
    const cues = listMatches(doc, 'competitor').flatMap(({ first, last, start, end }) =>
      first === undefined ? [] : [{ first, end: last! + 1, start, stop: end }],
    );
    const used = new Set<number>();
    let c = 0;
    for (const word of cues.length === 0 ? [] : disparaging.match(doc)) {
      // The nearest competitor word before or after, in the same sentence and within the window.
      while (c + 1 < cues.length && cues[c + 1]!.first < word.first) c++;
      for (const cue of [cues[c], cues[c + 1]]) {
        // One finding per competitor: "konkurrenterna är amatörer och deras produkt är skräp".
        if (!cue || used.has(cue.first) || doc.tokens[cue.first]!.sentence !== doc.tokens[word.first]!.sentence) continue;
        const gap = cue.first < word.first ? word.first - cue.end : cue.first - word.end;
        if (gap < 0 || gap > WINDOW) continue;
        hits.push({ start: Math.min(cue.start, word.start), end: Math.max(cue.stop, word.stop), message: MESSAGE, suggestions: [] });
        used.add(cue.first);
        break;
      }
    }
    for (const claim of scamClaims.match(doc)) {
      const name = doc.tokens[claim.first - 1];
      if (!name || name.kind !== 'word' || name.sentence !== doc.tokens[claim.first]!.sentence) continue;
      if (!isCapitalised(doc.text, name.start) || NOT_A_NAME.has(name.norm)) continue;
      const before = doc.tokens[claim.first - 2];
      if (before && before.sentence === name.sentence && isIn(beforeANoun, before.norm, doc.sentenceLangs[name.sentence]!)) continue;
      const startsSentence = doc.sentences[name.sentence]!.firstToken === claim.first - 1;
      if (startsSentence && claim.entry.sureness === 0) continue;
      hits.push({ start: name.start, end: claim.stop, message: MESSAGE, suggestions: [] });
    }
    return hits;
  },
};

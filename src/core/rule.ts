/** The rule contract, and the factory for rules that are only word and phrase lists. */
import type { Doc } from './doc';
import { Lexicon, type LexiconData } from './lexicon';
import type { Hit, Localized, Platform, RuleInfo, Severity, Sureness } from './types';

export interface RuleContext {
  platform?: Platform;
  /**
   * Whether hits of sureness 0 will be shown (strict sensitivity). When false, a rule may skip
   * work that can only find such hits; when not given, it does all of it.
   */
  strict?: boolean;
}

export interface Rule extends RuleInfo {
  /** Severity of hits that do not set their own. */
  severity: Severity;
  check(doc: Doc, context: RuleContext): Hit[];
}

/** What a phrase in a list may say beyond the rule's defaults. */
export interface PhraseData {
  message?: Localized;
  /** Replacement wordings, best first; '' means "remove it". */
  suggestions?: string[];
  severity?: Severity;
  sureness?: Sureness;
}

export interface PhraseRuleSpec extends RuleInfo {
  severity: Severity;
  message: Localized;
  suggestions?: string[];
  sureness?: Sureness;
  /** Per language, the phrases in the syntax of `Lexicon`; a function is called when the lexicon is first built. */
  lists: LexiconData<PhraseData> | (() => LexiconData<PhraseData>);
}

/** A rule that flags every phrase of its lists (Vale's "existence" rules). */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const { lists, message, suggestions, sureness, ...info } = spec;
  const lexicon = new Lexicon<PhraseData>(lists);
  return {
    ...info,
    check(doc) {
      const hitFor = (entry: PhraseData, start: number, end: number): Hit => ({
        start,
        end,
        message: entry.message ?? message,
        suggestions: entry.suggestions ?? suggestions ?? [],
        severity: entry.severity ?? spec.severity,
        sureness: entry.sureness ?? sureness ?? 1,
      });
      const hits = lexicon.match(doc).map(({ entry, start, stop }) => hitFor(entry, start, stop));
      for (const { entry, start, stop } of lexicon.matchSpelledOut(doc)) hits.push(hitFor(entry, start, stop));
      return hits;
    },
  };
}

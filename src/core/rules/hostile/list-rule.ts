/** A hostile rule that is only a word list: each listed phrase is flagged with its own sureness. */
import { Lexicon, type LexiconData } from '../../lexicon';
import type { Rule } from '../../rule';
import type { Localized, RuleInfo, Severity } from '../../types';
import type { HostileEntry } from './data/build';
import { matchList } from './match';

export interface ListRuleSpec extends RuleInfo {
  severity: Severity;
  message: Localized;
  lists: LexiconData<HostileEntry>;
}

export function listRule({ lists, message, ...info }: ListRuleSpec): Rule {
  const lexicon = new Lexicon<HostileEntry>(lists);
  return {
    ...info,
    check(doc) {
      return matchList(lexicon, doc).map(({ entry, start, end }) => ({
        start,
        end,
        message: entry.message ?? message,
        suggestions: entry.suggestions ?? [''],
        severity: entry.severity ?? info.severity,
        sureness: entry.sureness ?? 1,
      }));
    },
  };
}

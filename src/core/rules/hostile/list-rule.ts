/** A hostile rule that is only a word list: each listed phrase is flagged with its own sureness. */
import type { Rule } from '../../rule';
import type { Localized, RuleInfo, Severity } from '../../types';
import { listMatches, type HostileList } from './match';

export interface ListRuleSpec extends RuleInfo {
  severity: Severity;
  message: Localized;
  list: HostileList;
}

export function listRule({ list, message, ...info }: ListRuleSpec): Rule {
  return {
    ...info,
    check(doc) {
      return listMatches(doc, list).map(({ entry, start, end }) => ({
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

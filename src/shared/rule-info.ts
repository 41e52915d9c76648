/**
 * What the popup and options page show about rules: the core's catalogue plus the checks made
 * outside it (the repeat-post check runs in the content script against the background's fingerprints).
 */
import { CUSTOM_TERM_RULE, ruleCatalog } from '../core';
import type { RuleInfo } from '../core/types';
import { t } from './i18n';

/** The content script reports repeat posts under this id and honours it in `disabledRules`. */
export const REPEAT_POST_RULE = 'spam.repeat-post';

/** Every rule the user can switch on or off, in catalogue order. */
export function allRules(): RuleInfo[] {
  return [
    ...ruleCatalog,
    {
      id: REPEAT_POST_RULE,
      category: 'spam',
      title: t('rule_repeatPost_title'),
      description: t('rule_repeatPost_description'),
      example: t('rule_repeatPost_example'),
    },
  ];
}

/** A rule's title for the stats; custom terms share one id, and unknown ids show as they are. */
export function ruleTitle(ruleId: string): string {
  if (ruleId === CUSTOM_TERM_RULE) return t('rule_customTerm_title');
  return allRules().find(rule => rule.id === ruleId)?.title ?? ruleId;
}

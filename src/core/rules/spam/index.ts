import type { Rule } from '../../rule';

/** The spam rules, in the order the settings page lists them. */
export const spamRules: Rule[] = [];

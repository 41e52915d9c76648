import type { Rule } from '../../rule';

/** The hostile rules, in the order the settings page lists them. */
export const hostileRules: Rule[] = [];

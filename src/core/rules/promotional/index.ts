import type { Rule } from '../../rule';

/** The promotional rules, in the order the settings page lists them. */
export const promotionalRules: Rule[] = [];

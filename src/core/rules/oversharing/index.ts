import type { Rule } from '../../rule';

/** The oversharing rules, in the order the settings page lists them. */
export const oversharingRules: Rule[] = [];

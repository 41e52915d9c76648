import type { Rule } from '../../rule';

/** The platform rules, in the order the settings page lists them. */
export const platformRules: Rule[] = [];

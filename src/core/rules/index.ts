/** The registry: every rule, by category. One rule per file below this folder. */
import type { Rule } from '../rule';
import { hostileRules } from './hostile';
import { oversharingRules } from './oversharing';
import { platformRules } from './platform';
import { promotionalRules } from './promotional';
import { spamRules } from './spam';

export const RULES: readonly Rule[] = [...spamRules, ...promotionalRules, ...oversharingRules, ...hostileRules, ...platformRules];

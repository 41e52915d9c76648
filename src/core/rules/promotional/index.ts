import type { Rule } from '../../rule';
import { buyNow } from './buy-now';
import { discount } from './discount';
import { unverifiableClaim } from './unverifiable-claim';
import { urgency } from './urgency';
import { weFocus } from './we-focus';

/** The promotional rules, in the order the settings page lists them. */
export const promotionalRules: Rule[] = [buyNow, urgency, discount, unverifiableClaim, weFocus];

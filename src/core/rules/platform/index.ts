import type { Rule } from '../../rule';
import { hashtagCountRule } from './hashtag-count';
import { linkedinFoldRule } from './linkedin-fold';
import { linkedinLengthRule } from './linkedin-length';
import { xLengthRule } from './x-length';

/** The platform rules, in the order the settings page lists them. */
export const platformRules: Rule[] = [xLengthRule, linkedinLengthRule, linkedinFoldRule, hashtagCountRule];

import type { Rule } from '../../rule';
import { competitorAttack } from './competitor-attack';
import { insult } from './insult';
import { profanity } from './profanity';
import { slur } from './slur';
import { threat } from './threat';

/** The hostile rules, in the order the settings page lists them. */
export const hostileRules: Rule[] = [threat, slur, insult, profanity, competitorAttack];

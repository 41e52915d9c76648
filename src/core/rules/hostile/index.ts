import type { Rule } from '../../rule';
import { competitorAttack } from './competitor-attack';
import { groupBlame } from './group-blame';
import { insult } from './insult';
import { profanity } from './profanity';
import { slur } from './slur';
import { threat } from './threat';

/** The hostile rules, in the order the settings page lists them. */
export const hostileRules: Rule[] = [threat, slur, groupBlame, insult, profanity, competitorAttack];

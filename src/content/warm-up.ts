/**
 * The first analysis on a page pays for building word lists and for the JavaScript engine's
 * first compile, several times what later ones cost. Doing that once while the page is idle,
 * as soon as the user focuses a compose box, keeps it out of the pause after their first words.
 */
import { analyze } from '../core';
import type { AnalyzeOptions } from '../core/types';
import { guard } from './safe';

/** A few sentences that exercise every category's rules, in the most common language. */
const SAMPLE =
  'Big news!!! We are the best team in the world, buy now and use code SAVE20 for 20% off. ' +
  'Like and share if you agree, tag a friend. You are an idiot. Call me at 070-123 45 67. ' +
  '#one #two #three #four #five #six\nThanks for reading, see you next week.';

let warmed = false;

export function warmUpOnce(options: AnalyzeOptions): void {
  if (warmed) return;
  warmed = true;
  const run = guard('warm-up', () => void analyze(SAMPLE, options));
  // Only when idle: run during fast typing, it would be the very long task it exists to avoid.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
}

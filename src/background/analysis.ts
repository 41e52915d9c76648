/**
 * Drafts are analysed here, in the service worker, rather than in each tab: the word lists are
 * built once for the whole browser instead of once per open site tab, the content script stays
 * small, and the page's main thread never runs the rules. The text lives only for the call; the
 * core keeps, in memory only, a capped lookup of single words it has read (src/core/lexicon.ts),
 * which goes when the worker stops. Nothing is written to storage.
 */
import { analyze } from '../core';
import type { AnalysisResult, Platform, UiLang } from '../core/types';
import { toAnalyzeOptions, type AnalysisSettings } from '../shared/settings';

export interface AnalysisRequest {
  text: string;
  platform: Platform;
  uiLanguage: UiLang;
  settings: AnalysisSettings;
}

/** Whether this worker has built its word lists (they stay built until it stops). */
let warm = false;

export function analyseDraft({ text, platform, uiLanguage, settings }: AnalysisRequest): AnalysisResult {
  // Any analysis builds the lists a warm-up would.
  warm = true;
  return analyze(text, { ...toAnalyzeOptions(settings, platform), uiLanguage });
}

/** A few sentences that exercise every category's rules, in the most common language. */
const WARM_UP_SAMPLE =
  'Big news!!! We are the best team in the world, buy now and use code SAVE20 for 20% off. ' +
  'Like and share if you agree, tag a friend. You are an idiot. Call me at 070-123 45 67. ' +
  '#one #two #three #four #five #six\nThanks for reading, see you next week.';

/**
 * The first analysis after the worker starts pays for building the word lists and for the
 * engine's first compile, many times what later ones cost. A focused compose box asks for this
 * so that the cost falls before the user's first words, not in the pause after them.
 */
export function warmUp(): void {
  if (warm) return;
  warm = true;
  analyze(WARM_UP_SAMPLE, { uiLanguage: 'en' });
}

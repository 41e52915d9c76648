/**
 * The content script's side of analysis: drafts go to the service worker, which holds the word
 * lists once for every tab (src/background/analysis.ts), and come back as findings.
 */
import { UI_LANGUAGES, type AnalysisResult, type Platform, type UiLang } from '../core/types';
import type { AnalysisResponse } from '../shared/messages';
import type { AnalysisSettings } from '../shared/settings';
import { browserUiLanguage, sendToBackground } from './runtime';
import { report } from './safe';

let uiLanguage: UiLang | undefined;

/**
 * Chrome stops an extension's service worker after 30 seconds without events; a stopped one
 * takes a few hundred milliseconds to start and build its word lists. Messages closer together
 * than this keep it running, so a warm-up is only sent after a longer quiet spell.
 */
const WORKER_QUIET_MS = 20_000;
let lastContact = -Infinity;

/** The language finding messages are written in: the browser's, when the core speaks it. */
function contentUiLanguage(): UiLang {
  if (uiLanguage) return uiLanguage;
  const base = browserUiLanguage().toLowerCase().split(/[-_]/)[0];
  const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
  uiLanguage = (UI_LANGUAGES as readonly string[]).includes(mapped ?? '') ? (mapped as UiLang) : 'en';
  return uiLanguage;
}

/** The findings for `text` (at most ANALYSIS_LIMIT characters), or undefined when the background could not answer. */
export async function requestAnalysis(text: string, platform: Platform, settings: AnalysisSettings): Promise<AnalysisResult | undefined> {
  lastContact = performance.now();
  const answer = await sendToBackground<AnalysisResponse>({
    type: 'analyze',
    text,
    platform,
    uiLanguage: contentUiLanguage(),
    settings,
  });
  if (answer && 'findings' in answer) return answer;
  if (answer) report('analysis', answer.error);
  return undefined;
}

/**
 * Asks the background to get ready when it may have been stopped: on focus, and on the first
 * keystroke after a quiet spell, so the worker starts while the analysis delay runs, not after.
 */
export function warmUpAnalysis(): void {
  const now = performance.now();
  if (now - lastContact < WORKER_QUIET_MS) return;
  lastContact = now;
  void sendToBackground({ type: 'warm-up' });
}

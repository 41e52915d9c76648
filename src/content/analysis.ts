/**
 * The content script's side of analysis: drafts go to the service worker, which holds the word
 * lists once for every tab (src/background/analysis.ts), and come back as findings.
 */
import { UI_LANGUAGES, type AnalysisResult, type Platform, type UiLang } from '../core/types';
import type { AnalysisResponse } from '../shared/messages';
import { analysisSettings, type Settings } from '../shared/settings';
import { browserUiLanguage, sendToBackground } from './runtime';
import { report } from './safe';

let uiLanguage: UiLang | undefined;

/** The language finding messages are written in: the browser's, when the core speaks it. */
function contentUiLanguage(): UiLang {
  if (uiLanguage) return uiLanguage;
  const base = browserUiLanguage().toLowerCase().split(/[-_]/)[0];
  const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
  uiLanguage = (UI_LANGUAGES as readonly string[]).includes(mapped ?? '') ? (mapped as UiLang) : 'en';
  return uiLanguage;
}

/** The findings for `text` (at most ANALYSIS_LIMIT characters), or undefined when the background could not answer. */
export async function requestAnalysis(text: string, platform: Platform, settings: Settings): Promise<AnalysisResult | undefined> {
  const answer = await sendToBackground<AnalysisResponse>({
    type: 'analyze',
    text,
    platform,
    uiLanguage: contentUiLanguage(),
    settings: analysisSettings(settings),
  });
  if (answer && 'findings' in answer) return answer;
  if (answer) report('analysis', answer.error);
  return undefined;
}

/** Asks the background to build its word lists now; cheap when they are built already. */
export function warmUpAnalysis(): void {
  void sendToBackground({ type: 'warm-up' });
}

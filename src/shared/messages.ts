/**
 * Messages between content scripts, pages and the background service worker.
 * Stats events carry counts and rule ids only: never draft text. The one message that carries a
 * draft, `analyze`, is answered from memory and the text is dropped with the answer.
 */

/** Longest draft text one `analyze` message carries; longer drafts are cut before sending. */
export const ANALYSIS_LIMIT = 10_000;
import type { AnalysisResult, Category, Platform, UiLang } from '../core/types';
import type { AnalysisSettings, Settings } from './settings';
import type { SettingsChange, SettingsError } from './settings-schema';

export interface RuleCount {
  ruleId: string;
  category: Category;
  count: number;
}

export type StatsEvent =
  | { kind: 'draft-checked'; platform: Platform }
  | { kind: 'findings-shown'; platform: Platform; findings: RuleCount[] }
  | { kind: 'fix-applied'; platform: Platform; ruleId: string; category: Category }
  | { kind: 'finding-ignored'; platform: Platform; ruleId: string; category: Category; scope: 'here' | 'word' | 'rule' }
  | { kind: 'prompt'; platform: Platform; outcome: 'reviewed' | 'cancelled' | 'posted-anyway' }
  /** `fingerprint` is a hash sketch of the sent post (see src/core/fingerprint.ts), never its text. */
  | { kind: 'post-sent'; platform: Platform; findings: RuleCount[]; fingerprint?: number[] };

export type Message =
  /**
   * From a content script: the findings for a draft, answered with `AnalysisResponse`. Analysis runs
   * in the service worker so that the word lists are built once, not in every tab.
   */
  | { type: 'analyze'; text: string; platform: Platform; uiLanguage: UiLang; settings: AnalysisSettings }
  /** A compose box got focus: build the word lists now, before the first words. Answered with `Ack`. */
  | { type: 'warm-up' }
  | { type: 'stats-event'; event: StatsEvent }
  /** Answered with `RepeatCheck`: how close a draft is to a post already sent in the last 14 days. */
  | { type: 'check-repeat'; fingerprint: number[] }
  /** Answered with `UpdateSettingsResponse`. The background is the only writer of settings. */
  | { type: 'update-settings'; change: SettingsChange }
  /** Answered with `Ack` once every stored count is gone. */
  | { type: 'clear-stats' }
  /**
   * From a content script when it starts: lets the popup tell which site the active tab shows
   * (the extension has no `tabs` permission, so tab URLs are hidden from it). Answered with `Ack`.
   * Any other message from a content script registers its tab too.
   */
  | { type: 'register-tab' }
  /** From the popup: the site of a tab registered by its content script. Answered with `TabSite`. */
  | { type: 'tab-site'; tabId: number };

export interface TabSite {
  platform?: Platform;
}

/** The answer to a stats event or clear-stats, sent only after the change is persisted. */
export type Ack = { ok: true } | { ok: false; error: string };

export type UpdateSettingsResponse =
  | { ok: true; settings: Settings }
  | { ok: false; error: SettingsError };

export type AnalysisResponse = AnalysisResult | { ok: false; error: string };

export interface RepeatCheck {
  /** 0..1, the highest similarity to a post sent in the last 14 days. */
  similarity: number;
  platform?: Platform;
  sentAt?: number;
}

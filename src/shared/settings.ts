/**
 * User settings: the shape, the defaults, and how they become analysis options.
 * Stored in storage.sync by the background; read (validated) by content scripts and pages.
 */
import type { AnalyzeOptions, Category, CustomTerm, Lang, Platform, Sensitivity, Severity } from '../core/types';

export const SETTINGS_VERSION = 1;

export interface Settings {
  schemaVersion: number;
  /** The global on/off switch. */
  enabled: boolean;
  /** Per-site switches. */
  sites: Record<Platform, boolean>;
  disabledCategories: Category[];
  disabledRules: string[];
  sensitivity: Sensitivity;
  /** 'auto' detects per post and sentence; a list pins those languages. */
  languages: 'auto' | Lang[];
  /** The send-time "Post anyway / Review" prompt, shown for findings at or above `threshold`. */
  sendCheck: { enabled: boolean; threshold: Severity };
  customTerms: CustomTerm[];
  allowList: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_VERSION,
  enabled: true,
  sites: { linkedin: true, facebook: true, x: true },
  disabledCategories: [],
  disabledRules: [],
  sensitivity: 'balanced',
  languages: 'auto',
  sendCheck: { enabled: true, threshold: 'critical' },
  customTerms: [],
  allowList: [],
};

/** The settings analysis depends on: what a content script sends along with a draft. */
export const ANALYSIS_FIELDS = ['languages', 'disabledRules', 'disabledCategories', 'allowList', 'customTerms', 'sensitivity'] as const;
export type AnalysisSettings = Pick<Settings, (typeof ANALYSIS_FIELDS)[number]>;

export function analysisSettings(settings: Settings): AnalysisSettings {
  const { languages, disabledRules, disabledCategories, allowList, customTerms, sensitivity } = settings;
  return { languages, disabledRules, disabledCategories, allowList, customTerms, sensitivity };
}

/** The analysis options for one draft on one platform. */
export function toAnalyzeOptions(settings: AnalysisSettings, platform: Platform): AnalyzeOptions {
  return {
    platform,
    languages: settings.languages === 'auto' ? undefined : settings.languages,
    disabledRules: settings.disabledRules,
    disabledCategories: settings.disabledCategories,
    allowList: settings.allowList,
    customTerms: settings.customTerms,
    sensitivity: settings.sensitivity,
  };
}

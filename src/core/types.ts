/** Shared vocabulary of the analysis core. Pure data types: no DOM, no browser APIs. */

export const CATEGORIES = ['spam', 'promotional', 'oversharing', 'hostile', 'platform'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PLATFORMS = ['linkedin', 'facebook', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Supported languages, as BCP 47 tags: English, Swedish, Bokmål, Nynorsk, Danish, German. */
export const LANGUAGES = ['en', 'sv', 'nb', 'nn', 'da', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Languages the extension's interface is translated into (Nynorsk readers get Bokmål). */
export const UI_LANGUAGES = ['en', 'sv', 'nb', 'da', 'de'] as const;
export type UiLang = (typeof UI_LANGUAGES)[number];

/** A message in English, optionally with translations for the interface languages. */
export type Localized = string | ({ en: string } & Partial<Record<UiLang, string>>);

export const SENSITIVITIES = ['strict', 'balanced', 'relaxed'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/**
 * How sure a rule is that a hit is a real problem: 0 = only worth showing when the user asked
 * for strict checking, 1 = shown by default, 2 = shown even when relaxed.
 */
export type Sureness = 0 | 1 | 2;

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text; `text.slice(start, end)` is exactly what triggered it. */
  start: number;
  end: number;
  /** The flagged original text, for convenience. */
  text: string;
  /** Why this matters, in plain words. */
  message: string;
  /** Replacement texts, best first; an empty string means "remove it". */
  suggestions: string[];
}

/** A term the user never wants to post (a confidential project name, a client's name). */
export interface CustomTerm {
  term: string;
  category: Exclude<Category, 'platform'>;
  message?: string;
  severity?: Severity;
}

export interface AnalyzeOptions {
  platform?: Platform;
  /** Pinned languages: when given, detection is skipped and these word lists apply. */
  languages?: Lang[];
  disabledRules?: string[];
  disabledCategories?: Category[];
  /** Words or phrases never flagged (matched case-insensitively on whole words). */
  allowList?: string[];
  customTerms?: CustomTerm[];
  sensitivity?: Sensitivity;
  /** The language of messages (default English); suggestions stay in the post's language. */
  uiLanguage?: UiLang;
}

export interface AnalysisResult {
  /** The post's main language, or 'und' when the text is too short or unlike any supported one. */
  language: Lang | 'und';
  findings: Finding[];
}

/** What a rule reports before the engine adds the rule's id and category and filters by settings. */
export interface Hit {
  start: number;
  end: number;
  message: Localized;
  suggestions?: string[];
  severity?: Severity;
  sureness?: Sureness;
}

/** What the settings page shows about a rule. */
export interface RuleInfo {
  id: string;
  category: Category;
  title: string;
  description: string;
  /** A short draft that triggers the rule. */
  example: string;
}

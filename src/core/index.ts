/**
 * The analysis core: text in, findings with exact offsets out. Pure TypeScript, no DOM and no
 * browser APIs, so it runs in a content script, a service worker and Node alike.
 */
import { buildDoc, type Doc } from './doc';
import { Lexicon } from './lexicon';
import { RULES } from './rules';
import type { AnalysisResult, AnalyzeOptions, CustomTerm, Finding, Hit, Localized, RuleInfo, Sensitivity, UiLang } from './types';

export * from './types';

/** Every rule, for the settings page. */
export const ruleCatalog: readonly RuleInfo[] = RULES.map(({ id, category, title, description, example }) => ({
  id,
  category,
  title,
  description,
  example,
}));

export const CUSTOM_TERM_RULE = 'custom.term';

const MINIMUM_SURENESS: Record<Sensitivity, number> = { strict: 0, balanced: 1, relaxed: 2 };

/** Analyses a draft and returns its findings with exact UTF-16 offsets into `text`. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const doc = buildDoc(text, options.languages);
  const disabledRules = new Set(options.disabledRules);
  const disabledCategories = new Set(options.disabledCategories);
  const minimum = MINIMUM_SURENESS[options.sensitivity ?? 'balanced'];
  const ui = options.uiLanguage ?? 'en';

  const context = { platform: options.platform, strict: minimum === 0 };
  const findings: Finding[] = [];
  const add = (info: Pick<Finding, 'ruleId' | 'category' | 'severity'>, hit: Hit) => {
    if ((hit.sureness ?? 1) < minimum) return;
    // Spelled out, not spread from `info`: a literal with a spread builds the finding property by
    // property, which cost as much as some rules.
    findings.push({
      ruleId: info.ruleId,
      category: info.category,
      severity: hit.severity ?? info.severity,
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      message: localize(hit.message, ui),
      suggestions: hit.suggestions ?? [],
    });
  };

  for (const rule of RULES) {
    if (disabledRules.has(rule.id) || disabledCategories.has(rule.category)) continue;
    for (const hit of rule.check(doc, context)) {
      add({ ruleId: rule.id, category: rule.category, severity: rule.severity }, hit);
    }
  }
  for (const { term, hit } of customTermHits(doc, options.customTerms ?? [])) {
    if (!disabledRules.has(CUSTOM_TERM_RULE) && !disabledCategories.has(term.category)) {
      add({ ruleId: CUSTOM_TERM_RULE, category: term.category, severity: term.severity ?? 'warning' }, hit);
    }
  }

  const allowed = allowListFilter(options.allowList ?? []);
  const kept = findings.filter((finding) => !allowed(finding.text));
  kept.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  return { language: doc.language, findings: onePerStretch(kept) };
}

function localize(message: Localized, ui: UiLang): string {
  return typeof message === 'string' ? message : (message[ui] ?? message.en);
}

function customTermHits(doc: Doc, terms: readonly CustomTerm[]): Array<{ term: CustomTerm; hit: Hit }> {
  const usable = terms.filter((term) => term.term.trim() !== '');
  if (usable.length === 0) return [];
  // Custom terms are the user's own words: matched in every language, as whole words.
  const lexicon = new Lexicon<{ term: CustomTerm }>({
    en: usable.map((term) => ({ phrase: phraseOf(term.term), term, anywhere: true })),
  }, { shared: false });
  return lexicon.match(doc).map(({ entry, start, stop }) => ({
    term: entry.term,
    hit: {
      start,
      end: stop,
      message: entry.term.message?.trim() || {
        en: `“${entry.term.term}” is on your list of words never to post.`,
        sv: `”${entry.term.term}” finns på din lista över ord som aldrig ska publiceras.`,
        nb: `«${entry.term.term}» står på listen din over ord som aldri skal publiseres.`,
        da: `»${entry.term.term}« er på din liste over ord, der aldrig må offentliggøres.`,
        de: `„${entry.term.term}“ steht auf deiner Liste von Wörtern, die nie veröffentlicht werden sollen.`,
      },
      suggestions: [''],
      sureness: 2,
    },
  }));
}

/** A user's term as literal lexicon words: wildcard and alternative signs are taken as text. */
function phraseOf(term: string): string {
  return buildDoc(term, ['en'])
    .tokens.map((token) => token.norm.replace(/[*|]/g, ''))
    .filter((word) => word !== '' && word !== '_')
    .join(' ');
}

/** Whether a finding's text contains an allowed word or phrase, compared as folded whole words. */
function allowListFilter(allowList: readonly string[]): (text: string) => boolean {
  const allowed = allowList.map((entry) => ` ${foldWords(entry)} `).filter((entry) => entry.trim() !== '');
  if (allowed.length === 0) return () => false;
  return (text) => {
    const words = ` ${foldWords(text)} `;
    return allowed.some((entry) => words.includes(entry));
  };
}

function foldWords(text: string): string {
  return buildDoc(text, ['en']).tokens.map((token) => token.norm).join(' ');
}

/**
 * One finding per rule and stretch of text: where two findings of a rule overlap (two list entries
 * on the same words, "you're a pathetic" inside "you're a pathetic loser", "send STOP" inside
 * "send STOP to 87239"), only the longer stays, the first of equals; two underlines on the same
 * words would say the same thing twice. `findings` are in order of start, longer first.
 */
function onePerStretch(findings: readonly Finding[]): Finding[] {
  const kept: Array<Finding | undefined> = [];
  const lastOfRule = new Map<string, number>();
  for (const finding of findings) {
    const at = lastOfRule.get(finding.ruleId);
    const last = at === undefined ? undefined : kept[at];
    if (last && finding.start < last.end) {
      if (finding.end - finding.start <= last.end - last.start) continue;
      kept[at!] = undefined;
    }
    // Every finding kept so far starts no later than this one, so the order holds.
    lastOfRule.set(finding.ruleId, kept.push(finding) - 1);
  }
  return kept.filter((finding): finding is Finding => finding !== undefined);
}

/**
 * Posting statistics: counts per day, platform, category and rule, kept in storage.local.
 * Pure functions only; the background persists, the popup aggregates. Never any draft text.
 */
import { CATEGORIES, PLATFORMS, type Category, type Platform } from '../core/types';
import type { StatsEvent } from './messages';

export const STATS_KEY = 'stats';
export const STATS_VERSION = 1;
/** Twelve weeks of days are kept; older days are pruned on every write. */
export const KEPT_WEEKS = 12;

export interface RuleTally {
  category: Category;
  /** Findings shown in drafts. */
  shown: number;
  fixed: number;
  ignored: number;
  /** Findings still present in posts that were sent. */
  sent: number;
}

export interface PromptTally {
  reviewed: number;
  cancelled: number;
  postedAnyway: number;
}

export interface PlatformDay {
  checked: number;
  sent: number;
  sentWithWarnings: number;
  sentPromotional: number;
  prompts: PromptTally;
  rules: Record<string, RuleTally>;
}

export type DayStats = Partial<Record<Platform, PlatformDay>>;

export interface StatsStore {
  version: number;
  /** Keyed by local date, `YYYY-MM-DD`. */
  days: Record<string, DayStats>;
}

export const emptyStats = (): StatsStore => ({ version: STATS_VERSION, days: {} });

// ---- Dates, as local calendar days ------------------------------------------------------------

const pad = (value: number) => String(value).padStart(2, '0');

export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon avoids daylight-saving edges when stepping whole days. */
const keyToDate = (key: string) => {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(year!, month! - 1, day!, 12);
};

export function addDays(key: string, days: number): string {
  const date = keyToDate(key);
  date.setDate(date.getDate() + days);
  return dayKey(date);
}

/** The Monday starting the week that contains `key`. */
export function weekStart(key: string): string {
  const weekday = (keyToDate(key).getDay() + 6) % 7;
  return addDays(key, -weekday);
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

// ---- Recording --------------------------------------------------------------------------------

const emptyPlatformDay = (): PlatformDay => ({
  checked: 0, sent: 0, sentWithWarnings: 0, sentPromotional: 0,
  prompts: { reviewed: 0, cancelled: 0, postedAnyway: 0 },
  rules: {},
});

function ruleTally(day: PlatformDay, ruleId: string, category: Category): RuleTally {
  // Own properties only: a rule id such as "constructor" must not reach Object.prototype.
  if (!Object.hasOwn(day.rules, ruleId)) {
    day.rules[ruleId] = { category, shown: 0, fixed: 0, ignored: 0, sent: 0 };
  }
  return day.rules[ruleId]!;
}

/** Adds one event to the day of `now`; `store` is modified in place. */
export function recordEvent(store: StatsStore, event: StatsEvent, now: Date): void {
  const days = (store.days[dayKey(now)] ??= {});
  const day = (days[event.platform] ??= emptyPlatformDay());
  switch (event.kind) {
    case 'draft-checked':
      day.checked++;
      break;
    case 'findings-shown':
      for (const finding of event.findings) ruleTally(day, finding.ruleId, finding.category).shown += finding.count;
      break;
    case 'fix-applied':
      ruleTally(day, event.ruleId, event.category).fixed++;
      break;
    case 'finding-ignored':
      ruleTally(day, event.ruleId, event.category).ignored++;
      break;
    case 'prompt': {
      const outcome = event.outcome === 'posted-anyway' ? 'postedAnyway' : event.outcome;
      day.prompts[outcome]++;
      break;
    }
    case 'post-sent':
      day.sent++;
      if (event.findings.length > 0) day.sentWithWarnings++;
      if (event.findings.some(finding => finding.category === 'promotional')) day.sentPromotional++;
      for (const finding of event.findings) ruleTally(day, finding.ruleId, finding.category).sent += finding.count;
      break;
  }
}

/** Drops days older than KEPT_WEEKS weeks before `today`'s week. */
export function pruneStats(store: StatsStore, today: string): void {
  const oldest = addDays(weekStart(today), -7 * (KEPT_WEEKS - 1));
  for (const key of Object.keys(store.days)) if (key < oldest) delete store.days[key];
}

/** Stored stats, or empty ones when the stored value is not recognisable (never a broken popup). */
export function readStats(raw: unknown): StatsStore {
  if (typeof raw !== 'object' || raw === null) return emptyStats();
  const { version, days } = raw as Partial<StatsStore>;
  if (version !== STATS_VERSION || typeof days !== 'object' || days === null) return emptyStats();
  const valid: Record<string, DayStats> = {};
  for (const [key, day] of Object.entries(days)) if (DAY_KEY.test(key) && typeof day === 'object' && day) valid[key] = day;
  return { version, days: valid };
}

// ---- Aggregation into weeks -------------------------------------------------------------------

export interface DayTotals {
  date: string;
  checked: number;
  sent: number;
  shown: number;
}

export interface WeekSummary {
  start: string;
  days: DayTotals[];
  checked: number;
  sent: number;
  sentWithWarnings: number;
  sentPromotional: number;
  shown: number;
  fixed: number;
  ignored: number;
  prompts: PromptTally;
  shownByCategory: Record<Category, number>;
  byPlatform: Record<Platform, { checked: number; sent: number }>;
  daysPosted: number;
  /** Rules by findings shown, most first. */
  topRules: { ruleId: string; category: Category; shown: number }[];
}

const zeroBy = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map(key => [key, 0])) as Record<K, number>;

/** Totals for the seven days from `start` (a Monday). */
export function summarizeWeek(store: StatsStore, start: string, topRuleCount = 5): WeekSummary {
  const summary: WeekSummary = {
    start, days: [],
    checked: 0, sent: 0, sentWithWarnings: 0, sentPromotional: 0, shown: 0, fixed: 0, ignored: 0,
    prompts: { reviewed: 0, cancelled: 0, postedAnyway: 0 },
    shownByCategory: zeroBy(CATEGORIES),
    byPlatform: Object.fromEntries(PLATFORMS.map(platform => [platform, { checked: 0, sent: 0 }])) as WeekSummary['byPlatform'],
    daysPosted: 0,
    topRules: [],
  };
  const rules = new Map<string, { ruleId: string; category: Category; shown: number }>();
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(start, offset);
    const totals: DayTotals = { date, checked: 0, sent: 0, shown: 0 };
    for (const platform of PLATFORMS) {
      const day = store.days[date]?.[platform];
      if (!day) continue;
      totals.checked += day.checked;
      totals.sent += day.sent;
      summary.sentWithWarnings += day.sentWithWarnings;
      summary.sentPromotional += day.sentPromotional;
      summary.prompts.reviewed += day.prompts.reviewed;
      summary.prompts.cancelled += day.prompts.cancelled;
      summary.prompts.postedAnyway += day.prompts.postedAnyway;
      summary.byPlatform[platform].checked += day.checked;
      summary.byPlatform[platform].sent += day.sent;
      for (const [ruleId, tally] of Object.entries(day.rules)) {
        totals.shown += tally.shown;
        summary.fixed += tally.fixed;
        summary.ignored += tally.ignored;
        if (Object.hasOwn(summary.shownByCategory, tally.category)) summary.shownByCategory[tally.category] += tally.shown;
        const rule = rules.get(ruleId) ?? { ruleId, category: tally.category, shown: 0 };
        rule.shown += tally.shown;
        rules.set(ruleId, rule);
      }
    }
    summary.checked += totals.checked;
    summary.sent += totals.sent;
    summary.shown += totals.shown;
    if (totals.sent > 0) summary.daysPosted++;
    summary.days.push(totals);
  }
  summary.topRules = [...rules.values()]
    .filter(rule => rule.shown > 0)
    .sort((a, b) => b.shown - a.shown || a.ruleId.localeCompare(b.ruleId))
    .slice(0, topRuleCount);
  return summary;
}

/** The Monday of the earliest week with any stored day, or undefined when nothing is stored. */
export function earliestWeek(store: StatsStore): string | undefined {
  const first = Object.keys(store.days).sort()[0];
  return first ? weekStart(first) : undefined;
}

import { describe, expect, it } from 'vitest';
import type { StatsEvent } from '../../src/shared/messages';
import {
  addDays, dayKey, earliestWeek, emptyStats, KEPT_WEEKS, pruneStats, readStats, recordEvent, summarizeWeek, weekStart,
} from '../../src/shared/stats';

// Wednesday 4 June 2025; its week starts Monday 2 June.
const wednesday = new Date(2025, 5, 4, 15, 30);

describe('calendar helpers', () => {
  it('uses local dates and Monday-based weeks', () => {
    expect(dayKey(wednesday)).toBe('2025-06-04');
    expect(weekStart('2025-06-04')).toBe('2025-06-02');
    expect(weekStart('2025-06-02')).toBe('2025-06-02');
    expect(weekStart('2025-06-08')).toBe('2025-06-02');
    expect(addDays('2025-03-28', 7)).toBe('2025-04-04');
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
  });
});

describe('recordEvent and summarizeWeek', () => {
  const events: [Date, StatsEvent][] = [
    [wednesday, { kind: 'draft-checked', platform: 'linkedin' }],
    [wednesday, { kind: 'draft-checked', platform: 'linkedin' }],
    [wednesday, { kind: 'findings-shown', platform: 'linkedin', findings: [
      { ruleId: 'promo-hard-sell', category: 'promotional', count: 2 },
      { ruleId: 'overshare-phone', category: 'oversharing', count: 1 },
    ] }],
    [wednesday, { kind: 'fix-applied', platform: 'linkedin', ruleId: 'overshare-phone', category: 'oversharing' }],
    [wednesday, { kind: 'finding-ignored', platform: 'linkedin', ruleId: 'promo-hard-sell', category: 'promotional', scope: 'here' }],
    [wednesday, { kind: 'prompt', platform: 'linkedin', outcome: 'posted-anyway' }],
    [wednesday, { kind: 'post-sent', platform: 'linkedin', findings: [{ ruleId: 'promo-hard-sell', category: 'promotional', count: 1 }] }],
    [new Date(2025, 5, 6, 9), { kind: 'draft-checked', platform: 'x' }],
    [new Date(2025, 5, 6, 9), { kind: 'findings-shown', platform: 'x', findings: [{ ruleId: 'hostile-insult', category: 'hostile', count: 3 }] }],
    [new Date(2025, 5, 6, 9), { kind: 'prompt', platform: 'x', outcome: 'cancelled' }],
    [new Date(2025, 5, 6, 9), { kind: 'post-sent', platform: 'x', findings: [] }],
    // The previous week:
    [new Date(2025, 4, 30, 9), { kind: 'post-sent', platform: 'facebook', findings: [] }],
  ];

  const store = emptyStats();
  for (const [time, event] of events) recordEvent(store, event, time);

  it('adds up a week', () => {
    const week = summarizeWeek(store, '2025-06-02');
    expect(week).toMatchObject({
      checked: 3, sent: 2, sentWithWarnings: 1, sentPromotional: 1, shown: 6, fixed: 1, ignored: 1,
      prompts: { reviewed: 0, cancelled: 1, postedAnyway: 1 },
      shownByCategory: { spam: 0, promotional: 2, oversharing: 1, hostile: 3, platform: 0 },
      byPlatform: { linkedin: { checked: 2, sent: 1 }, facebook: { checked: 0, sent: 0 }, x: { checked: 1, sent: 1 } },
      daysPosted: 2,
    });
    expect(week.days.map(day => day.sent)).toEqual([0, 0, 1, 0, 1, 0, 0]);
    expect(week.topRules.map(rule => rule.ruleId)).toEqual(['hostile-insult', 'promo-hard-sell', 'overshare-phone']);
  });

  it('keeps weeks apart', () => {
    expect(summarizeWeek(store, '2025-05-26')).toMatchObject({ sent: 1, daysPosted: 1, byPlatform: { facebook: { sent: 1 } } });
    expect(earliestWeek(store)).toBe('2025-05-26');
    expect(earliestWeek(emptyStats())).toBeUndefined();
  });

  it('does not let a rule id reach the object prototype', () => {
    const tricky = emptyStats();
    recordEvent(tricky, { kind: 'fix-applied', platform: 'x', ruleId: 'constructor', category: 'spam' }, wednesday);
    expect(summarizeWeek(tricky, '2025-06-02').fixed).toBe(1);
  });
});

describe('pruneStats and readStats', () => {
  it(`keeps ${KEPT_WEEKS} weeks including the current one`, () => {
    const store = emptyStats();
    const oldest = addDays('2025-06-02', -7 * (KEPT_WEEKS - 1));
    for (const date of [addDays(oldest, -1), oldest, '2025-06-04']) {
      recordEvent(store, { kind: 'draft-checked', platform: 'x' }, new Date(`${date}T12:00`));
    }
    pruneStats(store, '2025-06-04');
    expect(Object.keys(store.days).sort()).toEqual([oldest, '2025-06-04']);
  });

  it('reads unrecognisable stored stats as empty', () => {
    expect(readStats(undefined)).toEqual(emptyStats());
    expect(readStats({ version: 99, days: {} })).toEqual(emptyStats());
    expect(readStats({ version: 1, days: { nonsense: {}, '2025-06-04': {} } })).toEqual({ version: 1, days: { '2025-06-04': {} } });
  });
});

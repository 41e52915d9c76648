/** Stats events for the background: counts and rule ids only, never text. */
import type { Finding } from '../core/types';
import type { RuleCount, StatsEvent } from '../shared/messages';
import { sendToBackground } from './runtime';

export function reportStats(event: StatsEvent): void {
  void sendToBackground({ type: 'stats-event', event });
}

export function ruleCounts(findings: readonly Pick<Finding, 'ruleId' | 'category'>[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const { ruleId, category } of findings) {
    const entry = counts.get(ruleId) ?? { ruleId, category, count: 0 };
    entry.count++;
    counts.set(ruleId, entry);
  }
  return [...counts.values()];
}

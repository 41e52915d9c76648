/** Helpers for rule tests: one rule's hits on a draft, and tables of flagged and clean drafts. */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/doc';
import { RULES } from '../../../src/core/rules';
import type { Hit, Lang, Platform } from '../../../src/core/types';

export interface CaseOptions {
  strict?: boolean;
  platform?: Platform;
}

/** One rule's hits, in order, at the default sensitivity unless strict. */
export function hitsOf(id: string, text: string, { strict = false, platform }: CaseOptions = {}): Hit[] {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule
    .check(buildDoc(text), { platform })
    .filter((hit) => strict || (hit.sureness ?? 1) >= 1)
    .sort((a, b) => a.start - b.start);
}

/** The exact words a rule flags. */
export function flagged(id: string, text: string, options?: CaseOptions): string[] {
  return hitsOf(id, text, options).map((hit) => text.slice(hit.start, hit.end));
}

/** A draft in a language and the words the rule must flag in it. */
export type Case = [Lang, string, string[]];

export function table(id: string, positive: Case[], clean: string[]): void {
  describe(id, () => {
    it.each(positive)('flags (%s) %s', (_lang, text, expected) => {
      expect(flagged(id, text)).toEqual(expected);
    });
    it.each(clean)('leaves alone: %s', (text) => {
      expect(flagged(id, text)).toEqual([]);
    });
  });
}

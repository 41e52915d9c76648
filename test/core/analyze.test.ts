import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, CUSTOM_TERM_RULE, ruleCatalog } from '../../src/core';
import { buildDoc } from '../../src/core/doc';
import { RULES } from '../../src/core/rules';
import type { Hit } from '../../src/core/types';

describe('analyze', () => {
  it('returns a result for empty text', () => {
    expect(analyze('')).toEqual({ language: 'und', findings: [] });
  });

  it('flags custom terms in any language, as whole words, with their own message', () => {
    const text = 'Sneak peek of Project Falcon, launching soon. Falconry is unrelated.';
    const { findings } = analyze(text, {
      customTerms: [{ term: 'project falcon', category: 'oversharing', message: 'Codename: keep it internal.' }],
    });
    const custom = findings.filter((f) => f.ruleId === CUSTOM_TERM_RULE);
    expect(custom).toHaveLength(1);
    expect(custom[0]).toMatchObject({ text: 'Project Falcon', category: 'oversharing', message: 'Codename: keep it internal.' });
  });

  it('gives custom terms a default message in the interface language', () => {
    const { findings } = analyze('Om Kunde X', { customTerms: [{ term: 'Kunde X', category: 'oversharing' }], uiLanguage: 'de' });
    expect(findings.find((f) => f.ruleId === CUSTOM_TERM_RULE)!.message).toContain('Liste');
  });

  it('takes wildcard characters in custom terms literally', () => {
    const { findings } = analyze('a b c', { customTerms: [{ term: '_', category: 'spam' }, { term: '*', category: 'spam' }] });
    expect(findings).toEqual([]);
  });

  it('switches rules and categories off', () => {
    const text = 'Big day #one #two #three';
    const on = analyze(text, { platform: 'x' }).findings.filter((f) => f.ruleId === 'platform.hashtag-count');
    expect(on).toHaveLength(1);
    expect(analyze(text, { platform: 'x', disabledRules: ['platform.hashtag-count'] }).findings.filter((f) => f.ruleId === 'platform.hashtag-count')).toEqual([]);
    expect(analyze(text, { platform: 'x', disabledCategories: ['platform'] }).findings.filter((f) => f.category === 'platform')).toEqual([]);
  });

  it('never flags allow-listed words', () => {
    const options = { customTerms: [{ term: 'Falcon', category: 'oversharing' as const }] };
    expect(analyze('Falcon is here', options).findings).toHaveLength(1);
    expect(analyze('Falcon is here', { ...options, allowList: ['falcon'] }).findings).toEqual([]);
  });

  it('gives one finding per rule and stretch of text: the longer of two that overlap', () => {
    const text = "Honestly, you're a pathetic loser. Send STOP to 87239 to end.";
    const found = analyze(text).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['hostile.insult', "you're a pathetic loser"],
      ['spam.premium-sms', 'Send STOP to 87239'],
    ]);
  });

  it('hides less sure findings when relaxed and shows more when strict', () => {
    const count = (sensitivity: 'strict' | 'balanced' | 'relaxed') =>
      analyze('You are such a damn idiot, hell no!!! BUY NOW', { sensitivity }).findings.length;
    expect(count('strict')).toBeGreaterThanOrEqual(count('balanced'));
    expect(count('balanced')).toBeGreaterThanOrEqual(count('relaxed'));
  });

  it('lists every rule once with the text the settings page needs', () => {
    const ids = ruleCatalog.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleCatalog) {
      expect(rule.id).toMatch(new RegExp(`^${rule.category}\\.[a-z0-9-]+$`));
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.example.length).toBeGreaterThan(3);
    }
  });
});

/** Whether an offset falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]!) && /[\uDC00-\uDFFF]/.test(text[at]!);

describe('offsets', () => {
  // Deterministic pseudo-random drafts mixing the characters that break offset arithmetic.
  const pieces = [
    'you idiot', 'BUY NOW!!!', '😂', '👍🏽', '👨‍👩‍👧', '🇸🇪', 'e\u0301', '\u200B', 'ﬃ', '𝐈𝐃𝐈𝐎𝐓', 'ｆｕｃｋ', '\n\n', ' ', '#tag',
    '@name', 'https://example.com/x', 'mail a@b.se', '811228-9874', '4111 1111 1111 1111', 'jävla', 'Scheiße', 'æøå', 'İ', '\uD800',
    'f*ck', 'i d i o t', 'comment YES', '50% off', 'password: hunter2', 'dreckiges Pack',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  it('always point exactly at the flagged text, for any mix of odd Unicode', () => {
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)]! + (random() < 0.5 ? ' ' : '');
      for (const platform of ['x', 'linkedin', 'facebook'] as const) {
        const { findings } = analyze(text, { platform, sensitivity: 'strict' });
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          expect(finding.message.length).toBeGreaterThan(0);
          expect(splitsPair(text, finding.start) || splitsPair(text, finding.end)).toBe(false);
        }
      }
    }
  }, 60_000);
});

describe('work skipped at the default sensitivity', () => {
  // The project's drafts and every rule's example: what a rule skips when told hits of sureness 0
  // will not be shown must be exactly those hits.
  const drafts = readdirSync('test/drafts')
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join('test/drafts', name), 'utf8').split('\n').filter((line) => line.trim() !== ''))
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const texts = [...drafts, ...RULES.map((rule) => rule.example)];

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s finds the same shown hits', (_id, rule) => {
    for (const text of texts) {
      const doc = buildDoc(text);
      const shown = (hits: Hit[]) => hits.filter((hit) => (hit.sureness ?? 1) >= 1);
      expect(shown(rule.check(doc, { strict: false }))).toEqual(shown(rule.check(doc, {})));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { buildDoc } from '../../../src/core/doc';
import { xLength } from '../../../src/core/rules/platform/x-length';

const platformFindings = (text: string, platform: 'x' | 'linkedin' | 'facebook') =>
  analyze(text, { platform, disabledCategories: ['spam', 'promotional', 'oversharing', 'hostile'] }).findings;

describe('X length', () => {
  it('counts links as 23, emoji as 2 and wide characters as 2', () => {
    expect(xLength(buildDoc('abc')).length).toBe(3);
    expect(xLength(buildDoc('see https://example.com/a/very/long/path/indeed')).length).toBe(4 + 23);
    expect(xLength(buildDoc('👍🏽 👨‍👩‍👧')).length).toBe(5);
    expect(xLength(buildDoc('日本')).length).toBe(4);
  });
  it('marks exactly what goes past 280', () => {
    const text = `${'a'.repeat(280)}OVER`;
    const [finding] = platformFindings(text, 'x');
    expect(finding!.ruleId).toBe('platform.x-length');
    expect(finding!.text).toBe('OVER');
  });
  it('is silent on other platforms and within the limit', () => {
    expect(platformFindings('a'.repeat(300), 'facebook')).toEqual([]);
    expect(platformFindings('a'.repeat(280), 'x')).toEqual([]);
  });
});

describe('LinkedIn length and fold', () => {
  it('marks what goes past 3,000 characters', () => {
    const text = `${'word. '.repeat(500)}extra`;
    const finding = platformFindings(text, 'linkedin').find((f) => f.ruleId === 'platform.linkedin-length');
    expect(finding!.start).toBe(3000);
    expect(finding!.text).toBe('extra');
  });
  it('marks an opening sentence cut by the fold', () => {
    const text = `${'This opening sentence keeps going '.repeat(8)}until here. Then more.`;
    const finding = platformFindings(text, 'linkedin').find((f) => f.ruleId === 'platform.linkedin-fold');
    expect(finding).toBeDefined();
    expect(finding!.start).toBeLessThanOrEqual(210);
    expect(finding!.text.endsWith('until here.')).toBe(true);
  });
  it('leaves a short opening line alone', () => {
    const text = `Short hook.\n\n${'More text follows here. '.repeat(20)}`;
    expect(platformFindings(text, 'linkedin').filter((f) => f.ruleId === 'platform.linkedin-fold')).toEqual([]);
  });
});

describe('hashtag count', () => {
  it('marks the hashtags past the platform count', () => {
    const text = 'Good day #one #two #three';
    expect(platformFindings(text, 'x').map((f) => f.text)).toEqual(['#three']);
    expect(platformFindings(text, 'linkedin')).toEqual([]);
  });
});

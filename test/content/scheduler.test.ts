import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysableText, debounce, diffRange, shiftSpans } from '../../src/content/scheduler';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a quiet delay after the last poke', () => {
    const run = vi.fn();
    const d = debounce(run, { delay: 150, maxWait: 1000 }, () => Date.now());
    d.poke();
    vi.advanceTimersByTime(100);
    d.poke();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at least every maxWait while pokes keep coming', () => {
    const run = vi.fn();
    const d = debounce(run, { delay: 150, maxWait: 500 }, () => Date.now());
    for (let t = 0; t < 1000; t += 100) {
      d.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('cancels a pending run, and cancelling with none pending is harmless', () => {
    const run = vi.fn();
    const d = debounce(run, { delay: 150, maxWait: 1000 });
    d.cancel();
    expect(d.pending()).toBe(false);
    d.poke();
    expect(d.pending()).toBe(true);
    d.cancel();
    expect(d.pending()).toBe(false);
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });

  it('contains a throwing run', () => {
    const d = debounce(() => {
      throw new Error('boom');
    }, { delay: 10, maxWait: 100 });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    d.poke();
    expect(() => vi.advanceTimersByTime(20)).not.toThrow();
  });
});

describe('analysableText', () => {
  it('keeps short drafts whole', () => {
    expect(analysableText('hello', 10)).toEqual({ text: 'hello', truncated: false });
  });

  it('cuts giant drafts at a word boundary near the limit', () => {
    const text = 'word '.repeat(30_000);
    const part = analysableText(text, 10_000);
    expect(part.truncated).toBe(true);
    expect(part.text.length).toBeLessThanOrEqual(10_000);
    expect(part.text.length).toBeGreaterThan(9_000);
    expect(text.startsWith(part.text)).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const part = analysableText('😀'.repeat(20), 11);
    expect(part.text.length % 2).toBe(0);
  });
});

describe('following edits', () => {
  it('finds the edited region', () => {
    expect(diffRange('hello world', 'hello brave world')).toEqual({ prefix: 6, suffix: 5 });
  });

  it('moves spans after the edit, keeps spans before it, drops spans it touched', () => {
    const before = 'buy now and act fast';
    const after = 'buy now, friends, and act fast';
    const spans = [
      { start: 0, end: 3 },
      { start: 4, end: 7 },
      { start: 12, end: 20 },
    ];
    const moved = shiftSpans(spans, before, after);
    expect(moved.map((s) => after.slice(s.start, s.end))).toEqual(['buy', 'act fast']);
  });
});

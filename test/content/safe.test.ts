import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard, report } from '../../src/content/safe';

describe('containment', () => {
  afterEach(() => vi.restoreAllMocks());

  it('catches a throw and logs it once per place', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const failing = guard('test place', () => {
      throw new Error('boom');
    });
    expect(() => failing()).not.toThrow();
    expect(() => failing()).not.toThrow();
    expect(debug).toHaveBeenCalledTimes(1);
    expect(debug.mock.calls[0]![0]).toBe('[Second Thought]');
  });

  it('passes results through', () => {
    expect(guard('adds', (a: number, b: number) => a + b)(2, 3)).toBe(5);
  });

  it('swallows a rejected promise', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const failing = guard('async place', async () => {
      throw new Error('later');
    });
    await expect(failing()).rejects.toThrow('later'); // the caller may still see it, the page does not
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('survives a page that broke console', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {
      throw new Error('console gone');
    });
    expect(() => report('broken console', new Error('x'))).not.toThrow();
  });
});

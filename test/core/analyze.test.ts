import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

describe('analyze', () => {
  it('returns a result for empty text', () => {
    expect(analyze('')).toEqual({ language: 'und', findings: [] });
  });
});

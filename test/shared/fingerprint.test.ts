import { describe, expect, it } from 'vitest';
import { FINGERPRINT_SIZE, fingerprint, similarity } from '../../src/core/fingerprint';

const post = `Thrilled to announce that our team just launched the new analytics dashboard.
It took six months of work and a lot of coffee. Check it out at https://example.com/launch`;

describe('fingerprint', () => {
  it('is a fixed-size list of 32-bit numbers that does not contain the words', () => {
    const sketch = fingerprint(post);
    expect(sketch).toHaveLength(FINGERPRINT_SIZE);
    expect(sketch.every(value => Number.isInteger(value) && value >= 0 && value <= 0xffffffff)).toBe(true);
    expect(JSON.stringify(sketch)).not.toMatch(/[a-z]/i);
  });

  it('is empty for text without words', () => {
    expect(fingerprint('  !!! … ')).toEqual([]);
    expect(similarity(fingerprint(''), fingerprint(post))).toBe(0);
  });

  it('ignores case, accents, punctuation, spacing and links', () => {
    const variant = post.toUpperCase().replace(/\s+/g, '  ').replace('https://example.com/launch', 'https://other.example/x');
    expect(similarity(fingerprint(post), fingerprint(variant))).toBe(1);
    expect(similarity(fingerprint('Hej från Malmö'), fingerprint('hej fran malmo'))).toBe(1);
  });

  it('scores a lightly edited post as similar and a different post as dissimilar', () => {
    const edited = post.replace('six months', 'half a year');
    const other = 'Some thoughts on hiring junior developers: pair them with a mentor from day one and give them real work.';
    expect(similarity(fingerprint(post), fingerprint(edited))).toBeGreaterThan(0.6);
    expect(similarity(fingerprint(post), fingerprint(other))).toBeLessThan(0.15);
  });

  it('handles posts shorter than a shingle', () => {
    expect(similarity(fingerprint('Big news'), fingerprint('big news!'))).toBe(1);
    expect(similarity(fingerprint('Big news'), fingerprint('Small news'))).toBeLessThan(0.2);
  });
});

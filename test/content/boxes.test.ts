import { describe, expect, it } from 'vitest';
import { boundsOf, hitTest, layoutBoxes, MAX_BOXES } from '../../src/content/overlay/boxes';

const finding = (start: number, end: number) => ({ ruleId: 'r', category: 'spam' as const, severity: 'warning' as const, start, end });

describe('underline boxes', () => {
  const clip = { left: 0, top: 0, width: 500, height: 100 };

  it('converts viewport rects to overlay coordinates and drops empty ones', () => {
    const boxes = layoutBoxes(
      [finding(0, 5)],
      () => [
        { left: 10, top: 20, width: 50, height: 16 },
        { left: 60, top: 20, width: 0, height: 16 },
      ],
      clip,
      { x: 5, y: 10 },
    );
    expect(boxes).toEqual([{ left: 5, top: 10, width: 50, height: 16, finding: 0, ruleId: 'r', category: 'spam', severity: 'warning' }]);
  });

  it('clips to the editor and drops boxes scrolled out of it', () => {
    const boxes = layoutBoxes(
      [finding(0, 5), finding(6, 9)],
      (start) => (start === 0 ? [{ left: 480, top: 10, width: 60, height: 16 }] : [{ left: 10, top: 200, width: 30, height: 16 }]),
      clip,
      { x: 0, y: 0 },
    );
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.width).toBe(20);
  });

  it('caps the number of boxes', () => {
    const many = Array.from({ length: MAX_BOXES + 50 }, (_, i) => finding(i, i + 1));
    expect(layoutBoxes(many, () => [{ left: 1, top: 1, width: 5, height: 5 }], clip, { x: 0, y: 0 })).toHaveLength(MAX_BOXES);
  });

  it('hit-tests the narrowest box under the pointer and bounds a finding', () => {
    const boxes = layoutBoxes(
      [finding(0, 20), finding(5, 8)],
      (start, end) => [{ left: start * 10, top: 0, width: (end - start) * 10, height: 16 }],
      { left: 0, top: 0, width: 1000, height: 100 },
      { x: 0, y: 0 },
    );
    expect(hitTest(boxes, 60, 8)).toBe(1);
    expect(hitTest(boxes, 150, 8)).toBe(0);
    expect(hitTest(boxes, 150, 80)).toBeUndefined();
    expect(boundsOf(boxes, 1)).toEqual({ left: 50, top: 0, width: 30, height: 16 });
  });
});

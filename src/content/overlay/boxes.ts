/**
 * Underline geometry: from findings and the rectangles of their text to boxes in overlay
 * coordinates, clipped to the editor's visible area. Pure, so it is tested without layout.
 */
import type { Category, Severity } from '../../core/types';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Box extends Rect {
  /** Index of the finding in the session's list. */
  finding: number;
  ruleId: string;
  category: Category;
  severity: Severity;
}

interface Spanned {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
}

/** Most boxes drawn at once: a giant paste full of findings must not flood the page with nodes. */
export const MAX_BOXES = 400;

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : undefined;
}

/**
 * Boxes for `findings`. `rectsOf` gives viewport rectangles of a span; `clip` is the editor's
 * visible area in viewport coordinates; `origin` is the overlay's origin in the viewport.
 */
export function layoutBoxes(
  findings: readonly Spanned[],
  rectsOf: (start: number, end: number) => Rect[],
  clip: Rect,
  origin: { x: number; y: number },
): Box[] {
  const boxes: Box[] = [];
  findings.forEach((finding, index) => {
    if (boxes.length >= MAX_BOXES) return;
    for (const rect of rectsOf(finding.start, finding.end)) {
      // Zero-width rects come from line ends inside a range; nothing to underline there.
      if (rect.width < 1) continue;
      const visible = intersect(rect, clip);
      if (!visible) continue;
      boxes.push({
        left: visible.left - origin.x,
        top: visible.top - origin.y,
        width: visible.width,
        height: visible.height,
        finding: index,
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
      });
    }
  });
  return boxes;
}

/** The finding under a point (overlay coordinates), preferring the narrowest box. */
export function hitTest(boxes: readonly Box[], x: number, y: number, slop = 2): number | undefined {
  let best: Box | undefined;
  for (const box of boxes) {
    if (x >= box.left - slop && x <= box.left + box.width + slop && y >= box.top - slop && y <= box.top + box.height + slop) {
      if (!best || box.width < best.width) best = box;
    }
  }
  return best?.finding;
}

/** The bounding rectangle of one finding's boxes (for placing the popover). */
export function boundsOf(boxes: readonly Box[], finding: number): Rect | undefined {
  const own = boxes.filter((box) => box.finding === finding);
  if (own.length === 0) return undefined;
  const left = Math.min(...own.map((b) => b.left));
  const top = Math.min(...own.map((b) => b.top));
  const right = Math.max(...own.map((b) => b.left + b.width));
  const bottom = Math.max(...own.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

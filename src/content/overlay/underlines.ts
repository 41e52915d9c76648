/** Draws boxes as absolutely positioned, pointer-transparent divs, reusing the nodes between frames. */
import type { Box } from './boxes';

/** What each box div last showed, so unchanged boxes are left alone. */
const drawn = new WeakMap<HTMLElement, string>();

export function drawUnderlines(layer: HTMLElement, boxes: readonly Box[], active: number | undefined): void {
  const document = layer.ownerDocument;
  while (layer.childElementCount > boxes.length) layer.lastElementChild!.remove();
  while (layer.childElementCount < boxes.length) {
    const div = document.createElement('div');
    div.className = 'st-box';
    layer.append(div);
  }
  boxes.forEach((box, i) => {
    const div = layer.children[i] as HTMLElement;
    // Unchanged boxes (most of them, while typing at the end) cost no DOM work at all.
    const isActive = box.finding === active;
    const state = `${box.left},${box.top},${box.width},${box.height},${box.finding},${box.ruleId},${box.category},${box.severity},${isActive}`;
    if (drawn.get(div) === state) return;
    drawn.set(div, state);
    const style = div.style;
    style.left = `${box.left}px`;
    style.top = `${box.top}px`;
    style.width = `${box.width}px`;
    style.height = `${box.height}px`;
    div.dataset.stFinding = box.ruleId;
    div.dataset.stCategory = box.category;
    div.dataset.stSeverity = box.severity;
    div.dataset.stIndex = String(box.finding);
    div.toggleAttribute('data-st-active', isActive);
  });
}


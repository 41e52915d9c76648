/** Draws boxes as absolutely positioned, pointer-transparent divs, reusing the nodes between frames. */
import type { Box } from './boxes';

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
    const style = div.style;
    style.left = `${box.left}px`;
    style.top = `${box.top}px`;
    style.width = `${box.width}px`;
    style.height = `${box.height}px`;
    if (div.dataset.stFinding !== box.ruleId) div.dataset.stFinding = box.ruleId;
    if (div.dataset.stCategory !== box.category) div.dataset.stCategory = box.category;
    if (div.dataset.stSeverity !== box.severity) div.dataset.stSeverity = box.severity;
    div.dataset.stIndex = String(box.finding);
    div.toggleAttribute('data-st-active', box.finding === active);
  });
}

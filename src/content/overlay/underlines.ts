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
    // Unchanged boxes (most of them, while typing at the end) cost no style work.
    setIfChanged(div.style, 'left', `${box.left}px`);
    setIfChanged(div.style, 'top', `${box.top}px`);
    setIfChanged(div.style, 'width', `${box.width}px`);
    setIfChanged(div.style, 'height', `${box.height}px`);
    if (div.dataset.stFinding !== box.ruleId) div.dataset.stFinding = box.ruleId;
    if (div.dataset.stCategory !== box.category) div.dataset.stCategory = box.category;
    if (div.dataset.stSeverity !== box.severity) div.dataset.stSeverity = box.severity;
    if (div.dataset.stIndex !== String(box.finding)) div.dataset.stIndex = String(box.finding);
    div.toggleAttribute('data-st-active', box.finding === active);
  });
}

function setIfChanged(style: CSSStyleDeclaration, property: 'left' | 'top' | 'width' | 'height', value: string): void {
  if (style[property] !== value) style[property] = value;
}

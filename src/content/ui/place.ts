/** Puts a popup below its anchor, or above when there is no room below, inside the viewport. */
import type { Rect } from '../overlay/boxes';

const GAP = 6;
const MARGIN = 8;

export function placeNear(element: HTMLElement, anchor: Rect, align: 'start' | 'end' = 'start'): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  // The popup's offset parent is the overlay host; its viewport position converts coordinates.
  const hostRect = (element.offsetParent ?? element.parentElement)?.getBoundingClientRect();
  const hostLeft = hostRect?.left ?? 0;
  const hostTop = hostRect?.top ?? 0;
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const below = anchor.top + anchor.height + GAP;
  const fitsBelow = hostTop + below + height <= view.innerHeight - MARGIN;
  const top = fitsBelow ? below : Math.max(MARGIN - hostTop, anchor.top - GAP - height);
  const wanted = align === 'start' ? anchor.left : anchor.left + anchor.width - width;
  const left = Math.max(MARGIN - hostLeft, Math.min(wanted, view.innerWidth - MARGIN - hostLeft - width));
  element.style.top = `${top}px`;
  element.style.left = `${left}px`;
}

/** Keeps Tab inside a popup and finds what to focus first. */

const FOCUSABLE = 'button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
}

/** Wraps Tab and Shift+Tab around the ends of `container`. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = focusables(container);
  if (items.length === 0) return;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Keyboard handling shared by our dialogs: Escape closes, Tab stays inside, and no key reaches
 * the site (its keyboard shortcuts are not for our UI).
 */
export function dialogKeys(container: () => HTMLElement | null, onEscape: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    const element = container();
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    } else if (element) {
      trapTab(event, element);
    }
    event.stopPropagation();
  };
}

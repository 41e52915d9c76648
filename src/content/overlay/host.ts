/**
 * The overlay host: one shadow-DOM element per editor, outside the editor, that holds the
 * underline boxes and the Preact UI. It sits in document.body, or inside the editor's modal
 * <dialog> when there is one, because a modal dialog lives in the top layer above any z-index
 * and makes everything outside it inert.
 */
import { OVERLAY_CSS } from './styles';

export const OVERLAY_ATTRIBUTE = 'data-second-thought-overlay';

let sharedSheet: CSSStyleSheet | undefined;

/** A constructed stylesheet is not subject to the page's style-src CSP; <style> is the fallback. */
function adoptStyles(root: ShadowRoot): void {
  try {
    sharedSheet ??= (() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      return sheet;
    })();
    root.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
}

/** The parent in the flat tree: through shadow roots to their hosts. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

function isModalDialog(element: Element): boolean {
  if (element.tagName !== 'DIALOG' || !(element as HTMLDialogElement).open) return false;
  try {
    return element.matches(':modal');
  } catch {
    return false;
  }
}

/** Where the overlay must live so that it stacks above the editor and stays interactive. */
export function overlayContainer(editor: Element): Element {
  for (let node: Node | null = editor; node; node = composedParent(node)) {
    if (node instanceof Element && isModalDialog(node)) return node;
  }
  return editor.ownerDocument.body ?? editor.ownerDocument.documentElement;
}

export class OverlayHost {
  readonly element: HTMLDivElement;
  readonly root: HTMLDivElement;
  /** Underline boxes. */
  readonly layer: HTMLDivElement;
  /** Preact renders the badge, popover, prompt and live region here. */
  readonly ui: HTMLDivElement;

  constructor(private readonly editor: HTMLElement) {
    const document = editor.ownerDocument;
    this.element = document.createElement('div');
    this.element.setAttribute(OVERLAY_ATTRIBUTE, '');
    const style = this.element.style;
    for (const [name, value] of [
      ['all', 'initial'], ['position', 'fixed'], ['left', '0'], ['top', '0'], ['width', '0'], ['height', '0'],
      ['overflow', 'visible'], ['z-index', '2147483647'], ['pointer-events', 'none'], ['display', 'block'],
      ['margin', '0'], ['padding', '0'], ['border', '0'], ['transform', 'none'],
    ] as const) style.setProperty(name, value, 'important');
    const shadow = this.element.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.root = document.createElement('div');
    this.root.className = 'st-root';
    this.layer = document.createElement('div');
    this.layer.className = 'st-layer';
    this.ui = document.createElement('div');
    this.ui.className = 'st-ui';
    this.root.append(this.layer, this.ui);
    shadow.append(this.root);
  }

  /** Puts the host in the right container (again, if a dialog opened or closed meanwhile). */
  mount(): void {
    const container = overlayContainer(this.editor);
    if (this.element.parentNode !== container) container.append(this.element);
  }

  /** Converts viewport coordinates to the host's (a transformed dialog moves its fixed children). */
  toLocal(x: number, y: number): { x: number; y: number } {
    const origin = this.element.getBoundingClientRect();
    return { x: x - origin.left, y: y - origin.top };
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.root.dataset.theme = theme;
  }

  dispose(): void {
    this.element.remove();
  }
}

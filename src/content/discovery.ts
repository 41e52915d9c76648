/**
 * Finds compose boxes as they come and go: one MutationObserver (on the document and on the open
 * shadow roots the site keeps editors in) and a capture-phase focusin listener. Added nodes are
 * filtered before any query, and only added subtrees are searched, never the whole document.
 */
import { editorSelector, surfaceOf, type SiteAdapter, type Surface } from './sites';
import { guard, later, listen } from './safe';

export interface DiscoveryEvents {
  found(element: HTMLElement, surface: Surface): void;
  /** Nodes left the DOM somewhere: attached editors may be gone. */
  removed(): void;
}

/** A shadow host may get its shadow root a little after it is inserted. */
const SHADOW_RETRY_MS = [50, 300, 1500];

export class Discovery {
  private readonly editors: string;
  private readonly hosts: string;
  private readonly observed = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private readonly disposers: Array<() => void> = [];

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly events: DiscoveryEvents,
  ) {
    this.editors = editorSelector(adapter);
    this.hosts = adapter.shadowHosts.join(', ');
    this.observer = new MutationObserver(guard('mutation observer', (records: MutationRecord[]) => this.onMutations(records)));
  }

  start(document: Document): void {
    this.observe(document);
    this.scan(document.documentElement);
    this.disposers.push(listen<FocusEvent>(document, 'focusin', (event) => this.onFocus(event), { capture: true }));
  }

  stop(): void {
    this.observer.disconnect();
    for (const dispose of this.disposers.splice(0)) dispose();
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) this.scan(node as Element);
      }
      if (record.removedNodes.length > 0) removed = true;
    }
    if (removed) this.events.removed();
  }

  /** Looks for editors and shadow hosts in and under `element`. */
  private scan(element: Element): void {
    this.consider(element);
    if (element.firstElementChild) {
      for (const editor of element.querySelectorAll(this.editors)) this.consider(editor);
    }
    if (this.hosts) {
      if (element.matches(this.hosts)) this.enterShadow(element);
      if (element.firstElementChild) for (const host of element.querySelectorAll(this.hosts)) this.enterShadow(host);
    }
  }

  private consider(element: Element): void {
    if (!(element instanceof HTMLElement)) return;
    const surface = surfaceOf(this.adapter, element);
    if (surface) this.events.found(element, surface);
  }

  private enterShadow(host: Element, attempt = 0): void {
    const root = host.shadowRoot;
    if (root) {
      if (this.observed.has(root)) return;
      this.observe(root);
      for (const child of root.children) this.scan(child);
      return;
    }
    const delay = SHADOW_RETRY_MS[attempt];
    if (delay !== undefined) later('shadow root retry', () => this.enterShadow(host, attempt + 1), delay);
  }

  private onFocus(event: FocusEvent): void {
    // At document level a focus inside a shadow root is reported at its host; the path has the real target.
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot) this.observe(root);
    const editor = target.closest(this.editors);
    if (editor) this.consider(editor);
  }
}

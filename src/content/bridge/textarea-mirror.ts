/**
 * A textarea has no text nodes to measure, so an invisible copy with the same box and font,
 * laid exactly over it in our overlay, tells where each character is drawn.
 */

export interface MirrorHost {
  /** Where the mirror lives: inside the overlay, never in the page's own tree. */
  container(): HTMLElement;
  /** Converts viewport coordinates into the container's positioning coordinates. */
  toLocal(x: number, y: number): { x: number; y: number };
}

const COPIED_STYLES = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'tab-size',
  'direction', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'word-break',
] as const;

/** Extra text laid out past what a span needs, so nearby spans reuse the same layout. */
const MIRROR_SLACK = 2_000;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    private readonly host: MirrorHost,
  ) {
    this.box = textarea.ownerDocument.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.textNode = textarea.ownerDocument.createTextNode('');
    this.box.append(this.textNode);
    const style = this.box.style;
    style.position = 'fixed';
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    style.overflow = 'hidden';
    style.whiteSpace = 'pre-wrap';
    style.overflowWrap = 'break-word';
    style.boxSizing = 'content-box';
    style.border = '0';
    style.margin = '0';
  }

  /**
   * The textarea's style and place, copied onto the mirror once per task: one redraw measures
   * every underlined span, and copying the styles for each of them cost most of a keystroke.
   */
  private placed: { left: number; top: number } | undefined;

  private place(): { left: number; top: number } {
    if (this.placed) return this.placed;
    const textarea = this.textarea;
    const computed = getComputedStyle(textarea);
    const style = this.box.style;
    for (const name of COPIED_STYLES) style.setProperty(name, computed.getPropertyValue(name));
    const outer = textarea.getBoundingClientRect();
    const left = outer.left + textarea.clientLeft;
    const top = outer.top + textarea.clientTop;
    const padding = parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight);
    const local = this.host.toLocal(left, top);
    style.left = `${local.x}px`;
    style.top = `${local.y}px`;
    style.width = `${Math.max(0, textarea.clientWidth - padding)}px`;
    this.placed = { left, top };
    queueMicrotask(() => (this.placed = undefined));
    return this.placed;
  }

  rects(text: string, start: number, end: number): DOMRect[] {
    const textarea = this.textarea;
    const { left, top } = this.place();
    // Where a span wraps depends only on the text before it and on its own line, so the mirror
    // holds a prefix: a giant paste is never laid out whole.
    const lineEnd = text.indexOf('\n', end);
    const needed = lineEnd < 0 ? text.length : lineEnd;
    if (this.textNode.data.length < needed || !text.startsWith(this.textNode.data)) {
      this.textNode.data = text.slice(0, Math.min(text.length, needed + MIRROR_SLACK));
    }
    if (!this.box.isConnected) this.host.container().append(this.box);

    const range = textarea.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, this.textNode.length));
    range.setEnd(this.textNode, Math.min(end, this.textNode.length));
    const mirrorOrigin = this.box.getBoundingClientRect();
    // Shift from where the mirror draws to where the textarea draws, scrolled.
    const dx = left - mirrorOrigin.left - textarea.scrollLeft;
    const dy = top - mirrorOrigin.top - textarea.scrollTop;
    return Array.from(range.getClientRects(), (r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  }

  dispose(): void {
    this.box.remove();
  }
}

/**
 * A textarea has no text nodes to measure, so an invisible copy with the same width and font,
 * kept in our overlay, tells where each character is drawn relative to the textarea's corner.
 */

export interface MirrorHost {
  /** Where the mirror lives: inside the overlay, never in the page's own tree. */
  container(): HTMLElement;
}

const COPIED_STYLES = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'tab-size',
  'direction', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'word-break',
] as const;

/** Extra text laid out past what a span needs, so nearby spans reuse the same layout. */
const MIRROR_SLACK = 2_000;
/** Measured spans kept; more than a draft shows at once, few enough to keep old drafts from piling up. */
const MEASURED_LIMIT = 64;

type Box = [left: number, top: number, width: number, height: number];

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly textNode: Text;
  /** The text the mirror holds, kept here because reading it back from the DOM copies it. */
  private mirrored = '';
  /** What the copied styles depend on; when it changes, every measured span is stale. */
  private styleKey = '';
  /** The textarea's place in this task: one redraw measures every underlined span. */
  private placed: { left: number; top: number } | undefined;
  /**
   * Spans measured before, relative to the mirror's corner. A span is drawn where it was as long as
   * the text up to the end of its line is the same, so typing after it costs no layout at all.
   */
  private readonly measured = new Map<string, { prefix: string; boxes: Box[] }>();

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    private readonly host: MirrorHost,
  ) {
    this.box = textarea.ownerDocument.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.textNode = textarea.ownerDocument.createTextNode('');
    this.box.append(this.textNode);
    const style = this.box.style;
    // Spans are measured from the mirror's own corner, so where it sits does not matter.
    style.position = 'fixed';
    style.left = '0';
    style.top = '0';
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    style.overflow = 'hidden';
    style.whiteSpace = 'pre-wrap';
    style.overflowWrap = 'break-word';
    style.boxSizing = 'content-box';
    style.border = '0';
    style.margin = '0';
  }

  rects(text: string, start: number, end: number): DOMRect[] {
    const { left, top } = this.place();
    // Where a span wraps depends only on the text before it and on its own line.
    const lineEnd = text.indexOf('\n', end);
    const needed = lineEnd < 0 ? text.length : lineEnd;
    const prefix = text.slice(0, needed);
    const key = `${start}:${end}`;
    let entry = this.measured.get(key);
    if (!entry || entry.prefix !== prefix) {
      if (this.measured.size >= MEASURED_LIMIT) this.measured.clear();
      entry = { prefix, boxes: this.measure(text, start, end, needed) };
      this.measured.set(key, entry);
    }
    const dx = left - this.textarea.scrollLeft;
    const dy = top - this.textarea.scrollTop;
    return entry.boxes.map(([x, y, width, height]) => new DOMRect(x + dx, y + dy, width, height));
  }

  dispose(): void {
    this.box.remove();
  }

  private place(): { left: number; top: number } {
    if (this.placed) return this.placed;
    const textarea = this.textarea;
    const outer = textarea.getBoundingClientRect();
    const left = outer.left + textarea.clientLeft;
    const top = outer.top + textarea.clientTop;
    // Copying the computed styles is the costly part: done again only when what they hang on changes.
    const styleKey = `${textarea.className}|${textarea.getAttribute('style') ?? ''}|${textarea.clientWidth}`;
    if (styleKey !== this.styleKey) {
      this.styleKey = styleKey;
      this.measured.clear();
      const computed = getComputedStyle(textarea);
      const style = this.box.style;
      for (const name of COPIED_STYLES) style.setProperty(name, computed.getPropertyValue(name));
      const padding = parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight);
      style.width = `${Math.max(0, textarea.clientWidth - padding)}px`;
    }
    this.placed = { left, top };
    queueMicrotask(() => (this.placed = undefined));
    return this.placed;
  }

  /** Lays the text out in the mirror (a prefix: a giant paste is never laid out whole) and measures the span. */
  private measure(text: string, start: number, end: number, needed: number): Box[] {
    if (this.mirrored.length < needed || !text.startsWith(this.mirrored)) {
      this.mirrored = text.slice(0, Math.min(text.length, needed + MIRROR_SLACK));
      this.textNode.data = this.mirrored;
    }
    if (!this.box.isConnected) this.host.container().append(this.box);
    const range = this.textarea.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, this.mirrored.length));
    range.setEnd(this.textNode, Math.min(end, this.mirrored.length));
    const corner = this.box.getBoundingClientRect();
    return Array.from(range.getClientRects(), (r): Box => [r.left - corner.left, r.top - corner.top, r.width, r.height]);
  }
}

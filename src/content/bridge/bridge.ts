/**
 * The editor bridge: reads a compose box's text, turns text offsets into screen rectangles, and
 * applies a suggestion through the one input path each editor keeps in sync (editors.md).
 * It never inserts nodes into the editor and never sets its innerHTML, textContent or value.
 */
import type { EditorKind } from '../sites/types';
import { tick } from '../safe';
import { applyEdit, planEdit } from './edit-plan';
import { TextareaMirror, type MirrorHost } from './textarea-mirror';
import { isMapCurrent, offsetOf, rangeFor, readTextMap, singleNodeRange, type TextMap } from './text-map';

export interface EditorBridge {
  readonly element: HTMLElement;
  readonly kind: EditorKind;
  /** Reads the current text (and refreshes the offset map). */
  read(): string;
  /** Viewport rectangles of [start, end) in the text last read. */
  rects(start: number, end: number): DOMRect[];
  /** False when the editor re-rendered since the last read, so offsets may point at old nodes. */
  isCurrent(): boolean;
  /** The caret's offset in the text last read, when the selection is inside the editor. */
  caretOffset(): number | undefined;
  /** Replaces [start, end) (which must still read `expected`) with `suggestion`; true when verified. */
  replace(start: number, end: number, expected: string, suggestion: string): Promise<boolean>;
  dispose(): void;
}

/** How long to wait for an editor that commits asynchronously (Quill) before calling a fix failed. */
const VERIFY_TIMEOUT_MS = 600;
const VERIFY_POLL_MS = 30;

/** The selection that governs `element`: a shadow root's own where the browser has one. */
function selectionFor(element: Node): Selection | null {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return element.ownerDocument!.getSelection();
}

async function waitForText(read: () => string, expected: string): Promise<boolean> {
  const deadline = Date.now() + VERIFY_TIMEOUT_MS;
  for (;;) {
    if (read() === expected) return true;
    if (Date.now() >= deadline) return false;
    await tick(VERIFY_POLL_MS);
  }
}

function insertText(document: Document, text: string): void {
  document.execCommand('insertText', false, text);
}

/** Draft.js takes text through its paste handler; execCommand would corrupt its state. */
function pasteText(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

export class ContentEditableBridge implements EditorBridge {
  private map: TextMap = { text: '', pieces: [] };

  constructor(
    readonly element: HTMLElement,
    readonly kind: Exclude<EditorKind, 'textarea'>,
  ) {}

  read(): string {
    this.map = readTextMap(this.element);
    return this.map.text;
  }

  rects(start: number, end: number): DOMRect[] {
    const range = rangeFor(this.map, start, end);
    return range ? Array.from(range.getClientRects()) : [];
  }

  isCurrent(): boolean {
    return isMapCurrent(this.map, this.element);
  }

  caretOffset(): number | undefined {
    const selection = selectionFor(this.element);
    const node = selection?.focusNode;
    if (!selection || !node || !this.element.contains(node)) return undefined;
    if (node.nodeType === Node.TEXT_NODE) return offsetOf(this.map, node, selection.focusOffset);
    // The caret sits between elements: use the first text node at or after it.
    const after = node.childNodes[selection.focusOffset];
    const piece = after && this.map.pieces.find((p) => after === p.node || after.contains(p.node));
    return piece?.start ?? this.map.text.length;
  }

  async replace(start: number, end: number, expected: string, suggestion: string): Promise<boolean> {
    const before = this.read();
    if (before.slice(start, end) !== expected) return false;
    const edit = planEdit(before, start, end, suggestion);
    const range = edit && singleNodeRange(this.map, edit.start, edit.end);
    if (!edit || !range) return false;
    const document = this.element.ownerDocument;
    this.element.focus({ preventScroll: true });
    const selection = selectionFor(this.element);
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    await tick(); // let the editor see the new selection
    if (this.kind === 'draft') pasteText(this.element, edit.replacement);
    else insertText(document, edit.replacement);
    return waitForText(() => this.read(), applyEdit(before, edit));
  }

  dispose(): void {}
}

export class TextareaBridge implements EditorBridge {
  readonly kind = 'textarea' as const;
  private text = '';
  private mirror: TextareaMirror | undefined;

  constructor(
    readonly element: HTMLTextAreaElement,
    private readonly mirrorHost: MirrorHost,
  ) {}

  read(): string {
    this.text = this.element.value;
    return this.text;
  }

  rects(start: number, end: number): DOMRect[] {
    this.mirror ??= new TextareaMirror(this.element, this.mirrorHost);
    return this.mirror.rects(this.text, start, end);
  }

  isCurrent(): boolean {
    return this.element.value === this.text;
  }

  caretOffset(): number | undefined {
    return this.element.ownerDocument.activeElement === this.element ? this.element.selectionEnd : undefined;
  }

  async replace(start: number, end: number, expected: string, suggestion: string): Promise<boolean> {
    const before = this.read();
    if (before.slice(start, end) !== expected) return false;
    const edit = planEdit(before, start, end, suggestion);
    if (!edit) return false;
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(edit.start, edit.end);
    await tick();
    insertText(this.element.ownerDocument, edit.replacement);
    return waitForText(() => this.read(), applyEdit(before, edit));
  }

  dispose(): void {
    this.mirror?.dispose();
  }
}

export function createBridge(element: HTMLElement, kind: EditorKind, mirrorHost: MirrorHost): EditorBridge {
  if (kind === 'textarea' || element instanceof HTMLTextAreaElement) return new TextareaBridge(element as HTMLTextAreaElement, mirrorHost);
  return new ContentEditableBridge(element, kind);
}

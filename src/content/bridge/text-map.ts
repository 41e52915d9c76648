/**
 * Reads a contenteditable editor's text the way a user sees it (block breaks and <br> as "\n")
 * and keeps an exact map from UTF-16 offsets in that text back to DOM text nodes.
 *
 * Editors render empty lines as a block holding only a placeholder <br> (Draft.js, Lexical,
 * Quill, ProseMirror); such a trailing <br> makes the line exist but adds no character.
 */

/** One DOM text node and where its data starts in the editor's text. */
export interface TextPiece {
  start: number;
  node: Text;
}

export interface TextMap {
  text: string;
  /** Text nodes in document order, each with its offset; "\n" from breaks fall between them. */
  pieces: TextPiece[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/** Whitespace between block elements, left over from markup, is not part of the text. */
function isLayoutWhitespace(node: Text): boolean {
  return /^[ \t\r\n]*\n[ \t\r\n]*$/.test(node.data) &&
    ((node.previousSibling !== null && isBlock(node.previousSibling)) || (node.nextSibling !== null && isBlock(node.nextSibling)));
}

export function readTextMap(root: Node): TextMap {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  /** The current line has content, or a placeholder <br> made it exist. */
  let lineOpen = false;
  /** A block boundary was passed since the open line: the next content starts a new line. */
  let pendingBlockBreak = false;
  /** <br>s not yet known to be line breaks rather than a block's trailing placeholder. */
  let pendingBrs = 0;

  const append = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const flushBreaks = () => {
    if (pendingBlockBreak) append('\n');
    for (; pendingBrs > 0; pendingBrs--) append('\n');
    pendingBlockBreak = false;
  };
  const endBlock = () => {
    if (pendingBrs > 0) {
      pendingBrs--; // the last <br> of a block is its placeholder
      flushBreaks();
      lineOpen = true;
    }
    if (lineOpen) {
      pendingBlockBreak = true;
      lineOpen = false;
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      if (textNode.data.length === 0 || isLayoutWhitespace(textNode)) return;
      flushBreaks();
      pieces.push({ start: length, node: textNode });
      append(textNode.data);
      lineOpen = true;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) return;
    if (element.tagName === 'BR') {
      pendingBrs++;
      return;
    }
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) endBlock();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) endBlock();
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  endBlock();
  return { text: parts.join(''), pieces };
}

/** Index of the last piece starting at or before `offset` (-1 when none). */
function pieceIndexAt(pieces: readonly TextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (pieces[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The DOM point for a text offset. At a boundary between two nodes, or inside a line break,
 * `forward` picks the start of the following node (for a range's start) and `backward` the end
 * of the preceding one (for a range's end), so ranges stay as tight as possible.
 */
export function domPointAt(map: TextMap, offset: number, direction: 'forward' | 'backward'): DomPoint | undefined {
  const { pieces } = map;
  let index = pieceIndexAt(pieces, offset);
  if (direction === 'forward') {
    const current = pieces[index];
    if (current && offset < current.start + current.node.data.length) return { node: current.node, offset: offset - current.start };
    const next = pieces[index + 1];
    return next ? { node: next.node, offset: 0 } : current && { node: current.node, offset: current.node.data.length };
  }
  // backward: a piece that starts exactly at the offset contributes nothing before it
  if (index >= 0 && pieces[index]!.start === offset && index > 0) index--;
  const piece = pieces[index];
  if (!piece) return pieces[0] && { node: pieces[0].node, offset: 0 };
  return { node: piece.node, offset: Math.min(offset - piece.start, piece.node.data.length) };
}

/** A Range over [start, end) of the editor's text, or undefined when the map has no text. */
export function rangeFor(map: TextMap, start: number, end: number): Range | undefined {
  const from = domPointAt(map, start, 'forward');
  const to = domPointAt(map, Math.max(start, end), 'backward');
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument!.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && end > start) return undefined;
  return range;
}

/** Like rangeFor, but only when [start, end) lies inside one text node (safe to select and replace). */
export function singleNodeRange(map: TextMap, start: number, end: number): Range | undefined {
  const range = rangeFor(map, start, end);
  return range && range.startContainer === range.endContainer ? range : undefined;
}

/** The text offset of a DOM point inside the editor, or undefined when it is not on a mapped text node. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | undefined {
  const piece = map.pieces.find((p) => p.node === node);
  return piece ? piece.start + offset : undefined;
}

/** True while every mapped text node is still in place (editors replace nodes as they re-render). */
export function isMapCurrent(map: TextMap, root: Node): boolean {
  return map.pieces.every((piece) => piece.node.isConnected && root.contains(piece.node));
}

/**
 * Pure text arithmetic for applying a suggestion: which span to replace with what, and the text
 * the editor must hold afterwards. Kept apart from the DOM so it can be tested exactly.
 */

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const HORIZONTAL_SPACE = /[ \t\u00a0]/;

/** Length of the code point that ends at `index` (2 for the low half of a surrogate pair). */
function codePointBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? 2 : 1;
}

function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
}

/**
 * The edit that replaces [start, end) with `suggestion`. An empty suggestion removes the words
 * with one neighbouring space. Editors ignore an empty insertion (Draft.js drops an empty paste),
 * so a removal keeps one neighbouring character inside the replaced span and re-inserts it.
 * Returns undefined when nothing next to the words can carry the removal.
 */
export function planEdit(text: string, start: number, end: number, suggestion: string): Edit | undefined {
  if (suggestion !== '') return { start, end, replacement: suggestion };
  let from = start;
  let to = end;
  const spaceAfter = HORIZONTAL_SPACE.test(text[to] ?? '');
  const spaceBefore = HORIZONTAL_SPACE.test(text[from - 1] ?? '');
  if (spaceAfter && (from === 0 || !spaceBefore)) to++;
  else if (spaceBefore) from--;
  if (from > 0 && text[from - 1] !== '\n') {
    const keep = codePointBefore(text, from);
    return { start: from - keep, end: to, replacement: text.slice(from - keep, from) };
  }
  if (to < text.length && text[to] !== '\n') {
    const keep = codePointAt(text, to);
    return { start: from, end: to + keep, replacement: text.slice(to, to + keep) };
  }
  return undefined;
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

/** Matching a hostile word list over a document, words spelled out letter by letter included. */
import type { Doc } from '../../doc';
import type { Lexicon } from '../../lexicon';
import type { HostileEntry } from './data/build';

export interface ListMatch {
  entry: HostileEntry;
  /** Index of the first matched token; undefined for words spelled out ("i d i o t"). */
  first?: number;
  start: number;
  end: number;
}

/** Every flagged phrase of `lexicon` in `doc`; innocent phrases ("fan av") hide their words. */
export function matchList(lexicon: Lexicon<HostileEntry>, doc: Doc): ListMatch[] {
  const found: ListMatch[] = [];
  for (const { entry, first, start, stop } of lexicon.match(doc)) {
    if (!entry.ignore) found.push({ entry, first, start, end: stop });
  }
  for (const token of doc.spelledOut) {
    const entry = lexicon.matchToken(token, doc.sentenceLangs[token.sentence]!);
    if (entry && !entry.ignore) found.push({ entry, start: token.start, end: token.end });
  }
  return found;
}

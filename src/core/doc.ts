/** A draft prepared once for all rules: folded text, tokens, sentences and their languages. */
import { fold, type Folded, originalSpan } from './text/fold';
import { joinSpelledOut, tokenize, type Sentence, type Token } from './text/tokens';
import { detectLanguages } from './language';
import type { Lang } from './types';

export interface Doc {
  /** The original text; all offsets in findings point into it. */
  text: string;
  folded: Folded;
  tokens: Token[];
  sentences: Sentence[];
  /** Words spelled out letter by letter ("i d i o t"), read as one token each. */
  spelledOut: Token[];
  language: Lang | 'und';
  /** The languages whose word lists apply to each sentence. */
  sentenceLangs: ReadonlySet<Lang>[];
  /** Every language that applies somewhere in the post. */
  langs: ReadonlySet<Lang>;
}

export function buildDoc(text: string, pinned?: readonly Lang[]): Doc {
  const folded = fold(text);
  const { tokens, sentences } = tokenize(folded);
  const report = detectLanguages(folded.text, tokens, sentences, pinned);
  const langs = new Set<Lang>();
  for (const set of report.sentences) for (const lang of set) langs.add(lang);
  return {
    text,
    folded,
    tokens,
    sentences,
    spelledOut: joinSpelledOut(tokens, folded),
    language: report.main,
    sentenceLangs: report.sentences,
    langs,
  };
}

/** Maps a span of `doc.folded.text` to the original text. */
export function spanOf(doc: Doc, fstart: number, fend: number): { start: number; end: number } {
  return originalSpan(doc.folded, fstart, fend);
}

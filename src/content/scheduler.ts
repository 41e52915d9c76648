/**
 * When to analyse: shortly after the last keystroke, but at least now and then during a long
 * burst of typing; and how much: a giant paste is cut so one analysis stays one short task.
 */
import { ANALYSIS_LIMIT } from '../shared/messages';
import { guard } from './safe';

export interface Debouncer {
  /** Call on every change; cheap (just moves a timer). */
  poke(): void;
  /** Drops a pending call, if any. */
  cancel(): void;
  /** Whether a call is waiting for its time. */
  pending(): boolean;
}

export interface DebounceOptions {
  /** Quiet time after the last poke. */
  delay: number;
  /** Longest time a pending call waits while pokes keep coming. */
  maxWait: number;
}

export function debounce(run: () => void, { delay, maxWait }: DebounceOptions, now: () => number = () => performance.now()): Debouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPokeAt = 0;
  const fire = guard('analysis timer', () => {
    timer = undefined;
    run();
  });
  return {
    poke() {
      const time = now();
      if (timer === undefined) firstPokeAt = time;
      else clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(delay, firstPokeAt + maxWait - time)));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    pending() {
      return timer !== undefined;
    },
  };
}


/** The prefix of `text` to analyse: at most `limit` characters, cut at a line or word boundary. */
export function analysableText(text: string, limit = ANALYSIS_LIMIT): { text: string; truncated: boolean } {
  if (text.length <= limit) return { text, truncated: false };
  let cut = limit;
  const boundary = Math.max(text.lastIndexOf('\n', limit), text.lastIndexOf(' ', limit));
  if (boundary > limit * 0.9) cut = boundary;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  return { text: text.slice(0, cut), truncated: true };
}

/** Where a text edit happened: the common prefix and suffix of two texts. */
export function diffRange(before: string, after: string): { prefix: number; suffix: number } {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return { prefix, suffix };
}

/**
 * Moves spans of `before` to their place in `after` when the edit did not touch them; spans the
 * edit overlapped are dropped until the next analysis. Keeps underlines on their words while typing.
 */
export function shiftSpans<T extends { start: number; end: number }>(spans: readonly T[], before: string, after: string): T[] {
  const { prefix, suffix } = diffRange(before, after);
  const delta = after.length - before.length;
  const editEnd = before.length - suffix;
  const moved: T[] = [];
  for (const span of spans) {
    // A span touching the edit may have changed (a word got longer): drop it until re-analysed.
    if (span.end < prefix) moved.push(span);
    else if (span.start > editEnd) moved.push({ ...span, start: span.start + delta, end: span.end + delta });
  }
  return moved;
}

/**
 * Fingerprints of recently sent posts, for the repeat-post check. Only MinHash sketches are kept,
 * never text, and only for REPEAT_WINDOW_DAYS.
 */
import { similarity } from '../core/fingerprint';
import { PLATFORMS, type Platform } from '../core/types';
import { isFingerprint } from './message-validation';
import type { RepeatCheck } from './messages';

export const SENT_POSTS_KEY = 'sentPosts';
export const REPEAT_WINDOW_DAYS = 14;
const WINDOW_MS = REPEAT_WINDOW_DAYS * 24 * 60 * 60 * 1000;
/** Far more than anyone posts in two weeks; bounds storage if a sender misbehaves. */
const MAX_SENT_POSTS = 1000;

export interface SentPost {
  fingerprint: number[];
  platform: Platform;
  /** Milliseconds since the epoch. */
  sentAt: number;
}

const isSentPost = (value: unknown): value is SentPost => {
  if (typeof value !== 'object' || value === null) return false;
  const post = value as Partial<SentPost>;
  return isFingerprint(post.fingerprint) && PLATFORMS.includes(post.platform as Platform) &&
    typeof post.sentAt === 'number' && Number.isFinite(post.sentAt);
};

/** The posts sent within the window before `now`; anything unreadable is dropped. */
export function recentPosts(raw: unknown, now: number): SentPost[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isSentPost).filter(post => post.sentAt > now - WINDOW_MS && post.sentAt <= now);
}

export function addSentPost(posts: readonly SentPost[], post: SentPost): SentPost[] {
  return [...posts, post].slice(-MAX_SENT_POSTS);
}

/** The most similar recent post to `fingerprint`. */
export function closestPost(posts: readonly SentPost[], fingerprint: readonly number[]): RepeatCheck {
  let best: RepeatCheck = { similarity: 0 };
  for (const post of posts) {
    const score = similarity(fingerprint, post.fingerprint);
    if (score > best.similarity) best = { similarity: score, platform: post.platform, sentAt: post.sentAt };
  }
  return best;
}

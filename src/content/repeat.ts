/**
 * "Posting the same update over and over": asks the background how close a draft is to posts
 * sent in the last 14 days (it keeps only fingerprints) and turns a close match into a finding.
 */
import { fingerprint } from '../core/fingerprint';
import type { Finding, Platform } from '../core/types';
import type { RepeatCheck } from '../shared/messages';
import { sendToBackground } from './runtime';
import { analysableText } from './scheduler';
import { t } from './strings';

export const REPEAT_RULE = 'spam.repeat-post';
/** Shorter drafts ("Thanks!", "Congratulations!") repeat naturally. */
export const REPEAT_MIN_LENGTH = 60;
export const REPEAT_SIMILARITY = 0.8;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The sketch of a draft: of the part that is analysed, so a giant paste costs no more than that. */
export function draftFingerprint(text: string): number[] {
  return fingerprint(analysableText(text).text);
}

export async function checkRepeat(text: string): Promise<RepeatCheck | undefined> {
  if (text.trim().length < REPEAT_MIN_LENGTH) return undefined;
  const sketch = draftFingerprint(text);
  if (sketch.length === 0) return undefined;
  const answer = await sendToBackground<RepeatCheck>({ type: 'check-repeat', fingerprint: sketch });
  return answer && answer.similarity >= REPEAT_SIMILARITY ? answer : undefined;
}

/** A spam finding over the whole draft (without its surrounding blank space). */
export function repeatFinding(text: string, match: RepeatCheck, here: Platform, now = Date.now()): Finding | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const end = text.trimEnd().length;
  const platform = t(`platform_${match.platform ?? here}`);
  const days = match.sentAt === undefined ? 0 : Math.floor((now - match.sentAt) / DAY_MS);
  return {
    ruleId: REPEAT_RULE,
    category: 'spam',
    severity: 'warning',
    start,
    end,
    text: text.slice(start, end),
    message: days >= 1 ? t('repeat_post', platform, days) : t('repeat_post_today', platform),
    suggestions: [],
  };
}

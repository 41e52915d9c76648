/**
 * UI strings of the content script. Translations live in _locales as `content_<key>`; the English
 * text here is the fallback when a key is missing. `$1`, `$2` mark substitutions, as in _locales.
 */
import { localizedMessage } from './runtime';

const ENGLISH = {
  category_spam: 'Spam',
  category_promotional: 'Over-promotional',
  category_oversharing: 'Oversharing',
  category_hostile: 'Hostile',
  category_platform: 'Platform fit',
  severity_info: 'Tip',
  severity_warning: 'Warning',
  severity_critical: 'Critical',
  flagged_words: 'Flagged: “$1”',
  suggestions: 'Suggestions',
  apply_suggestion: 'Replace with “$1”',
  remove_words: 'Remove “$1”',
  could_not_apply: 'Could not apply this change here. Please edit the text by hand.',
  ignore_here: 'Ignore here',
  never_flag_word: 'Never flag “$1”',
  turn_off_rule: 'Turn off this rule',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  back_to_list: 'All findings',
  finding_position: '$1 of $2',
  list_label: 'Second Thought findings',
  badge_label: 'Second Thought: $1 findings. Open the list (Alt+Shift+Enter).',
  findings_none: 'Second Thought: no findings.',
  findings_one: 'Second Thought: 1 finding.',
  findings_many: 'Second Thought: $1 findings.',
  truncated_note: 'Only the first $1 characters are checked.',
  repeat_post: 'This is nearly the same as a post you sent on $1 $2 days ago. Posting the same update again looks like spam.',
  repeat_post_today: 'This is nearly the same as a post you sent on $1 today. Posting the same update again looks like spam.',
  prompt_title: 'Post this as it is?',
  prompt_body: 'Your draft still has $1 that could hurt you: $2.',
  prompt_body_one: 'a serious problem',
  prompt_body_many: '$1 serious problems',
  prompt_review: 'Review',
  prompt_post_anyway: 'Post anyway',
  platform_linkedin: 'LinkedIn',
  platform_facebook: 'Facebook',
  platform_x: 'X',
} as const;

export type StringKey = keyof typeof ENGLISH;
export const STRING_KEYS = Object.keys(ENGLISH) as StringKey[];

/** Messages never change while a page lives, and the UI re-renders on every keystroke. */
const cache = new Map<string, string>();

export function t(key: StringKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  const cacheKey = values.length ? `${key}\u0000${values.join('\u0000')}` : key;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const translated =
    localizedMessage(`content_${key}`, values.length ? values : undefined) ||
    ENGLISH[key].replace(/\$(\d)/g, (marker, n: string) => values[Number(n) - 1] ?? marker);
  if (cache.size < 500) cache.set(cacheKey, translated);
  return translated;
}

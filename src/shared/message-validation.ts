/**
 * Strict parsing of messages arriving at the background: unknown types or fields, wrong types and
 * out-of-range numbers are rejected, so a confused or hostile sender cannot corrupt stored data.
 */
import { FINGERPRINT_SIZE } from '../core/fingerprint';
import { CATEGORIES, LANGUAGES, PLATFORMS, SENSITIVITIES, SEVERITIES, UI_LANGUAGES } from '../core/types';
import { ANALYSIS_LIMIT, type Message, type RuleCount, type StatsEvent } from './messages';
import { analysisFieldsValid, isRuleId, type SettingsChange } from './settings-schema';
import { ANALYSIS_FIELDS } from './settings';

/** More findings than this in one draft means the sender is broken. */
export const MAX_COUNT = 1000;
const MAX_RULES_PER_EVENT = 200;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` is an object with all of `required` and nothing outside `required` and `optional`. */
function hasExactly(value: unknown, required: readonly string[], optional: readonly string[] = []): value is Fields {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return required.every(key => key in value) && keys.every(key => required.includes(key) || optional.includes(key));
}

const isOneOf = (values: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && values.includes(value);

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_COUNT;

function isRuleCounts(value: unknown): value is RuleCount[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_RULES_PER_EVENT &&
    value.every(
      item => hasExactly(item, ['ruleId', 'category', 'count']) &&
        isRuleId(item.ruleId) && isOneOf(CATEGORIES, item.category) && isCount(item.count),
    )
  );
}

export function isFingerprint(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === FINGERPRINT_SIZE &&
    value.every(item => typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 0xffffffff)
  );
}

function isStatsEvent(value: unknown): value is StatsEvent {
  if (!isObject(value) || !isOneOf(PLATFORMS, value.platform)) return false;
  const ruleFields = (event: Fields) => isRuleId(event.ruleId) && isOneOf(CATEGORIES, event.category);
  switch (value.kind) {
    case 'draft-checked':
      return hasExactly(value, ['kind', 'platform']);
    case 'findings-shown':
      return hasExactly(value, ['kind', 'platform', 'findings']) && isRuleCounts(value.findings);
    case 'fix-applied':
      return hasExactly(value, ['kind', 'platform', 'ruleId', 'category']) && ruleFields(value);
    case 'finding-ignored':
      return hasExactly(value, ['kind', 'platform', 'ruleId', 'category', 'scope']) &&
        ruleFields(value) && isOneOf(['here', 'word', 'rule'], value.scope);
    case 'prompt':
      return hasExactly(value, ['kind', 'platform', 'outcome']) &&
        isOneOf(['reviewed', 'cancelled', 'posted-anyway'], value.outcome);
    case 'post-sent':
      return hasExactly(value, ['kind', 'platform', 'findings'], ['fingerprint']) &&
        isRuleCounts(value.findings) && (value.fingerprint === undefined || isFingerprint(value.fingerprint));
    default:
      return false;
  }
}

function isSettingsChange(value: unknown): value is SettingsChange {
  if (!isObject(value)) return false;
  const shortText = (text: unknown) => typeof text === 'string' && text.length <= 1000;
  switch (value.kind) {
    case 'set-enabled':
      return hasExactly(value, ['kind', 'enabled']) && isBoolean(value.enabled);
    case 'set-site':
      return hasExactly(value, ['kind', 'platform', 'enabled']) && isOneOf(PLATFORMS, value.platform) && isBoolean(value.enabled);
    case 'set-category':
      return hasExactly(value, ['kind', 'category', 'enabled']) && isOneOf(CATEGORIES, value.category) && isBoolean(value.enabled);
    case 'set-rule':
      return hasExactly(value, ['kind', 'ruleId', 'enabled']) && isRuleId(value.ruleId) && isBoolean(value.enabled);
    case 'set-sensitivity':
      return hasExactly(value, ['kind', 'sensitivity']) && isOneOf(SENSITIVITIES, value.sensitivity);
    case 'set-languages':
      return hasExactly(value, ['kind', 'languages']) && (value.languages === 'auto' ||
        (Array.isArray(value.languages) && value.languages.every(lang => isOneOf(LANGUAGES, lang))));
    case 'set-send-check':
      return hasExactly(value, ['kind', 'enabled', 'threshold']) && isBoolean(value.enabled) && isOneOf(SEVERITIES, value.threshold);
    case 'allow-word':
    case 'remove-allowed-word':
      return hasExactly(value, ['kind', 'word']) && shortText(value.word);
    case 'add-custom-term':
      // The term's own fields are validated when the change is applied.
      return hasExactly(value, ['kind', 'term']) && isObject(value.term);
    case 'remove-custom-term':
      return hasExactly(value, ['kind', 'term']) && shortText(value.term);
    case 'replace-all':
      return hasExactly(value, ['kind', 'settings']) && isObject(value.settings);
    default:
      return false;
  }
}

/** The message, if `raw` is exactly one of the messages the background accepts. */
export function parseMessage(raw: unknown): Message | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'analyze':
      return hasExactly(raw, ['type', 'text', 'platform', 'uiLanguage', 'settings']) &&
        typeof raw.text === 'string' && raw.text.length <= ANALYSIS_LIMIT &&
        isOneOf(PLATFORMS, raw.platform) && isOneOf(UI_LANGUAGES, raw.uiLanguage) &&
        hasExactly(raw.settings, ANALYSIS_FIELDS) && analysisFieldsValid(raw.settings)
        ? (raw as Message)
        : undefined;
    case 'stats-event':
      return hasExactly(raw, ['type', 'event']) && isStatsEvent(raw.event) ? (raw as Message) : undefined;
    case 'check-repeat':
      return hasExactly(raw, ['type', 'fingerprint']) && isFingerprint(raw.fingerprint) ? (raw as Message) : undefined;
    case 'update-settings':
      return hasExactly(raw, ['type', 'change']) && isSettingsChange(raw.change) ? (raw as Message) : undefined;
    case 'clear-stats':
    case 'register-tab':
    case 'warm-up':
      return hasExactly(raw, ['type']) ? (raw as Message) : undefined;
    case 'tab-site':
      return hasExactly(raw, ['type', 'tabId']) && Number.isSafeInteger(raw.tabId) && (raw.tabId as number) >= 0
        ? (raw as Message)
        : undefined;
    default:
      return undefined;
  }
}

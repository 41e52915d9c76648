import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint';
import { MAX_COUNT, parseMessage } from '../../src/shared/message-validation';
import { ANALYSIS_LIMIT, type Message } from '../../src/shared/messages';
import { analysisSettings, DEFAULT_SETTINGS } from '../../src/shared/settings';

const analysis = analysisSettings({
  ...DEFAULT_SETTINGS,
  languages: ['sv'],
  allowList: ['synergy'],
  customTerms: [{ term: 'Falcon', category: 'oversharing' }],
});
const analyze = (fields: Record<string, unknown>) =>
  ({ type: 'analyze', text: 'hello', platform: 'x', uiLanguage: 'sv', settings: analysis, ...fields });

const valid: Message[] = [
  { type: 'stats-event', event: { kind: 'draft-checked', platform: 'x' } },
  { type: 'stats-event', event: { kind: 'findings-shown', platform: 'facebook', findings: [{ ruleId: 'spam-caps', category: 'spam', count: 2 }] } },
  { type: 'stats-event', event: { kind: 'fix-applied', platform: 'linkedin', ruleId: 'custom:falcon', category: 'oversharing' } },
  { type: 'stats-event', event: { kind: 'finding-ignored', platform: 'linkedin', ruleId: 'spam-caps', category: 'spam', scope: 'word' } },
  { type: 'stats-event', event: { kind: 'prompt', platform: 'x', outcome: 'reviewed' } },
  { type: 'stats-event', event: { kind: 'post-sent', platform: 'x', findings: [] } },
  { type: 'stats-event', event: { kind: 'post-sent', platform: 'x', findings: [], fingerprint: fingerprint('hello there world') } },
  { type: 'check-repeat', fingerprint: fingerprint('hello there world') },
  { type: 'update-settings', change: { kind: 'allow-word', word: 'synergy' } },
  { type: 'update-settings', change: { kind: 'set-languages', languages: ['sv', 'nn'] } },
  { type: 'update-settings', change: { kind: 'set-send-check', enabled: true, threshold: 'warning' } },
  { type: 'clear-stats' },
  { type: 'warm-up' },
  analyze({}) as Message,
  analyze({ text: 'x'.repeat(ANALYSIS_LIMIT) }) as Message,
];

describe('parseMessage', () => {
  it.each(valid.map(message => [JSON.stringify(message).slice(0, 90), message]))('accepts %s', (_, message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  const invalid: [string, unknown][] = [
    ['no type', { event: {} }],
    ['unknown type', { type: 'export-history' }],
    ['extra top-level field', { type: 'clear-stats', all: true }],
    ['extra event field (text)', { type: 'stats-event', event: { kind: 'draft-checked', platform: 'x', text: 'secret' } }],
    ['unknown platform', { type: 'stats-event', event: { kind: 'draft-checked', platform: 'mastodon' } }],
    ['unknown kind', { type: 'stats-event', event: { kind: 'typed', platform: 'x' } }],
    ['count too high', { type: 'stats-event', event: { kind: 'findings-shown', platform: 'x', findings: [{ ruleId: 'a', category: 'spam', count: MAX_COUNT + 1 }] } }],
    ['negative count', { type: 'stats-event', event: { kind: 'findings-shown', platform: 'x', findings: [{ ruleId: 'a', category: 'spam', count: -1 }] } }],
    ['fractional count', { type: 'stats-event', event: { kind: 'findings-shown', platform: 'x', findings: [{ ruleId: 'a', category: 'spam', count: 1.5 }] } }],
    ['rule id with spaces', { type: 'stats-event', event: { kind: 'fix-applied', platform: 'x', ruleId: 'my draft text', category: 'spam' } }],
    ['unknown category', { type: 'stats-event', event: { kind: 'fix-applied', platform: 'x', ruleId: 'a', category: 'rude' } }],
    ['bad scope', { type: 'stats-event', event: { kind: 'finding-ignored', platform: 'x', ruleId: 'a', category: 'spam', scope: 'forever' } }],
    ['short fingerprint', { type: 'check-repeat', fingerprint: [1, 2, 3] }],
    ['fingerprint with text', { type: 'check-repeat', fingerprint: fingerprint('a b c').map((v, i) => (i ? v : 'x')) }],
    ['unknown settings change', { type: 'update-settings', change: { kind: 'set-theme', theme: 'dark' } }],
    ['bad language', { type: 'update-settings', change: { kind: 'set-languages', languages: ['fr'] } }],
    ['huge word', { type: 'update-settings', change: { kind: 'allow-word', word: 'x'.repeat(5000) } }],
    ['array', [{ type: 'clear-stats' }]],
    ['warm-up with a field', { type: 'warm-up', text: 'hi' }],
    ['draft longer than the limit', analyze({ text: 'x'.repeat(ANALYSIS_LIMIT + 1) })],
    ['draft that is not text', analyze({ text: 42 })],
    ['unknown message language', analyze({ uiLanguage: 'fr' })],
    ['analysis without settings', analyze({ settings: undefined })],
    ['analysis setting missing', analyze({ settings: { ...analysis, sensitivity: undefined } })],
    ['analysis setting not needed', analyze({ settings: { ...analysis, enabled: true } })],
    ['analysis setting invalid', analyze({ settings: { ...analysis, languages: ['fr'] } })],
    ['analysis custom term invalid', analyze({ settings: { ...analysis, customTerms: [{ term: '', category: 'spam' }] } })],
  ];
  it.each(invalid)('rejects %s', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });
});

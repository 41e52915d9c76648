import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../src/background/handlers';
import { fingerprint } from '../../src/core/fingerprint';
import type { Message, StatsEvent } from '../../src/shared/messages';
import { analysisSettings, DEFAULT_SETTINGS } from '../../src/shared/settings';
import { fromSyncItems } from '../../src/shared/settings-sync';
import { readStats, summarizeWeek } from '../../src/shared/stats';
import { fakeStorage } from './fake-storage';

const ORIGIN = 'chrome-extension://abc/';
const PAGE = { url: `${ORIGIN}src/options/index.html` };
const TAB = { url: 'https://www.linkedin.com/feed/' };

function setup(now = new Date(2025, 5, 4, 10)) {
  const storage = fakeStorage();
  const start = () => createMessageHandler({ sync: storage.sync.asArea(), local: storage.local.asArea(), session: storage.session.asArea(), now: () => now, extensionOrigin: ORIGIN });
  return { storage, handle: start(), restart: start };
}

const event = (event: StatsEvent): Message => ({ type: 'stats-event', event });

async function weekOf(storage: ReturnType<typeof fakeStorage>) {
  const stats = readStats((await storage.local.get('stats')).stats);
  return summarizeWeek(stats, '2025-06-02');
}

describe('background stats', () => {
  it('counts many events sent at once from many tabs exactly', async () => {
    const { storage, handle } = setup();
    const platforms = ['linkedin', 'facebook', 'x'] as const;
    const sends = platforms.flatMap(platform =>
      Array.from({ length: 40 }, (_, i) =>
        handle(event(i % 2
          ? { kind: 'draft-checked', platform }
          : { kind: 'post-sent', platform, findings: [{ ruleId: 'promo-hard-sell', category: 'promotional', count: 2 }] }), TAB)));
    const answers = await Promise.all(sends);
    expect(answers.every(answer => 'ok' in answer && answer.ok)).toBe(true);
    const week = await weekOf(storage);
    expect(week.checked).toBe(60);
    expect(week.sent).toBe(60);
    expect(week.sentPromotional).toBe(60);
    expect(week.byPlatform.x).toEqual({ checked: 20, sent: 20 });
  });

  it('has persisted the event by the time it answers, so a restarted worker sees it', async () => {
    const { storage, handle, restart } = setup();
    await handle(event({ kind: 'fix-applied', platform: 'x', ruleId: 'spam-caps', category: 'spam' }), TAB);
    const stored = readStats((await storage.local.get('stats')).stats);
    expect(stored.days['2025-06-04']?.x?.rules['spam-caps']?.fixed).toBe(1);
    await restart()(event({ kind: 'fix-applied', platform: 'x', ruleId: 'spam-caps', category: 'spam' }), TAB);
    expect((await weekOf(storage)).fixed).toBe(2);
  });

  it('rejects malformed messages without touching storage', async () => {
    const { storage, handle } = setup();
    const bad = [
      null, 'hello', { type: 'stats-event' },
      { type: 'stats-event', event: { kind: 'draft-checked', platform: 'myspace' } },
      { type: 'stats-event', event: { kind: 'draft-checked', platform: 'x', text: 'my draft' } },
      { type: 'stats-event', event: { kind: 'findings-shown', platform: 'x', findings: [{ ruleId: 'a', category: 'spam', count: 1e9 }] } },
      { type: 'delete-everything' },
    ];
    for (const message of bad) expect(await handle(message, TAB)).toEqual({ ok: false, error: 'invalid-message' });
    expect(storage.local.data.size).toBe(0);
  });

  it('lets only extension pages clear the stats', async () => {
    const { storage, handle } = setup();
    await handle(event({ kind: 'draft-checked', platform: 'x' }), TAB);
    expect(await handle({ type: 'clear-stats' }, TAB)).toEqual({ ok: false, error: 'not-allowed' });
    expect(storage.local.data.has('stats')).toBe(true);
    expect(await handle({ type: 'clear-stats' }, PAGE)).toEqual({ ok: true });
    expect(storage.local.data.size).toBe(0);
  });
});

describe('repeat-post check', () => {
  const post = 'We are hiring! Join our amazing team of engineers building the future of payments in Oslo.';

  it('answers with the similarity to the closest post sent in the last 14 days', async () => {
    let now = new Date(2025, 5, 4, 10);
    const storage = fakeStorage();
    const handle = createMessageHandler({ sync: storage.sync.asArea(), local: storage.local.asArea(), session: storage.session.asArea(), now: () => now, extensionOrigin: ORIGIN });
    await handle(event({ kind: 'post-sent', platform: 'linkedin', findings: [], fingerprint: fingerprint(post) }), TAB);
    expect(JSON.stringify(storage.local.data.get('sentPosts'))).not.toMatch(/hiring/i);

    const check = await handle({ type: 'check-repeat', fingerprint: fingerprint(post.replace('Oslo', 'Bergen')) }, TAB);
    expect(check).toMatchObject({ platform: 'linkedin', sentAt: now.getTime() });
    expect((check as { similarity: number }).similarity).toBeGreaterThan(0.6);

    now = new Date(2025, 5, 19, 10);
    expect(await handle({ type: 'check-repeat', fingerprint: fingerprint(post) }, TAB)).toEqual({ similarity: 0 });
  });
});

describe('background settings', () => {
  it('applies changes from tabs and pages one after another without losing any', async () => {
    const { storage, handle } = setup();
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`);
    await Promise.all([
      ...words.map(word => handle({ type: 'update-settings', change: { kind: 'allow-word', word } }, TAB)),
      handle({ type: 'update-settings', change: { kind: 'set-rule', ruleId: 'promo-hard-sell', enabled: false } }, TAB),
      handle({ type: 'update-settings', change: { kind: 'set-sensitivity', sensitivity: 'strict' } }, PAGE),
    ]);
    const { settings, problems } = fromSyncItems(await storage.sync.get(null));
    expect(problems).toEqual([]);
    expect(new Set(settings.allowList)).toEqual(new Set(words));
    expect(settings.disabledRules).toEqual(['promo-hard-sell']);
    expect(settings.sensitivity).toBe('strict');
  });

  it('keeps large lists within storage.sync item quotas and removes chunks no longer used', async () => {
    const { storage, handle } = setup();
    const customTerms = Array.from({ length: 100 }, (_, i) => ({
      term: `Project ${i} ${'x'.repeat(40)}`, category: 'oversharing' as const, message: 'm'.repeat(190),
    }));
    const big = { ...DEFAULT_SETTINGS, customTerms };
    expect(await handle({ type: 'update-settings', change: { kind: 'replace-all', settings: big } }, PAGE)).toMatchObject({ ok: true });
    expect([...storage.sync.data.keys()].filter(key => key.startsWith('customTerms.')).length).toBeGreaterThan(2);
    expect(fromSyncItems(await storage.sync.get(null)).settings.customTerms).toEqual(customTerms);

    await handle({ type: 'update-settings', change: { kind: 'replace-all', settings: DEFAULT_SETTINGS } }, PAGE);
    expect([...storage.sync.data.keys()].sort()).toEqual(['allowList.0', 'customTerms.0', 'disabledRules.0', 'settings']);
  });

  it('refuses an import from a content script and invalid settings from anyone', async () => {
    const { storage, handle } = setup();
    const replace = (settings: unknown) => ({ type: 'update-settings', change: { kind: 'replace-all', settings } });
    expect(await handle(replace(DEFAULT_SETTINGS), TAB)).toEqual({ ok: false, error: 'not-allowed' });
    expect(await handle(replace({ ...DEFAULT_SETTINGS, sensitivity: 'paranoid' }), PAGE)).toEqual({ ok: false, error: 'invalid' });
    expect(storage.sync.data.size).toBe(0);
  });

  it('reports errors for bad custom terms', async () => {
    const { handle } = setup();
    const add = (term: unknown) => handle({ type: 'update-settings', change: { kind: 'add-custom-term', term } }, PAGE);
    expect(await add({ term: '  ', category: 'spam' })).toEqual({ ok: false, error: 'empty' });
    expect(await add({ term: 'Falcon', category: 'oversharing' })).toMatchObject({ ok: true });
    expect(await add({ term: 'falcon', category: 'spam' })).toEqual({ ok: false, error: 'duplicate' });
    expect(await add({ term: 'Kestrel', category: 'platform' })).toEqual({ ok: false, error: 'invalid' });
    expect(await add({ term: 42, category: 'spam' })).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('tab sites', () => {
  it('remembers the site of each tab whose content script talks to the background, across restarts', async () => {
    const { handle, restart } = setup();
    expect(await handle({ type: 'register-tab' }, { url: 'https://x.com/home', tab: { id: 7 } })).toEqual({ ok: true });
    await handle(event({ kind: 'draft-checked', platform: 'linkedin' }), { url: 'https://www.linkedin.com/feed/', tab: { id: 9 } });
    const fresh = restart();
    expect(await fresh({ type: 'tab-site', tabId: 7 }, PAGE)).toEqual({ platform: 'x' });
    expect(await fresh({ type: 'tab-site', tabId: 9 }, PAGE)).toEqual({ platform: 'linkedin' });
    expect(await fresh({ type: 'tab-site', tabId: 8 }, PAGE)).toEqual({});
  });

  it('ignores tabs on other sites', async () => {
    const { handle } = setup();
    await handle({ type: 'register-tab' }, { url: 'https://example.com/', tab: { id: 3 } });
    expect(await handle({ type: 'tab-site', tabId: 3 }, PAGE)).toEqual({});
  });
});

describe('analysis', () => {
  const analyze = (text: string, settings = DEFAULT_SETTINGS, uiLanguage: 'en' | 'de' = 'en'): Message =>
    ({ type: 'analyze', text, platform: 'linkedin', uiLanguage, settings: analysisSettings(settings) });

  it('answers a draft with findings at exact offsets and stores nothing', async () => {
    const { storage, handle } = setup();
    const text = 'Thanks, but honestly you are an idiot.';
    const answer = await handle(analyze(text), { ...TAB, tab: { id: 4 } });
    expect(answer).toMatchObject({ language: 'en' });
    const findings = 'findings' in answer ? answer.findings : [];
    expect(findings.map(f => text.slice(f.start, f.end))).toEqual(['you are an idiot']);
    const stored = JSON.stringify([await storage.local.get(null), await storage.sync.get(null), await storage.session.get(null)]);
    expect(stored).not.toContain('idiot');
    expect(stored).not.toContain('honestly');
  });

  it('follows the settings sent with the draft and writes messages in the asked language', async () => {
    const { handle } = setup();
    const text = 'Thanks, but honestly you are an idiot.';
    const off = await handle(analyze(text, { ...DEFAULT_SETTINGS, disabledCategories: ['hostile'] }), TAB);
    expect('findings' in off && off.findings.filter(f => f.category === 'hostile')).toEqual([]);
    const allowed = await handle(analyze(text, { ...DEFAULT_SETTINGS, allowList: ['idiot'] }), TAB);
    expect('findings' in allowed && allowed.findings.some(f => f.category === 'hostile')).toBe(false);
    const english = await handle(analyze(text), TAB);
    const german = await handle(analyze(text, DEFAULT_SETTINGS, 'de'), TAB);
    const message = (answer: typeof english) => ('findings' in answer ? answer.findings.find(f => f.ruleId === 'hostile.insult')?.message : undefined);
    expect(message(german)).toBeTruthy();
    expect(message(german)).not.toBe(message(english));
  });

  it('refuses a draft with broken settings instead of guessing them', async () => {
    const { handle } = setup();
    const broken = { ...analyze('hello'), settings: { ...analysisSettings(DEFAULT_SETTINGS), sensitivity: 'paranoid' } };
    expect(await handle(broken, TAB)).toEqual({ ok: false, error: 'invalid-message' });
  });

  it('warms up once and answers at once afterwards', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'warm-up' }, TAB)).toEqual({ ok: true });
    expect(await handle({ type: 'warm-up' }, TAB)).toEqual({ ok: true });
  });
});

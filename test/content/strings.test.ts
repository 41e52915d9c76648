import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn((key: string, _subs?: string[]) => (key === 'content_ignore_here' ? 'Ignorera här' : ''));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage, getUILanguage: () => 'sv' }, runtime: { sendMessage: vi.fn() } } }));

const { t, STRING_KEYS } = await import('../../src/content/strings');

describe('strings', () => {
  it('uses the translation from _locales under content_<key>', () => {
    expect(t('ignore_here')).toBe('Ignorera här');
  });

  it('falls back to English and fills substitutions', () => {
    expect(t('finding_position', 2, 5)).toBe('2 of 5');
    expect(getMessage).toHaveBeenCalledWith('content_finding_position', ['2', '5']);
  });

  it('has English text for every key', () => {
    for (const key of STRING_KEYS) expect(t(key)).not.toBe('');
  });
});

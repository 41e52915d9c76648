// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { Popup } = await import('../../src/popup/Popup');
const { Options } = await import('../../src/options/Options');
const { toSyncItems } = await import('../../src/shared/settings-sync');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

let root: HTMLElement;

beforeEach(async () => {
  await fake.storage.sync.clear();
  await fake.storage.local.clear();
  await fake.storage.session.clear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const text = () => root.textContent ?? '';
const byText = <T extends Element>(selector: string, content: string) =>
  [...root.querySelectorAll<T>(selector)].find(element => element.textContent?.includes(content));
const switchFor = (label: string) => byText<HTMLLabelElement>('label.switch', label)!.querySelector('input')!;

function toggle(input: HTMLInputElement) {
  input.checked = !input.checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('popup', () => {
  it('greets a new user, marks the active tab’s site and pauses it through the background', async () => {
    await fake.browser.runtime.sendFromLinkedInTab({ type: 'register-tab' });
    render(<Popup />, root);
    await vi.waitFor(() => expect(text()).toContain('Your week will show up here'));
    await vi.waitFor(() => expect(byText('label.switch', 'LinkedIn')?.textContent).toContain('(this tab)'));
    toggle(switchFor('LinkedIn'));
    await vi.waitFor(() => expect(fake.storage.sync.data.get('settings')).toMatchObject({ sites: { linkedin: false } }));
  });

  it('shows this week’s counts and updates them as events arrive', async () => {
    render(<Popup />, root);
    await fake.browser.runtime.sendMessage({ type: 'stats-event', event: { kind: 'post-sent', platform: 'x', findings: [] } });
    await vi.waitFor(() => expect(byText('.tile', 'Posts sent')?.querySelector('.tile-value')?.textContent).toBe('1'));
    await fake.browser.runtime.sendMessage({ type: 'stats-event', event: { kind: 'post-sent', platform: 'x', findings: [] } });
    await vi.waitFor(() => expect(byText('.tile', 'Posts sent')?.querySelector('.tile-value')?.textContent).toBe('2'));
    expect(text()).toContain('This week');
  });

  it('shows a notice when stored settings were corrupt', async () => {
    await fake.storage.sync.set({ ...toSyncItems(DEFAULT_SETTINGS), 'allowList.0': 'not a list' });
    render(<Popup />, root);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('allowed words'));
  });

  it('opens the settings page', async () => {
    render(<Popup />, root);
    await vi.waitFor(() => expect(byText('button', 'Settings')).toBeDefined());
    byText<HTMLButtonElement>('button', 'Settings')!.click();
    expect(fake.openOptionsPage.calls).toBe(1);
  });
});

describe('options page', () => {
  it('turns a category off and reflects changes made elsewhere at once', async () => {
    render(<Options />, root);
    await vi.waitFor(() => expect(switchFor('Over-promotional').checked).toBe(true));
    toggle(switchFor('Over-promotional'));
    await vi.waitFor(() => expect(fake.storage.sync.data.get('settings')).toMatchObject({ disabledCategories: ['promotional'] }));

    // "Never flag this word" from a tab arrives through the background.
    await fake.browser.runtime.sendMessage({ type: 'update-settings', change: { kind: 'allow-word', word: 'synergy' } });
    await vi.waitFor(() => expect(text()).toContain('synergy'));
  });
});

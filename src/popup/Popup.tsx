/** The toolbar popup: the global switch, per-site pauses, and the week's posting stats. */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PLATFORMS } from '../core/types';
import { t, uiLanguage } from '../shared/i18n';
import { addDays, dayKey, earliestWeek, KEPT_WEEKS, summarizeWeek, weekStart } from '../shared/stats';
import { platformName } from '../shared/ui/labels';
import { Switch } from '../shared/ui/Switch';
import { useSettings } from '../shared/ui/useSettings';
import { useActivePlatform, useStats } from './hooks';
import { WeekView } from './WeekView';

function weekTitle(start: string, thisWeek: string): string {
  if (start === thisWeek) return t('popup_thisWeek');
  if (start === addDays(thisWeek, -7)) return t('popup_lastWeek');
  const date = new Date(`${start}T12:00`).toLocaleDateString(uiLanguage(), { day: 'numeric', month: 'long' });
  return t('popup_weekOf', date);
}

export function Popup() {
  const { settings, notice, change } = useSettings();
  const stats = useStats();
  const activePlatform = useActivePlatform();
  const thisWeek = weekStart(dayKey(new Date()));
  const [shownWeek, setShownWeek] = useState(thisWeek);

  const oldestAllowed = addDays(thisWeek, -7 * (KEPT_WEEKS - 1));
  const earliest = stats && earliestWeek(stats);
  const firstWeek = earliest && earliest > oldestAllowed ? earliest : oldestAllowed;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        {settings && (
          <Switch checked={settings.enabled} onChange={enabled => void change({ kind: 'set-enabled', enabled })}>
            {settings.enabled ? t('popup_on') : t('popup_off')}
          </Switch>
        )}
      </header>

      {notice && <p class="notice" role="alert">{notice}</p>}
      {settings && !settings.enabled && <p class="paused">{t('popup_pausedEverywhere')}</p>}

      {settings && (
        <section class="sites" aria-labelledby="sites-heading">
          <h2 id="sites-heading">{t('popup_checkOn')}</h2>
          <ul>
            {PLATFORMS.map(platform => (
              <li key={platform}>
                <Switch
                  checked={settings.sites[platform]}
                  disabled={!settings.enabled}
                  onChange={enabled => void change({ kind: 'set-site', platform, enabled })}
                >
                  {platformName(platform)}
                  {platform === activePlatform && <span class="this-tab"> {t('popup_thisTab')}</span>}
                </Switch>
              </li>
            ))}
          </ul>
        </section>
      )}

      {stats && (earliest === undefined ? (
        <section class="empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('popup_emptyTitle')}</h2>
          <p>{t('popup_emptyBody')}</p>
        </section>
      ) : (
        <section class="stats" aria-labelledby="week-heading">
          <nav class="week-nav" aria-label={t('popup_weekNavigation')}>
            <button
              type="button" class="button" disabled={shownWeek <= firstWeek}
              onClick={() => setShownWeek(addDays(shownWeek, -7))}
            >
              <span aria-hidden="true">‹ </span>{t('popup_previousWeek')}
            </button>
            <h2 id="week-heading" aria-live="polite">{weekTitle(shownWeek, thisWeek)}</h2>
            <button
              type="button" class="button" disabled={shownWeek >= thisWeek}
              onClick={() => setShownWeek(addDays(shownWeek, 7))}
            >
              {t('popup_nextWeek')}<span aria-hidden="true"> ›</span>
            </button>
          </nav>
          <WeekView week={summarizeWeek(stats, shownWeek)} previous={summarizeWeek(stats, addDays(shownWeek, -7))} />
        </section>
      ))}

      <footer class="popup-footer">
        <button type="button" class="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openSettings')}
        </button>
      </footer>
    </main>
  );
}

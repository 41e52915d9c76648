/** The global switch, sites, sensitivity, languages and the send-time check. */
import { LANGUAGES, PLATFORMS, SENSITIVITIES, SEVERITIES, type Lang } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { SettingsChange } from '../../shared/settings-schema';
import { languageName, platformName, sensitivityName } from '../../shared/ui/labels';
import { Switch } from '../../shared/ui/Switch';

interface Props {
  settings: Settings;
  change: (change: SettingsChange) => unknown;
}

export function General({ settings, change }: Props) {
  const pinned = settings.languages === 'auto' ? [] : settings.languages;
  const togglePinned = (lang: Lang, on: boolean) => {
    const next = on ? [...pinned, lang] : pinned.filter(other => other !== lang);
    // Unticking the last pinned language goes back to automatic detection.
    change({ kind: 'set-languages', languages: next.length ? next : 'auto' });
  };
  return (
    <>
      <section class="card" aria-labelledby="general-heading">
        <h2 id="general-heading">{t('options_general')}</h2>
        <Switch checked={settings.enabled} onChange={enabled => change({ kind: 'set-enabled', enabled })}>
          {t('options_enabled')}
        </Switch>
        <fieldset>
          <legend>{t('options_sites')}</legend>
          {PLATFORMS.map(platform => (
            <div key={platform}>
              <Switch checked={settings.sites[platform]} onChange={enabled => change({ kind: 'set-site', platform, enabled })}>
                {platformName(platform)}
              </Switch>
            </div>
          ))}
        </fieldset>
      </section>

      <section class="card" aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">{t('options_sensitivity')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('options_sensitivity')}</legend>
          {SENSITIVITIES.map(sensitivity => (
            <label key={sensitivity} class="choice">
              <input
                type="radio" name="sensitivity" value={sensitivity} checked={settings.sensitivity === sensitivity}
                onChange={() => change({ kind: 'set-sensitivity', sensitivity })}
              />
              <span>
                <strong>{sensitivityName(sensitivity)}</strong>
                <span class="hint">{t(`options_sensitivityHint_${sensitivity}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section class="card" aria-labelledby="languages-heading">
        <h2 id="languages-heading">{t('options_languages')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('options_languages')}</legend>
          <label class="choice">
            <input
              type="radio" name="language-mode" checked={settings.languages === 'auto'}
              onChange={() => change({ kind: 'set-languages', languages: 'auto' })}
            />
            <span>
              <strong>{t('options_languagesAuto')}</strong>
              <span class="hint">{t('options_languagesAutoHint')}</span>
            </span>
          </label>
          <label class="choice">
            <input
              type="radio" name="language-mode" checked={settings.languages !== 'auto'}
              onChange={() => settings.languages === 'auto' && change({ kind: 'set-languages', languages: [...defaultPinned()] })}
            />
            <span>
              <strong>{t('options_languagesPinned')}</strong>
              <span class="hint">{t('options_languagesPinnedHint')}</span>
            </span>
          </label>
          <div class="language-list">
            {LANGUAGES.map(lang => (
              <label key={lang} class="checkbox">
                <input
                  type="checkbox" checked={pinned.includes(lang)}
                  onChange={event => togglePinned(lang, event.currentTarget.checked)}
                />
                {languageName(lang)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="card" aria-labelledby="send-check-heading">
        <h2 id="send-check-heading">{t('options_sendCheck')}</h2>
        <p class="hint" id="send-check-hint">{t('options_sendCheckHint')}</p>
        <Switch
          checked={settings.sendCheck.enabled} describedBy="send-check-hint"
          onChange={enabled => change({ kind: 'set-send-check', enabled, threshold: settings.sendCheck.threshold })}
        >
          {t('options_sendCheckEnabled')}
        </Switch>
        <label class="field">
          <span>{t('options_sendCheckThreshold')}</span>
          <select
            value={settings.sendCheck.threshold} disabled={!settings.sendCheck.enabled}
            onChange={event => change({
              kind: 'set-send-check', enabled: settings.sendCheck.enabled,
              threshold: event.currentTarget.value as Settings['sendCheck']['threshold'],
            })}
          >
            {[...SEVERITIES].reverse().map(severity => (
              <option key={severity} value={severity}>{t(`options_threshold_${severity}`)}</option>
            ))}
          </select>
        </label>
      </section>
    </>
  );
}

/** Pinning starts from the browser's language when it is supported, else English. */
function defaultPinned(): Lang[] {
  const browserLang = navigator.language.slice(0, 2);
  const match = (LANGUAGES as readonly string[]).includes(browserLang) ? (browserLang as Lang) : browserLang === 'no' ? 'nb' : 'en';
  return [match];
}

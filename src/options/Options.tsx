/** The settings page. Every change goes through the background and reaches open tabs at once. */
import { t } from '../shared/i18n';
import { useSettings } from '../shared/ui/useSettings';
import { ClearStats, ImportExport } from './sections/Data';
import { General } from './sections/General';
import { AllowList, CustomTerms } from './sections/Lists';
import { Rules } from './sections/Rules';

export function Options() {
  const { settings, notice, change } = useSettings();
  return (
    <main class="options">
      <header>
        <h1>{t('options_title')}</h1>
        <p class="hint">{t('options_privacy')}</p>
      </header>
      {notice && <p class="notice" role="alert">{notice}</p>}
      {settings && (
        <>
          <General settings={settings} change={change} />
          <Rules settings={settings} change={change} />
          <CustomTerms settings={settings} change={change} />
          <AllowList settings={settings} change={change} />
          <ImportExport settings={settings} change={change} />
          <ClearStats />
        </>
      )}
    </main>
  );
}

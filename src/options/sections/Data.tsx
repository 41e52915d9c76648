/** Export and import of settings, and clearing the stats. */
import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import type { Ack, Message, UpdateSettingsResponse } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { parseSettingsFile, settingsFileContent } from '../../shared/settings-file';
import type { SettingsChange } from '../../shared/settings-schema';

interface Props {
  settings: Settings;
  change: (change: SettingsChange) => Promise<UpdateSettingsResponse>;
}

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

export function ImportExport({ settings, change }: Props) {
  const [status, setStatus] = useState<Status>();
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([settingsFileContent(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'second-thought-settings.json';
    link.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseSettingsFile(await file.text(), file.size);
    if (!parsed.ok) {
      const fields = (parsed.fields ?? []).map(field => t(`settingsField_${field}`)).join(', ');
      setStatus({ kind: 'error', text: t(`options_importError_${parsed.error.replace(/-/g, '_')}`, fields) });
    } else {
      const result = await change({ kind: 'replace-all', settings: parsed.settings });
      setStatus(result.ok
        ? { kind: 'ok', text: t('options_importDone') }
        : { kind: 'error', text: t(`options_error_${result.error.replace(/-/g, '_')}`) });
    }
    // Lets the same file be chosen again after fixing it.
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section class="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('options_transfer')}</h2>
      <p class="hint">{t('options_transferHint')}</p>
      <div class="row">
        <button type="button" class="button" onClick={exportFile}>{t('options_export')}</button>
        <label class="button file-button">
          {t('options_import')}
          <input
            ref={fileInput} type="file" accept="application/json,.json" class="visually-hidden"
            onChange={event => void importFile(event.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <p role="status" class={status?.kind === 'error' ? 'error' : 'ok'} data-testid="import-status">{status?.text}</p>
    </section>
  );
}

export function ClearStats() {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);

  const clear = async () => {
    const message: Message = { type: 'clear-stats' };
    const result = (await browser.runtime.sendMessage(message)) as Ack;
    setConfirming(false);
    setDone(result.ok);
  };

  return (
    <section class="card" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('options_stats')}</h2>
      <p class="hint">{t('options_statsHint')}</p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="confirm-clear">
          <p id="confirm-clear">{t('options_clearStatsConfirm')}</p>
          <div class="row">
            <button type="button" class="button danger" onClick={() => void clear()}>{t('options_clearStatsYes')}</button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>{t('options_cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" class="button danger" onClick={() => { setDone(false); setConfirming(true); }}>
          {t('options_clearStats')}
        </button>
      )}
      <p role="status">{done ? t('options_statsCleared') : ''}</p>
    </section>
  );
}

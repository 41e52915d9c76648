/** The user's own words: custom terms that must never be posted, and words never flagged. */
import { useState } from 'preact/hooks';
import type { CustomTerm } from '../../core/types';
import { t } from '../../shared/i18n';
import type { UpdateSettingsResponse } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { checkNewWord, CUSTOM_TERM_CATEGORIES, LIMITS, type SettingsChange, type SettingsError } from '../../shared/settings-schema';
import { categoryName } from '../../shared/ui/labels';

interface Props {
  settings: Settings;
  change: (change: SettingsChange) => Promise<UpdateSettingsResponse>;
}

// Message names allow only letters, digits and underscores.
const errorText = (error: SettingsError, max: number) => t(`options_error_${error.replace(/-/g, '_')}`, String(max));

export function CustomTerms({ settings, change }: Props) {
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<CustomTerm['category']>('oversharing');
  const [message, setMessage] = useState('');
  const [termError, setTermError] = useState<string>();
  const [messageError, setMessageError] = useState<string>();

  const add = async (event: Event) => {
    event.preventDefault();
    const problem = checkNewWord(term, settings.customTerms.map(existing => existing.term), LIMITS.customTerms);
    const messageProblem = message.trim().length > LIMITS.messageLength ? errorText('too-long', LIMITS.messageLength) : undefined;
    setTermError(problem ? errorText(problem, problem === 'too-many' ? LIMITS.customTerms : LIMITS.termLength) : undefined);
    setMessageError(messageProblem);
    if (problem || messageProblem) return;
    const result = await change({ kind: 'add-custom-term', term: { term, category, ...(message.trim() ? { message } : {}) } });
    if (!result.ok) return setTermError(errorText(result.error, LIMITS.customTerms));
    // Keep whatever was typed while the change was being saved.
    setTerm(current => (current === term ? '' : current));
    setMessage(current => (current === message ? '' : current));
  };

  return (
    <section class="card" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('options_customTerms')}</h2>
      <p class="hint">{t('options_customTermsHint')}</p>
      {settings.customTerms.length > 0 && (
        <table class="terms">
          <thead>
            <tr>
              <th scope="col">{t('options_term')}</th>
              <th scope="col">{t('options_category')}</th>
              <th scope="col">{t('options_message')}</th>
              <th scope="col"><span class="visually-hidden">{t('options_actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {settings.customTerms.map(entry => (
              <tr key={entry.term}>
                <td>{entry.term}</td>
                <td>{categoryName(entry.category)}</td>
                <td>{entry.message ?? <span class="muted">{t('options_defaultMessage')}</span>}</td>
                <td>
                  <button
                    type="button" class="button" aria-label={t('options_removeItem', entry.term)}
                    onClick={() => void change({ kind: 'remove-custom-term', term: entry.term })}
                  >
                    {t('options_remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="add-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="term-input">{t('options_term')}</label>
          <input
            id="term-input" value={term} onInput={event => setTerm(event.currentTarget.value)} maxLength={LIMITS.termLength + 20}
            aria-invalid={termError ? 'true' : undefined} aria-describedby={termError ? 'term-error' : undefined}
          />
          {termError && <span id="term-error" class="error">{termError}</span>}
        </div>
        <label class="field">
          <span>{t('options_category')}</span>
          <select value={category} onChange={event => setCategory(event.currentTarget.value as CustomTerm['category'])}>
            {CUSTOM_TERM_CATEGORIES.map(option => <option key={option} value={option}>{categoryName(option)}</option>)}
          </select>
        </label>
        <div class="field wide">
          <label for="message-input">{t('options_messageOptional')}</label>
          <input
            id="message-input" value={message} onInput={event => setMessage(event.currentTarget.value)}
            placeholder={t('options_messagePlaceholder')}
            aria-invalid={messageError ? 'true' : undefined} aria-describedby={messageError ? 'message-error' : undefined}
          />
          {messageError && <span id="message-error" class="error">{messageError}</span>}
        </div>
        <button type="submit" class="button primary">{t('options_addTerm')}</button>
      </form>
    </section>
  );
}

export function AllowList({ settings, change }: Props) {
  const [word, setWord] = useState('');
  const [error, setError] = useState<string>();

  const add = async (event: Event) => {
    event.preventDefault();
    const problem = checkNewWord(word, settings.allowList, LIMITS.allowedWords);
    if (problem) return setError(errorText(problem, problem === 'too-many' ? LIMITS.allowedWords : LIMITS.termLength));
    const result = await change({ kind: 'allow-word', word });
    if (!result.ok) return setError(errorText(result.error, LIMITS.allowedWords));
    setError(undefined);
    setWord(current => (current === word ? '' : current));
  };

  return (
    <section class="card" aria-labelledby="allow-heading">
      <h2 id="allow-heading">{t('options_allowList')}</h2>
      <p class="hint">{t('options_allowListHint')}</p>
      {settings.allowList.length > 0 ? (
        <ul class="chips">
          {settings.allowList.map(allowed => (
            <li key={allowed}>
              {allowed}
              <button
                type="button" class="chip-remove" aria-label={t('options_removeItem', allowed)}
                onClick={() => void change({ kind: 'remove-allowed-word', word: allowed })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options_allowListEmpty')}</p>
      )}
      <form class="add-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="word-input">{t('options_word')}</label>
          <input
            id="word-input" value={word} onInput={event => setWord(event.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'allow-error' : undefined}
          />
          {error && <span id="allow-error" class="error">{error}</span>}
        </div>
        <button type="submit" class="button primary">{t('options_addWord')}</button>
      </form>
    </section>
  );
}

/** The popover: one finding as a card, or the list of all findings as a listbox. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../core/types';
import { t } from '../strings';
import { dialogKeys, focusables } from './focus';
import type { PopoverState, UiActions, UiModel } from './model';
import { placeNear } from './place';

function CategoryHeading({ finding, id, children }: { finding: Finding; id: string; children?: preact.ComponentChildren }) {
  return (
    <p class="st-heading" id={id}>
      <span class="st-swatch" data-st-category={finding.category} aria-hidden="true" />
      <span>
        {t(`category_${finding.category}`)} · {t(`severity_${finding.severity}`)}
      </span>
      {children}
    </p>
  );
}

function FindingCard({ model, state, actions, labelId }: { model: UiModel; state: PopoverState; actions: UiActions; labelId: string }) {
  const finding = model.findings[state.index];
  if (!finding) return null;
  const total = model.findings.length;
  const quoted = finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text;
  return (
    <div class="st-card">
      <CategoryHeading finding={finding} id={labelId}>
        {total > 1 && <span class="st-position">{t('finding_position', state.index + 1, total)}</span>}
      </CategoryHeading>
      <p class="st-message">{finding.message}</p>
      <p class="st-quote">{t('flagged_words', quoted)}</p>
      {finding.suggestions.length > 0 && (
        <div class="st-actions" role="group" aria-label={t('suggestions')}>
          {finding.suggestions.map((suggestion, i) => (
            <button
              type="button"
              class={i === 0 ? 'st-primary' : ''}
              data-st-action="apply"
              data-st-suggestion={suggestion}
              onClick={() => actions.apply(state.index, suggestion)}
            >
              {suggestion === '' ? t('remove_words', quoted) : t('apply_suggestion', suggestion)}
            </button>
          ))}
        </div>
      )}
      {state.error && (
        <p class="st-error" role="alert">
          {state.error}
        </p>
      )}
      <div class="st-actions st-secondary">
        <button type="button" data-st-action="ignore" onClick={() => actions.ignoreHere(state.index)}>
          {t('ignore_here')}
        </button>
        {model.allowable(finding) && (
          <button type="button" data-st-action="allow" onClick={() => actions.neverFlag(state.index)}>
            {t('never_flag_word', quoted)}
          </button>
        )}
        <button type="button" data-st-action="disable-rule" onClick={() => actions.turnOffRule(state.index)}>
          {t('turn_off_rule')}
        </button>
      </div>
      {total > 1 && (
        <div class="st-actions">
          <button type="button" class="st-link" data-st-action="previous" onClick={() => actions.select((state.index - 1 + total) % total)}>
            {t('previous')}
          </button>
          <button type="button" class="st-link" data-st-action="next" onClick={() => actions.select((state.index + 1) % total)}>
            {t('next')}
          </button>
          <button type="button" class="st-link" data-st-action="list" onClick={() => actions.showList()}>
            {t('back_to_list')}
          </button>
        </div>
      )}
    </div>
  );
}

function FindingList({ model, state, actions, idPrefix }: { model: UiModel; state: PopoverState; actions: UiActions; idPrefix: string }) {
  const total = model.findings.length;
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      actions.highlight((state.index + step + total) % total);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.select(state.index);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      actions.highlight(event.key === 'Home' ? 0 : total - 1);
    }
  };
  return (
    <ul
      class="st-list"
      role="listbox"
      tabindex={0}
      aria-label={t('list_label')}
      aria-activedescendant={`${idPrefix}-option-${state.index}`}
      onKeyDown={onKeyDown}
    >
      {model.findings.map((finding, i) => (
        <li
          id={`${idPrefix}-option-${i}`}
          class="st-option"
          role="option"
          aria-selected={i === state.index}
          data-st-finding={finding.ruleId}
          onClick={() => actions.select(i)}
        >
          <span class="st-swatch" data-st-category={finding.category} aria-hidden="true" />
          <span>
            <strong>{t(`category_${finding.category}`)}</strong>{' '}
            <span class="st-words">“{finding.text.length > 40 ? `${finding.text.slice(0, 37)}…` : finding.text}”</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Popover({ model, actions, idPrefix }: { model: UiModel; actions: UiActions; idPrefix: string }) {
  const state = model.popover!;
  const ref = useRef<HTMLDivElement>(null);
  const labelId = `${idPrefix}-label`;

  useLayoutEffect(() => {
    if (ref.current) placeNear(ref.current, state.anchor);
  });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !state.takeFocus) return;
    const list = element.querySelector<HTMLElement>('[role="listbox"]');
    (list ?? focusables(element)[0])?.focus({ preventScroll: true });
  }, [state.mode, state.index, state.takeFocus]);

  const onKeyDown = dialogKeys(() => ref.current, () => actions.close());

  return (
    <div
      ref={ref}
      class="st-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby={state.mode === 'card' ? labelId : undefined}
      aria-label={state.mode === 'list' ? t('list_label') : undefined}
      data-st-popover={state.mode}
      style={{ left: `${state.anchor.left}px`, top: `${state.anchor.top + state.anchor.height}px` }}
      onKeyDown={onKeyDown}
      onMouseEnter={() => actions.hoverPopover(true)}
      onMouseLeave={() => actions.hoverPopover(false)}
    >
      {state.mode === 'list' ? (
        <FindingList model={model} state={state} actions={actions} idPrefix={idPrefix} />
      ) : (
        <FindingCard model={model} state={state} actions={actions} labelId={labelId} />
      )}
      {model.truncatedAt !== undefined && <p class="st-note">{t('truncated_note', model.truncatedAt.toLocaleString())}</p>}
      {/* Last in tab order, so focus starts on the first action; drawn in the corner. */}
      <button type="button" class="st-close" aria-label={t('close')} data-st-action="close" onClick={() => actions.close()}>
        ✕
      </button>
    </div>
  );
}

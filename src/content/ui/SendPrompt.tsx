/** The send-time prompt: "Post anyway" or "Review", shown once per draft state. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../strings';
import { dialogKeys } from './focus';
import type { UiActions, UiModel } from './model';
import { placeNear } from './place';

export function SendPrompt({ model, actions, idPrefix }: { model: UiModel; actions: UiActions; idPrefix: string }) {
  const prompt = model.prompt!;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) placeNear(ref.current, prompt.anchor, 'end');
  });
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-st-action="review"]')?.focus({ preventScroll: true });
  }, []);
  const problems = prompt.count === 1 ? t('prompt_body_one') : t('prompt_body_many', prompt.count);
  const critical = [...new Set(model.findings.filter((f) => f.severity === 'critical').map((f) => t(`category_${f.category}`)))].join(', ');
  const onKeyDown = dialogKeys(() => ref.current, () => actions.cancelPrompt());
  return (
    <div
      ref={ref}
      class="st-prompt"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${idPrefix}-prompt-title`}
      aria-describedby={`${idPrefix}-prompt-body`}
      data-st-prompt=""
      style={{ left: `${prompt.anchor.left}px`, top: `${prompt.anchor.top}px` }}
      onKeyDown={onKeyDown}
    >
      <p class="st-heading" id={`${idPrefix}-prompt-title`}>
        {t('prompt_title')}
      </p>
      <p class="st-message" id={`${idPrefix}-prompt-body`}>
        {t('prompt_body', problems, critical)}
      </p>
      <div class="st-actions">
        <button type="button" class="st-primary" data-st-action="review" onClick={() => actions.review()}>
          {t('prompt_review')}
        </button>
        <button type="button" data-st-action="post-anyway" onClick={() => actions.postAnyway()}>
          {t('prompt_post_anyway')}
        </button>
      </div>
    </div>
  );
}

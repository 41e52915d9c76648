/** The badge at the editor's corner: counts per category; opens the list of findings. */
import { t } from '../strings';
import { countByCategory, type UiActions, type UiModel } from './model';

export function Badge({ model, actions }: { model: UiModel; actions: UiActions }) {
  if (!model.badge || model.findings.length === 0) return null;
  // A giant draft is checked only in part: the badge says so, not only the popover.
  const note = model.truncatedAt === undefined ? undefined : t('truncated_note', model.truncatedAt.toLocaleString());
  return (
    <button
      type="button"
      class="st-badge"
      data-st-badge=""
      title={note}
      aria-label={note ? `${t('badge_label', model.findings.length)} ${note}` : t('badge_label', model.findings.length)}
      aria-haspopup="dialog"
      aria-expanded={model.popover?.mode === 'list'}
      style={{ left: `${model.badge.left}px`, top: `${model.badge.top}px` }}
      // Keep the editor's focus and selection when clicked with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => actions.openList()}
    >
      {countByCategory(model.findings).map(([category, count]) => (
        <span class="st-dot" data-st-count={category} title={t(`category_${category}`)}>
          <span class="st-swatch" data-st-category={category} aria-hidden="true" />
          {count}
        </span>
      ))}
      {note && (
        <span class="st-dot" data-st-truncated="" aria-hidden="true">
          …
        </span>
      )}
    </button>
  );
}

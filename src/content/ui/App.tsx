/** Everything the overlay shows for one editor, besides the underlines themselves. */
import { render } from 'preact';
import { Badge } from './Badge';
import type { UiActions, UiModel } from './model';
import { Popover } from './Popover';
import { SendPrompt } from './SendPrompt';

function App({ model, actions, idPrefix }: { model: UiModel; actions: UiActions; idPrefix: string }) {
  return (
    <>
      <Badge model={model} actions={actions} />
      {model.popover && model.findings.length > 0 && <Popover model={model} actions={actions} idPrefix={idPrefix} />}
      {model.prompt && <SendPrompt model={model} actions={actions} idPrefix={idPrefix} />}
      <div class="st-sr-only" role="status" aria-live="polite" data-st-live="">
        {model.announcement}
      </div>
    </>
  );
}

export function renderUi(container: HTMLElement, model: UiModel, actions: UiActions, idPrefix: string): void {
  render(<App model={model} actions={actions} idPrefix={idPrefix} />, container);
}

export function unmountUi(container: HTMLElement): void {
  render(null, container);
}

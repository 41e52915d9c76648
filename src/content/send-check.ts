/**
 * The send-time check: when the user clicks the site's Post/Reply/Send button, or presses Enter
 * in a box where Enter sends, while the draft has a finding at or above the configured severity,
 * stop that one event and ask "Post anyway / Review". "Post anyway" replays the action so the
 * site posts untouched; the same draft is never stopped twice.
 */
import type { Settings } from '../shared/settings';
import { composedParent } from './overlay/host';
import { guard } from './safe';
import type { Session } from './session';
import type { StatsEvent } from '../shared/messages';

export interface SendCheckContext {
  sessions(): Iterable<Session>;
  settings(): Settings;
  stats(event: StatsEvent): void;
}

/** The attached editor a send button belongs to: the nearest one up the button's ancestors. */
export function sessionNear(button: Element, sessions: Iterable<Session>): Session | undefined {
  const all = [...sessions];
  for (let node: Node | null = button; node; node = composedParent(node)) {
    const inside = all.filter((session) => node!.contains(session.element));
    if (inside.length > 0) return inside.reduce((a, b) => (b.lastFocused > a.lastFocused ? b : a));
  }
  return undefined;
}

function isDisabled(button: Element): boolean {
  return button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled === true;
}

export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing;
}

export class SendCheck {
  /** Set while "Post anyway" replays an action, so the replay passes through. */
  private replaying = false;

  constructor(
    private readonly sendSelector: string,
    private readonly context: SendCheckContext,
  ) {}

  /** Capture-phase click anywhere. */
  onClick(event: MouseEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const button = target.closest(this.sendSelector);
    if (!button || isDisabled(button)) return;
    const session = sessionNear(button, this.context.sessions());
    if (session) this.intercept(event, session, button, () => (button as HTMLElement).click());
  }

  /** Capture-phase keydown in an attached editor whose Enter sends. */
  onEnter(event: KeyboardEvent, session: Session): void {
    if (!session.surface.enterSends || !isSendKey(event)) return;
    const replay = () =>
      session.element.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit),
      );
    this.intercept(event, session, session.element, replay);
  }

  private intercept(event: Event, session: Session, anchor: Element, replay: () => void): void {
    if (this.replaying) {
      session.noteSendAttempt();
      return;
    }
    const { sendCheck } = this.context.settings();
    const serious = sendCheck.enabled ? session.seriousFindings(sendCheck.threshold) : [];
    const text = session.currentText();
    if (serious.length === 0 || session.promptedText === text) {
      session.noteSendAttempt();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    session.promptedText = text;
    const platform = session.platform;
    void session.askBeforeSending(anchor, serious.length).then(guard('send prompt', (choice: 'review' | 'post' | 'cancel') => {
      if (choice === 'post') {
        this.context.stats({ kind: 'prompt', platform, outcome: 'posted-anyway' });
        this.replaying = true;
        try {
          replay();
        } finally {
          this.replaying = false;
        }
      } else {
        this.context.stats({ kind: 'prompt', platform, outcome: choice === 'review' ? 'reviewed' : 'cancelled' });
      }
    }));
  }
}

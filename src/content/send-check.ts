/**
 * The send-time check: when the user clicks the site's Post/Reply/Send button, or presses Enter
 * in a box where Enter sends, while the draft has a finding at or above the configured severity,
 * stop that one event and ask "Post anyway / Review". "Post anyway" replays the action so the
 * site posts untouched; the same draft is never stopped twice. A click that comes before the
 * last words are analysed is held for that analysis and then asked about or replayed; an Enter
 * is never held (see `intercept`).
 */
import type { Settings } from '../shared/settings';
import { composedParent } from './overlay/host';
import { guard, report } from './safe';
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

/** Longest a send is held for an analysis to come back (a service worker starting from cold). */
const SETTLE_TIMEOUT_MS = 1500;

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
    if (session) this.intercept(event, session, button, () => (button as HTMLElement).click(), true);
  }

  /** Capture-phase keydown in an attached editor whose Enter sends. */
  onEnter(event: KeyboardEvent, session: Session): void {
    if (!session.surface.enterSends || !isSendKey(event)) return;
    const replay = () =>
      session.element.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit),
      );
    this.intercept(event, session, session.element, replay, false);
  }

  /**
   * `canHold`: whether the action may wait for an analysis and be replayed whole. A click can (the
   * replayed click does all a click does); an Enter cannot, because a synthetic key press does not
   * type: where Enter only starts a new line, holding it would lose the line break.
   */
  private intercept(event: Event, session: Session, anchor: Element, replay: () => void, canHold: boolean): void {
    if (this.replaying) {
      session.noteSendAttempt();
      return;
    }
    const { sendCheck } = this.context.settings();
    const text = session.currentText();
    if (!sendCheck.enabled || session.promptedText === text) {
      session.noteSendAttempt();
      return;
    }
    if (session.isSettled(text) || !canHold) {
      // Without holding, the findings shown decide (moved along the edits since the last analysis).
      const serious = session.seriousFindings(sendCheck.threshold);
      if (serious.length === 0) {
        session.noteSendAttempt();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      this.ask(session, anchor, serious.length, replay);
      return;
    }
    // The last words are not analysed yet (the answer takes a few milliseconds): hold the action
    // until they are, then ask or let it through. It always goes through if anything fails.
    event.preventDefault();
    event.stopImmediatePropagation();
    void settleWithin(session, SETTLE_TIMEOUT_MS).then(() => {
      try {
        const serious = session.seriousFindings(sendCheck.threshold).length;
        if (serious > 0) return this.ask(session, anchor, serious, replay);
      } catch (error) {
        report('send check', error);
      }
      this.passThrough(replay);
    });
  }

  /** Lets the held action proceed: the replay passes the check without stopping. */
  private passThrough(replay: () => void): void {
    this.replaying = true;
    try {
      replay();
    } catch (error) {
      report('send replay', error);
    } finally {
      this.replaying = false;
    }
  }

  private ask(session: Session, anchor: Element, count: number, replay: () => void): void {
    session.promptedText = session.currentText();
    const platform = session.platform;
    void session.askBeforeSending(anchor, count).then(guard('send prompt', (choice: 'review' | 'post' | 'cancel') => {
      if (choice === 'post') {
        this.context.stats({ kind: 'prompt', platform, outcome: 'posted-anyway' });
        this.passThrough(replay);
      } else {
        this.context.stats({ kind: 'prompt', platform, outcome: choice === 'review' ? 'reviewed' : 'cancelled' });
      }
    }));
  }
}

/** Waits for the session's analysis, but never longer than `ms`; never rejects. */
function settleWithin(session: Session, ms: number): Promise<void> {
  const settled = session.settle().catch((error: unknown) => report('send check analysis', error));
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/**
 * Ties one site together: discovery attaches a session per compose box, page-wide listeners
 * (scroll, resize, pointer, keys, clicks) are shared and routed to the sessions, and settings
 * switch the whole thing on and off.
 */
import type { Settings } from '../shared/settings';
import type { SettingsChange } from '../shared/settings-schema';
import type { StatsEvent } from '../shared/messages';
import { Discovery } from './discovery';
import { guard, listen, report } from './safe';
import { isSendKey, SendCheck } from './send-check';
import { Session } from './session';
import { sendButtonSelector, type SiteAdapter, type Surface } from './sites';

export interface ControllerContext {
  settings(): Settings;
  changeSettings(change: SettingsChange): void;
  stats(event: StatsEvent): void;
}

/** The keyboard shortcut that opens the finding at the caret, or the list: Alt+Shift+Enter. */
export function isOpenShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
}

export class Controller {
  private readonly sessions = new Map<HTMLElement, Session>();
  private readonly discovery: Discovery;
  private readonly sendCheck: SendCheck;
  private readonly disposers: Array<() => void> = [];
  private running = false;
  private pointerFrame = 0;
  private pointer = { x: 0, y: 0 };

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly document: Document,
    private readonly context: ControllerContext,
  ) {
    this.discovery = new Discovery(adapter, {
      found: (element, surface) => this.attach(element, surface),
      removed: () => this.detachGone(),
    });
    this.sendCheck = new SendCheck(sendButtonSelector(adapter), {
      sessions: () => this.sessions.values(),
      settings: context.settings,
      stats: context.stats,
    });
  }

  /** Follows the settings: runs when on globally and for this site, stops and cleans up otherwise. */
  update(settings: Settings): void {
    const wanted = settings.enabled && settings.sites[this.adapter.platform];
    if (wanted && !this.running) this.start();
    else if (!wanted && this.running) this.stop();
    else if (wanted) for (const session of this.sessions.values()) session.refresh();
  }

  private start(): void {
    this.running = true;
    const document = this.document;
    const window = document.defaultView!;
    const redrawAll = () => {
      for (const session of this.sessions.values()) session.requestRedraw();
    };
    this.disposers.push(
      listen(document, 'scroll', redrawAll, { capture: true, passive: true }),
      listen(window, 'resize', redrawAll, { passive: true }),
      listen(document, 'selectionchange', redrawAll),
      // Dialogs slide and fade in: follow them when their animations end.
      listen(document, 'transitionend', redrawAll, { capture: true, passive: true }),
      listen(document, 'animationend', redrawAll, { capture: true, passive: true }),
      listen<MouseEvent>(document, 'mousemove', (event) => this.onPointer(event), { capture: true, passive: true }),
      listen<KeyboardEvent>(window, 'keydown', (event) => this.onKeyDown(event), { capture: true }),
      listen<MouseEvent>(window, 'click', (event) => this.sendCheck.onClick(event), { capture: true }),
    );
    this.discovery.start(document);
  }

  private stop(): void {
    this.running = false;
    this.discovery.stop();
    for (const dispose of this.disposers.splice(0)) dispose();
    cancelAnimationFrame(this.pointerFrame);
    this.pointerFrame = 0;
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }

  private attach(element: HTMLElement, surface: Surface): void {
    if (this.sessions.has(element) || !element.isConnected) return;
    this.sessions.set(element, new Session(element, surface, { platform: this.adapter.platform, ...this.context }));
  }

  private detachGone(): void {
    for (const [element, session] of this.sessions) {
      if (!element.isConnected) {
        session.dispose();
        this.sessions.delete(element);
      }
    }
  }

  private sessionOf(event: Event): Session | undefined {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return undefined;
    for (const [element, session] of this.sessions) if (element === target || element.contains(target)) return session;
    return undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const path = event.composedPath();
    const ui = [...this.sessions.values()].find((session) => session.overlayElement && path.includes(session.overlayElement));
    if (ui) {
      // Escape in our popover or prompt is ours alone: the site would close its own dialog.
      // Other keys reach our UI, which keeps them from bubbling on to the site's shortcuts.
      if (event.key === 'Escape' && ui.dismiss()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    const session = this.sessionOf(event);
    if (!session) return;
    if (isOpenShortcut(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      session.openByKeyboard().catch((error: unknown) => report('open by keyboard', error));
    } else if (event.key === 'Escape') {
      // Only when we had something open: otherwise the site's own Escape (close dialog) applies.
      if (session.dismiss()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    } else if (isSendKey(event)) {
      this.sendCheck.onEnter(event, session);
    }
  }

  private onPointer(event: MouseEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(guard('pointer', () => {
      this.pointerFrame = 0;
      for (const session of this.sessions.values()) session.pointerAt(this.pointer.x, this.pointer.y);
    }));
  }
}

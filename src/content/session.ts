/**
 * One attached compose box: reads it, schedules analysis, keeps the underlines on their words,
 * and runs the popover, badge and send prompt for it. Everything the session does to the page
 * happens in its overlay; the editor is only read, and written through the bridge.
 */
import { SEVERITIES, type AnalysisResult, type Finding, type Platform, type Severity } from '../core/types';
import type { StatsEvent } from '../shared/messages';
import { analysisSettings, type AnalysisSettings, type Settings } from '../shared/settings';
import type { SettingsChange } from '../shared/settings-schema';
import { requestAnalysis, warmUpAnalysis } from './analysis';
import { createBridge, type EditorBridge } from './bridge/bridge';
import { OverlayHost } from './overlay/host';
import { boundsOf, hitTest, layoutBoxes, type Box, type Rect } from './overlay/boxes';
import { detectTheme } from './overlay/theme';
import { drawUnderlines } from './overlay/underlines';
import { checkRepeat, draftFingerprint, REPEAT_RULE, repeatFinding } from './repeat';
import { guard, guardAll, later, listen, report } from './safe';
import { analysableText, debounce, shiftSpans, type Debouncer } from './scheduler';
import type { Surface } from './sites';
import { ruleCounts } from './stats';
import { t } from './strings';
import { renderUi, unmountUi } from './ui/App';
import type { PopoverState, PromptState, UiActions, UiModel } from './ui/model';

export interface SessionContext {
  platform: Platform;
  settings(): Settings;
  changeSettings(change: SettingsChange): void;
  stats(event: StatsEvent): void;
}

/** Quiet time after the last keystroke before analysing, and the longest wait while typing on. */
const ANALYSIS_DELAY_MS = 150;
const ANALYSIS_MAX_WAIT_MS = 1000;
/** Above this length, underlines are hidden while typing instead of being moved along. */
const SHIFT_LIMIT = 20_000;
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;
const REPEAT_CHECK_DELAY_MS = 800;
/** How long a site may take to clear its box after sending (a slow network), and how often to look. */
const SEND_CONFIRM_MS = 15_000;
const SEND_POLL_MS = 250;
/** Longest word or phrase offered for the allow-list. */
const ALLOWABLE_LENGTH = 40;

let sessionCount = 0;

function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Findings the user dismissed stay dismissed for the same words in this box. */
function ignoreKey(finding: Finding): string {
  return finding.ruleId === REPEAT_RULE ? REPEAT_RULE : `${finding.ruleId}\u0000${finding.text.toLowerCase()}`;
}

export class Session {
  readonly bridge: EditorBridge;
  /** When this box last had focus: the send check prefers it when several are near a button. */
  lastFocused = 0;
  private readonly id = `st${++sessionCount}`;
  private host: OverlayHost | undefined;
  private readonly analysis: Debouncer;
  private readonly disposers: Array<() => void> = [];

  private findings: Finding[] = [];
  /** The text the findings' offsets refer to. */
  private text = '';
  private textDirty = false;
  /** Counts input events, so an analysis answer can tell whether the draft changed since its request. */
  private edits = 0;
  private boxes: Box[] = [];
  private popover: PopoverState | undefined;
  private prompt: (PromptState & { resolve: (outcome: 'review' | 'post' | 'cancel') => void }) | undefined;
  private pointerInPopover = false;
  private cancelHover: (() => void) | undefined;
  private announcement = '';
  private truncatedAt: number | undefined;
  private theme: 'light' | 'dark' = 'light';
  private frame = 0;
  private disposed = false;
  /**
   * The analysis on its way back from the background, and the text it is for. Only the latest
   * request's answer applies: one overtaken by a newer request (or by an emptied box) finds
   * another request here and is dropped.
   */
  private inFlight: { text: string; done: Promise<void> } | undefined;
  /** The text of the last analysis applied: the findings are complete only while the draft equals it. */
  private analysedText: string | undefined;

  // Per draft: cleared when the box is emptied or the post is sent.
  private readonly ignored = new Set<string>();
  private readonly reported = new Set<string>();
  private draftChecked = false;
  private repeat: Finding | undefined;
  private cancelRepeatCheck: (() => void) | undefined;
  private repeatCheckedText = '';
  /** The draft text the send prompt was last shown for: shown once per draft state. */
  promptedText: string | undefined;

  constructor(
    readonly element: HTMLElement,
    readonly surface: Surface,
    private readonly context: SessionContext,
  ) {
    this.bridge = createBridge(element, surface.kind, {
      container: () => this.overlay().root,
    });
    this.analysis = debounce(() => this.analyse(), { delay: ANALYSIS_DELAY_MS, maxWait: ANALYSIS_MAX_WAIT_MS });
    const resizes = new ResizeObserver(guard('resize observer', () => this.requestRedraw()));
    resizes.observe(element);
    this.disposers.push(
      () => resizes.disconnect(),
      listen(element, 'input', () => this.onInput()),
      listen(element, 'focus', () => this.onFocus()),
      listen<MouseEvent>(element, 'click', (event) => this.onEditorClick(event)),
    );
    if (element.ownerDocument.activeElement === element) this.onFocus();
    // A box may arrive with text (a draft restored by the site, a quoted reply).
    this.analysis.poke();
  }

  private onFocus(): void {
    this.lastFocused = performance.now();
    warmUpAnalysis();
  }

  get platform(): Platform {
    return this.context.platform;
  }

  /** The overlay host, once drawn: key events from inside it belong to our UI. */
  get overlayElement(): Element | undefined {
    return this.host?.element;
  }

  /** Re-checks with new settings (a rule turned off elsewhere, a word allowed). */
  refresh(): void {
    this.analysis.poke();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.analysis.cancel();
    this.cancelHover?.();
    this.cancelRepeatCheck?.();
    cancelAnimationFrame(this.frame);
    for (const dispose of this.disposers.splice(0)) dispose();
    this.prompt?.resolve('cancel');
    if (this.host) unmountUi(this.host.ui);
    this.host?.dispose();
    this.bridge.dispose();
  }

  // ---- analysis ----------------------------------------------------------------------------

  private onInput(): void {
    warmUpAnalysis();
    this.edits++;
    this.textDirty = true;
    this.analysis.poke();
    this.requestRedraw();
  }

  /**
   * Asks the background for the findings of the draft as it is now. An answer that comes back
   * after more typing still applies: its offsets are moved along the edits like the shown ones.
   * Only an answer overtaken by a newer request is dropped.
   */
  private analyse(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const text = this.bridge.read();
    if (text.trim() === '') {
      this.inFlight = undefined;
      this.text = text;
      this.analysedText = text;
      this.textDirty = false;
      this.startNewDraft();
      this.setFindings([]);
      return Promise.resolve();
    }
    const part = analysableText(text);
    const editsAtRequest = this.edits;
    const request = { text, done: Promise.resolve() };
    request.done = requestAnalysis(part.text, this.platform, this.settingsForAnalysis()).then(
      guard('analysis answer', (result: AnalysisResult | undefined) => {
        if (this.disposed || this.inFlight !== request) return;
        this.inFlight = undefined;
        // Without an answer (the background is being updated), what is shown stays.
        if (!result) return;
        // Edited since the request: the new findings get moved along on the next redraw.
        this.textDirty = this.edits !== editsAtRequest;
        this.text = text;
        this.analysedText = text;
        this.finishAnalysis(text, result.findings, part.truncated ? part.text.length : undefined);
      }),
    );
    this.inFlight = request;
    return request.done;
  }

  /** The settings sent with the draft: platform fit only where the box writes a post. */
  private settingsForAnalysis(): AnalysisSettings {
    const settings = analysisSettings(this.context.settings());
    if (this.surface.post || settings.disabledCategories.includes('platform')) return settings;
    return { ...settings, disabledCategories: [...settings.disabledCategories, 'platform'] };
  }

  /** Whether the findings describe the draft exactly as it is now (`now`, when just read). */
  isSettled(now = this.bridge.read()): boolean {
    return !this.analysis.pending() && !this.inFlight && now === this.analysedText;
  }

  /** Brings the findings up to date with the draft as it is now (a send check must see all of it). */
  async settle(): Promise<void> {
    const now = this.bridge.read();
    if (this.isSettled(now)) return;
    this.analysis.cancel();
    if (this.inFlight?.text === now) await this.inFlight.done;
    else await this.analyse();
  }

  private finishAnalysis(text: string, findings: Finding[], truncatedAt: number | undefined): void {
    this.truncatedAt = truncatedAt;
    if (!this.draftChecked) {
      this.draftChecked = true;
      this.context.stats({ kind: 'draft-checked', platform: this.platform });
    }
    this.setFindings(findings);
    this.scheduleRepeatCheck(text);
  }

  private repeatApplies(): boolean {
    const settings = this.context.settings();
    return !settings.disabledRules.includes(REPEAT_RULE) && !settings.disabledCategories.includes('spam');
  }

  private setFindings(found: readonly Finding[]): void {
    const all = this.repeat && this.repeatApplies() ? [...found, this.repeat] : [...found];
    this.findings = all.filter((finding) => !this.ignored.has(ignoreKey(finding)));
    const fresh = this.findings.filter((finding) => !this.reported.has(ignoreKey(finding)));
    if (fresh.length > 0) {
      for (const finding of fresh) this.reported.add(ignoreKey(finding));
      this.context.stats({ kind: 'findings-shown', platform: this.platform, findings: ruleCounts(fresh) });
    }
    const count = this.findings.length;
    this.announcement = count === 0 ? (this.host ? t('findings_none') : '') : count === 1 ? t('findings_one') : t('findings_many', count);
    if (this.popover && this.popover.index >= count) this.popover = count > 0 ? { ...this.popover, index: count - 1 } : undefined;
    if (count > 0) this.theme = detectTheme(this.element);
    this.requestRedraw();
  }

  private startNewDraft(): void {
    this.ignored.clear();
    this.reported.clear();
    this.draftChecked = false;
    this.repeat = undefined;
    this.repeatCheckedText = '';
    this.promptedText = undefined;
    this.truncatedAt = undefined;
  }

  private scheduleRepeatCheck(text: string): void {
    this.cancelRepeatCheck?.();
    if (text === this.repeatCheckedText) return;
    this.cancelRepeatCheck = later('repeat check', async () => {
      this.repeatCheckedText = text;
      const match = await checkRepeat(text);
      if (this.disposed || this.text !== text) return;
      const finding = match && repeatFinding(text, match, this.platform);
      const had = this.repeat !== undefined;
      this.repeat = finding;
      if (had || finding) this.setFindings(this.findings.filter((f) => f.ruleId !== REPEAT_RULE));
    }, REPEAT_CHECK_DELAY_MS);
  }

  // ---- drawing -----------------------------------------------------------------------------

  private overlay(): OverlayHost {
    if (!this.host) {
      this.host = new OverlayHost(this.element);
      this.host.mount();
    }
    return this.host;
  }

  /** Redraws on the next animation frame; any number of calls per frame cost one redraw. */
  requestRedraw(): void {
    if (this.frame || this.disposed) return;
    this.frame = requestAnimationFrame(guard('redraw', () => {
      this.frame = 0;
      this.redraw();
    }));
  }

  /** Brings the findings' offsets up to date with edits made since the last analysis. */
  private followEdits(): void {
    if (!this.textDirty && this.bridge.isCurrent()) return;
    this.textDirty = false;
    if (this.text.length > SHIFT_LIMIT) {
      // Reading a giant draft on every keystroke costs too much: hide until the next analysis.
      this.findings = [];
      return;
    }
    const now = this.bridge.read();
    if (now === this.text) return;
    this.findings = shiftSpans(this.findings, this.text, now);
    this.text = now;
  }

  private redraw(): void {
    if (this.disposed || !this.element.isConnected) return;
    if (!this.host && this.findings.length === 0) return;
    const host = this.overlay();
    host.mount();
    host.setTheme(this.theme);
    this.followEdits();
    const view = this.element.ownerDocument.defaultView!;
    const editorRect = this.element.getBoundingClientRect();
    const viewport = { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight };
    const origin = host.toLocal(0, 0);
    const hostOrigin = { x: -origin.x, y: -origin.y };
    // Underlines sit at the bottom of a line box: allow a little below the editor's edge.
    const clip = { left: editorRect.left - 2, top: editorRect.top - 2, width: editorRect.width + 4, height: editorRect.height + 6 };
    const visible = {
      left: Math.max(clip.left, viewport.left),
      top: Math.max(clip.top, viewport.top),
      width: Math.min(clip.left + clip.width, viewport.width) - Math.max(clip.left, viewport.left),
      height: Math.min(clip.top + clip.height, viewport.height) - Math.max(clip.top, viewport.top),
    };
    this.boxes = layoutBoxes(this.findings, (start, end) => this.bridge.rects(start, end), visible, hostOrigin);
    drawUnderlines(host.layer, this.boxes, this.popover?.mode === 'card' ? this.popover.index : undefined);
    if (this.popover) {
      const anchor = this.popover.mode === 'card' ? boundsOf(this.boxes, this.popover.index) : this.editorAnchor();
      if (anchor) this.popover = { ...this.popover, anchor };
    }
    this.renderUi(editorRect, hostOrigin);
  }

  private renderUi(editorRect: DOMRect, origin: { x: number; y: number }): void {
    if (!this.host) return;
    const visible = editorRect.width > 0 && editorRect.height > 0;
    const model: UiModel = {
      theme: this.theme,
      findings: this.findings,
      // Straddling the editor's top edge at the right: clear of the text being typed and of the send buttons below.
      badge: visible ? { left: editorRect.right - origin.x - 4, top: editorRect.top - origin.y } : undefined,
      popover: this.popover,
      prompt: this.prompt,
      announcement: this.announcement,
      truncatedAt: this.truncatedAt,
      allowable: (finding) => finding.ruleId !== REPEAT_RULE && finding.text.trim().length <= ALLOWABLE_LENGTH && !finding.text.includes('\n'),
    };
    renderUi(this.host.ui, model, this.actions, this.id);
  }

  private editorAnchor(): Rect {
    const rect = this.element.getBoundingClientRect();
    const local = this.overlay().toLocal(rect.left, rect.top);
    return { left: local.x, top: local.y, width: rect.width, height: rect.height };
  }

  // ---- popover -----------------------------------------------------------------------------

  private open(mode: 'card' | 'list', index: number, how: { takeFocus: boolean; byHover: boolean }, error?: string): void {
    if (this.findings.length === 0) return;
    const anchor = (mode === 'card' && boundsOf(this.boxes, index)) || this.editorAnchor();
    this.popover = { mode, index, anchor, ...how, ...(error ? { error } : {}) };
    this.redraw();
  }

  private close(returnFocus: boolean): void {
    const hadFocus = this.popover?.takeFocus;
    this.popover = undefined;
    this.pointerInPopover = false;
    this.redraw();
    if (returnFocus && hadFocus) this.element.focus({ preventScroll: true });
  }

  /** The keyboard shortcut: the finding at the caret, or the list of all findings. */
  async openByKeyboard(): Promise<void> {
    await this.settle();
    if (this.disposed) return;
    this.followEdits();
    if (this.findings.length === 0) {
      this.announcement = t('findings_none');
      this.requestRedraw();
      return;
    }
    const caret = this.bridge.caretOffset();
    const index = caret === undefined ? -1 : this.findings.findIndex((f) => caret >= f.start && caret <= f.end);
    if (index >= 0) this.open('card', index, { takeFocus: true, byHover: false });
    else this.open('list', 0, { takeFocus: true, byHover: false });
  }

  /** Escape pressed in the editor: closes what is open. Returns whether something was. */
  dismiss(): boolean {
    if (this.prompt) {
      this.resolvePrompt('cancel');
      return true;
    }
    if (!this.popover) return false;
    this.close(true);
    return true;
  }

  private onEditorClick(event: MouseEvent): void {
    if (!this.host || this.boxes.length === 0) return;
    const point = this.host.toLocal(event.clientX, event.clientY);
    const index = hitTest(this.boxes, point.x, point.y);
    if (index !== undefined) this.open('card', index, { takeFocus: false, byHover: false });
    else if (this.popover) this.close(false);
  }

  /** Pointer moved somewhere on the page (viewport coordinates). */
  pointerAt(x: number, y: number): void {
    if (!this.host || this.boxes.length === 0 || this.prompt) return;
    const point = this.host.toLocal(x, y);
    const index = hitTest(this.boxes, point.x, point.y);
    const pinned = this.popover && !this.popover.byHover;
    if (index !== undefined && !pinned && !(this.popover?.mode === 'card' && this.popover.index === index)) {
      this.cancelHover?.();
      this.cancelHover = later('hover open', () => this.open('card', index, { takeFocus: false, byHover: true }), HOVER_OPEN_MS);
    } else if (index === undefined && this.popover?.byHover && !this.pointerInPopover) {
      this.cancelHover?.();
      this.cancelHover = later('hover close', () => {
        if (this.popover?.byHover && !this.pointerInPopover) this.close(false);
      }, HOVER_CLOSE_MS);
    } else if (index === undefined && !this.popover) {
      this.cancelHover?.();
    }
  }

  private readonly actions: UiActions = guardAll('popover', {
    select: (index) => this.open('card', index, { takeFocus: true, byHover: false }),
    highlight: (index) => this.open('list', index, { takeFocus: true, byHover: false }),
    showList: () => this.open('list', this.popover?.index ?? 0, { takeFocus: true, byHover: false }),
    openList: () => this.open('list', 0, { takeFocus: true, byHover: false }),
    close: () => this.close(true),
    hoverPopover: (inside) => {
      this.pointerInPopover = inside;
      if (inside) this.cancelHover?.();
      else if (this.popover?.byHover) this.pointerAt(-1, -1);
    },
    apply: (index, suggestion) => this.apply(index, suggestion),
    ignoreHere: (index) => this.dismissFinding(index, 'here'),
    neverFlag: (index) => this.dismissFinding(index, 'word'),
    turnOffRule: (index) => this.dismissFinding(index, 'rule'),
    review: () => this.resolvePrompt('review'),
    postAnyway: () => this.resolvePrompt('post'),
    cancelPrompt: () => this.resolvePrompt('cancel'),
  } satisfies UiActions);

  private async apply(index: number, suggestion: string): Promise<void> {
    this.followEdits();
    const finding = this.findings[index];
    if (!finding) return;
    this.popover = undefined;
    this.redraw();
    const applied = await this.bridge.replace(finding.start, finding.end, finding.text, suggestion);
    if (this.disposed) return;
    if (!applied) {
      this.textDirty = true;
      this.followEdits();
      const still = this.findings.findIndex((f) => f.ruleId === finding.ruleId && f.start === finding.start);
      if (still >= 0) this.open('card', still, { takeFocus: true, byHover: false }, t('could_not_apply'));
      return;
    }
    this.context.stats({ kind: 'fix-applied', platform: this.platform, ruleId: finding.ruleId, category: finding.category });
    this.textDirty = true;
    this.analysis.poke();
    this.requestRedraw();
  }

  private dismissFinding(index: number, scope: 'here' | 'word' | 'rule'): void {
    const finding = this.findings[index];
    if (!finding) return;
    this.context.stats({ kind: 'finding-ignored', platform: this.platform, ruleId: finding.ruleId, category: finding.category, scope });
    const word = finding.text.trim().toLowerCase();
    if (scope === 'here') this.ignored.add(ignoreKey(finding));
    else if (scope === 'word') this.context.changeSettings({ kind: 'allow-word', word: finding.text.trim() });
    else this.context.changeSettings({ kind: 'set-rule', ruleId: finding.ruleId, enabled: false });
    const gone = (f: Finding) =>
      scope === 'here' ? ignoreKey(f) === ignoreKey(finding) : scope === 'word' ? f.text.trim().toLowerCase() === word : f.ruleId === finding.ruleId;
    this.findings = this.findings.filter((f) => !gone(f));
    if (scope === 'rule' && finding.ruleId === REPEAT_RULE) this.repeat = undefined;
    this.close(true);
    this.setFindings(this.findings);
  }

  // ---- send-time check ---------------------------------------------------------------------

  /** Findings at or above `threshold` as shown now (complete once `isSettled()`). */
  seriousFindings(threshold: Severity): Finding[] {
    this.followEdits();
    return this.findings.filter((finding) => severityRank(finding.severity) >= severityRank(threshold));
  }

  currentText(): string {
    return this.bridge.read();
  }

  /** Shows "Post anyway / Review" near `anchor` (a viewport rect) and resolves with the choice. */
  askBeforeSending(anchorElement: Element, count: number): Promise<'review' | 'post' | 'cancel'> {
    this.prompt?.resolve('cancel');
    this.popover = undefined;
    const rect = anchorElement.getBoundingClientRect();
    const local = this.overlay().toLocal(rect.left, rect.top);
    return new Promise((resolve) => {
      this.prompt = { count, anchor: { left: local.x, top: local.y, width: rect.width, height: rect.height }, resolve };
      this.redraw();
    });
  }

  private resolvePrompt(outcome: 'review' | 'post' | 'cancel'): void {
    const prompt = this.prompt;
    if (!prompt) return;
    this.prompt = undefined;
    this.redraw();
    prompt.resolve(outcome);
    if (outcome === 'review') {
      const index = this.findings.findIndex((f) => f.severity === 'critical');
      this.element.focus({ preventScroll: false });
      if (index >= 0) this.open('card', index, { takeFocus: true, byHover: false });
    } else if (outcome === 'cancel') {
      this.element.focus({ preventScroll: true });
    }
  }

  /**
   * The user clicked Send or pressed Enter to send. The post counts as sent once the site has
   * taken it: the box emptied or went away (a closed dialog). Reported as counts and a
   * fingerprint, never the text.
   */
  noteSendAttempt(): void {
    const text = this.bridge.read();
    if (text.trim() === '') return;
    const findings = ruleCounts(this.findings);
    const deadline = performance.now() + SEND_CONFIRM_MS;
    const check = () => {
      const gone = !this.element.isConnected;
      const now = gone ? '' : this.bridge.read();
      if (gone || now.trim() === '') {
        const sketch = draftFingerprint(text);
        this.context.stats({ kind: 'post-sent', platform: this.platform, findings, ...(sketch.length > 0 ? { fingerprint: sketch } : {}) });
        if (!this.disposed) this.startNewDraft();
      } else if (now === text && performance.now() < deadline) {
        later('send confirmation', check, SEND_POLL_MS);
      }
      // Otherwise the user went on editing, or the site kept the text: not sent.
    };
    later('send confirmation', check, SEND_POLL_MS);
  }


}

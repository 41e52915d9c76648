/** What the overlay UI shows and what it can ask for; the session owns both. */
import type { Category, Finding } from '../../core/types';
import type { Rect } from '../overlay/boxes';

export interface PopoverState {
  mode: 'card' | 'list';
  /** The finding shown (card) or highlighted (list). */
  index: number;
  /** Overlay coordinates of what the popover points at. */
  anchor: Rect;
  /** Opened by keyboard or the badge: move focus into the popover. */
  takeFocus: boolean;
  /** Opened by hovering: closes again when the pointer leaves. */
  byHover: boolean;
  error?: string;
}

export interface PromptState {
  count: number;
  anchor: Rect;
}

export interface UiModel {
  theme: 'light' | 'dark';
  findings: readonly Finding[];
  badge?: { left: number; top: number };
  popover?: PopoverState;
  prompt?: PromptState;
  /** Read by screen readers when analysis settles. */
  announcement: string;
  /** Set when only the first characters of a giant draft were checked. */
  truncatedAt?: number;
  /** Words of these findings can go on the allow-list (short, single-line). */
  allowable: (finding: Finding) => boolean;
}

export interface UiActions {
  select(index: number): void;
  /** Shows the list with the finding at `index` highlighted. */
  highlight(index: number): void;
  showList(): void;
  openList(): void;
  apply(index: number, suggestion: string): void;
  ignoreHere(index: number): void;
  neverFlag(index: number): void;
  turnOffRule(index: number): void;
  close(): void;
  hoverPopover(inside: boolean): void;
  review(): void;
  postAnyway(): void;
  cancelPrompt(): void;
}

export function countByCategory(findings: readonly Finding[]): Array<[Category, number]> {
  const counts = new Map<Category, number>();
  for (const finding of findings) counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
  return [...counts];
}

/** The site registry: one adapter per site, chosen by hostname. */
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { SiteAdapter, Surface } from './types';
import { x } from './x';

export type { EditorKind, SiteAdapter, Surface } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [x, linkedin, facebook];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.hostnames.includes(hostname));
}

/** The surface an element is, or undefined when it is not a known compose box. */
export function surfaceOf(adapter: SiteAdapter, element: Element): Surface | undefined {
  return adapter.surfaces.find((surface) => element.matches(surface.selector));
}

export function editorSelector(adapter: SiteAdapter): string {
  return adapter.surfaces.map((surface) => surface.selector).join(', ');
}

export function sendButtonSelector(adapter: SiteAdapter): string {
  return adapter.sendButtons.join(', ');
}

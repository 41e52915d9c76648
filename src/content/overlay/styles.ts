/**
 * The overlay's stylesheet. Category colours meet 3:1 non-text contrast on their theme's
 * background, and each category has its own line style (solid, dashed, dotted, wavy, double)
 * so colour is never the only signal.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.st-root {
  --st-spam: #b45309; --st-promotional: #1d4ed8; --st-oversharing: #7c3aed; --st-hostile: #c81e1e; --st-platform: #0f766e;
  --st-surface: #ffffff; --st-text: #1f2328; --st-muted: #57606a; --st-border: #d0d7de; --st-accent: #0b57d0; --st-accent-text: #ffffff;
  --st-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--st-text);
}
.st-root[data-theme="dark"] {
  --st-spam: #fbbf24; --st-promotional: #7cb4ff; --st-oversharing: #c4a5ff; --st-hostile: #ff8a8a; --st-platform: #4fd1c5;
  --st-surface: #1f2328; --st-text: #f0f3f6; --st-muted: #b0b8c1; --st-border: #444c56; --st-accent: #8ab4f8; --st-accent-text: #0b1a33;
  --st-shadow: 0 6px 24px rgba(0,0,0,.6);
}
.st-box { position: absolute; pointer-events: none; --c: var(--st-spam); --w: 2px; }
.st-box[data-st-severity="critical"] { --w: 3px; }
.st-box[data-st-category="spam"] { --c: var(--st-spam);
  background: linear-gradient(var(--c), var(--c)) left bottom / 100% var(--w) no-repeat; }
.st-box[data-st-category="promotional"] { --c: var(--st-promotional);
  background: repeating-linear-gradient(90deg, var(--c) 0 6px, transparent 6px 9px) left bottom / 100% var(--w) no-repeat; }
.st-box[data-st-category="oversharing"] { --c: var(--st-oversharing);
  background: radial-gradient(circle, var(--c) 1.4px, transparent 1.8px) left bottom / 5px calc(var(--w) + 2px) repeat-x; }
.st-box[data-st-category="hostile"] { --c: var(--st-hostile);
  background:
    linear-gradient(135deg, transparent 35%, var(--c) 35% 65%, transparent 65%) 0 100% / 6px calc(var(--w) + 2px) repeat-x,
    linear-gradient(45deg, transparent 35%, var(--c) 35% 65%, transparent 65%) 3px 100% / 6px calc(var(--w) + 2px) repeat-x; }
.st-box[data-st-category="platform"] { --c: var(--st-platform);
  background: linear-gradient(var(--c) 0 1px, transparent 1px 2px, var(--c) 2px 3px) left bottom / 100% 3px no-repeat; }
.st-box[data-st-active] { outline: 2px solid color-mix(in srgb, var(--c) 45%, transparent); outline-offset: 1px; border-radius: 2px; }
.st-ui { position: absolute; left: 0; top: 0; pointer-events: none; }
.st-ui > * { pointer-events: auto; }
.st-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.st-badge {
  position: absolute; display: inline-flex; gap: 6px; align-items: center; padding: 2px 7px; min-height: 22px;
  border: 1px solid var(--st-border); border-radius: 11px; background: var(--st-surface); color: var(--st-text);
  font: inherit; font-size: 12px; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.15);
  transform: translate(-100%, -50%);
}
.st-badge:focus-visible, .st-card button:focus-visible, .st-option:focus-visible, .st-list:focus-visible { outline: 2px solid var(--st-accent); outline-offset: 2px; }
.st-dot { display: inline-flex; align-items: center; gap: 3px; }
.st-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; background: var(--c); }
.st-swatch[data-st-category="spam"] { --c: var(--st-spam); }
.st-swatch[data-st-category="promotional"] { --c: var(--st-promotional); border-radius: 0; }
.st-swatch[data-st-category="oversharing"] { --c: var(--st-oversharing); border-radius: 50%; }
.st-swatch[data-st-category="hostile"] { --c: var(--st-hostile); transform: rotate(45deg) scale(.85); }
.st-swatch[data-st-category="platform"] { --c: var(--st-platform); border-radius: 50% 50% 0 0; }
.st-popover, .st-prompt {
  position: absolute; width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px;
  background: var(--st-surface); color: var(--st-text); border: 1px solid var(--st-border); border-radius: 10px; box-shadow: var(--st-shadow);
}
.st-heading { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; padding-right: 26px; font-size: 13px; font-weight: 600; }
.st-heading .st-position { margin-left: auto; font-weight: 400; color: var(--st-muted); }
.st-message { margin: 0 0 8px; }
.st-quote { margin: 0 0 10px; color: var(--st-muted); overflow-wrap: anywhere; }
.st-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.st-card button, .st-prompt button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--st-border); background: transparent; color: var(--st-text);
}
.st-card button.st-primary, .st-prompt button.st-primary { background: var(--st-accent); color: var(--st-accent-text); border-color: var(--st-accent); }
.st-card .st-secondary { border-top: 1px solid var(--st-border); padding-top: 8px; }
.st-card button.st-link { border: 0; padding: 4px 6px; text-decoration: underline; }
.st-error { color: var(--st-hostile); margin: 6px 0 0; }
.st-list { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow: auto; }
.st-option { display: flex; gap: 8px; align-items: baseline; padding: 6px; border-radius: 6px; cursor: pointer; }
.st-option[aria-selected="true"] { background: color-mix(in srgb, var(--st-accent) 18%, transparent); }
.st-option .st-words { color: var(--st-muted); overflow-wrap: anywhere; }
.st-note { margin: 8px 0 0; color: var(--st-muted); font-size: 12px; }
.st-close {
  position: absolute; top: 6px; right: 6px; width: 24px; height: 24px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: var(--st-muted); font: inherit; font-size: 14px; line-height: 24px; cursor: pointer;
}
.st-close:hover { background: color-mix(in srgb, var(--st-text) 10%, transparent); }
.st-close:focus-visible { outline: 2px solid var(--st-accent); outline-offset: 1px; }
@media (prefers-reduced-motion: no-preference) { .st-popover, .st-prompt { transition: opacity .12s; } }
`;

/** An on/off switch: a real checkbox (keyboard and screen readers) drawn as a toggle. */
import type { ComponentChildren } from 'preact';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  /** Extra text read after the label, e.g. a rule's description. */
  describedBy?: string;
  disabled?: boolean;
}

export function Switch({ checked, onChange, children, describedBy, disabled }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={event => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{children}</span>
    </label>
  );
}

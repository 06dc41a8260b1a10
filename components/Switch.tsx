/** An accessible on/off switch: a checkbox with role="switch" and a visible label. */
export function Switch(p: { label: string; checked: boolean; disabled?: boolean; onChange(on: boolean): void; hint?: string }) {
  return (
    <label class={`switch${p.disabled ? ' disabled' : ''}`}>
      <span class="switch-text">
        {p.label}
        {p.hint ? <small>{p.hint}</small> : null}
      </span>
      <input
        type="checkbox"
        role="switch"
        checked={p.checked}
        disabled={p.disabled}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </label>
  );
}

/** A labelled whole-number field in seconds, with an optional hint read out with it. */
export function SecondsField(props: {
  id: string;
  label: string;
  hint?: string;
  max?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div className="routing__field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-testid={props.id}
        type="number"
        inputMode="numeric"
        min={1}
        max={props.max}
        aria-describedby={props.hint ? hintId : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <span id={hintId} className="routing__hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}

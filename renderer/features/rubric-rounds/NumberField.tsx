import { useState } from 'react';
import { roundPoints } from './rubric-draft';

/**
 * A number input that keeps what the clerk is typing ("", "2", "25") and reports only usable
 * numbers: a half-typed value never reaches the draft, and a value changed elsewhere shows.
 */
export function NumberField(props: {
  readonly value: number;
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly disabled?: boolean;
  /** Refuse 0 as well: points must be positive. */
  readonly positive?: boolean;
  readonly className?: string;
  readonly onCommit: (value: number) => void;
}) {
  const { value, min = 0, max = Number.POSITIVE_INFINITY } = props;
  const [text, setText] = useState(String(roundPoints(value)));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Derived state: follow a change made elsewhere unless it is what the text already says.
    setShown(value);
    if (Number(text) !== roundPoints(value)) setText(String(roundPoints(value)));
  }
  const accepts = (raw: string) => {
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) && n >= min && n <= max && !(props.positive && n <= 0);
  };
  const usable = accepts(text);
  return (
    <input
      type="number"
      inputMode="decimal"
      className={props.className ? `rr-number ${props.className}` : 'rr-number'}
      aria-label={props.label}
      aria-invalid={!usable}
      min={min}
      max={Number.isFinite(max) ? max : undefined}
      step={props.step ?? 'any'}
      disabled={props.disabled}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (accepts(event.target.value)) props.onCommit(Number(event.target.value));
      }}
      onBlur={() => setText(String(roundPoints(props.value)))}
    />
  );
}

import type { SelectHTMLAttributes } from 'react';

/** One choice of an OptionSelect: the value it sends and the text it shows. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** Shown but not choosable (a value kept only so the select can show it). */
  readonly disabled?: boolean;
}

/**
 * A select over `options`, an empty choice first when `emptyLabel` is given, that hands the
 * chosen value on: every form's lists of experts, applications, kinds and categories.
 */
export function OptionSelect(
  props: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
    readonly value: string;
    readonly options: readonly SelectOption[];
    readonly emptyLabel?: string;
    readonly onChange: (value: string) => void;
  },
) {
  const { value, options, emptyLabel, onChange, ...select } = props;
  return (
    <select {...select} value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

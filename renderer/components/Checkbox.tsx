import type { InputHTMLAttributes } from 'react';

/** A checkbox that hands on whether it is now ticked; its text is the caller's label. */
export function Checkbox(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'checked' | 'onChange'> & {
    readonly checked: boolean;
    readonly onChange: (checked: boolean) => void;
  },
) {
  const { onChange, ...input } = props;
  return <input type="checkbox" {...input} onChange={(event) => onChange(event.target.checked)} />;
}

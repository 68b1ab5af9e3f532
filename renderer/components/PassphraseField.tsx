/**
 * A passphrase or archive password typed by the clerk: hidden, never offered to autofill, and
 * named by its label. Its value lives with the form that sends it, never in a store.
 */
export function PassphraseField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
  readonly className?: string;
}) {
  return (
    <label className={props.className}>
      {props.label}
      <input
        type="password"
        autoComplete="off"
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

import type { SelectOption } from '../../components/OptionSelect';
import { OptionSelect } from '../../components/OptionSelect';

/** A field of the panel's forms: its label, then a select (an empty choice first, when given). */
export function ChoiceField(props: {
  readonly label: string;
  /** Takes the row's spare width (an application's long title). */
  readonly grow?: boolean;
  readonly value: string;
  readonly emptyLabel?: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
}) {
  const { label, grow, ...select } = props;
  return (
    <label className={grow ? 'panel-field panel-grow' : 'panel-field'}>
      {label}
      <OptionSelect {...select} />
    </label>
  );
}

import { useId } from 'react';
import { parseChineseDate } from '../../../shared/office/followup/chinese-date-text';
import { useMessages } from '../../app/i18n/use-messages';
import { followupMessages } from './followup-messages';

/**
 * A date as Chinese users type it (2026年10月9日, full-width digits, 2026-10-09): the text stays
 * as typed; the form reads it with parseChineseDate and this field says when it cannot.
 */
export function DateField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Empty is allowed (an optional date). */
  readonly optional?: boolean;
  /** The label for assistive technology only (a table cell under its column's header). */
  readonly hideLabel?: boolean;
}) {
  const t = useMessages(followupMessages);
  const id = useId();
  const invalid =
    (props.value.trim() !== '' || !props.optional) && parseChineseDate(props.value) === null;
  return (
    <label className="fu-field" htmlFor={id}>
      <span className={props.hideLabel ? 'visually-hidden' : undefined}>{props.label}</span>
      <input
        id={id}
        className="fu-date"
        value={props.value}
        placeholder={t('dateHint')}
        autoComplete="off"
        aria-invalid={invalid}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {invalid && props.value.trim() !== '' && (
        <span className="fu-invalid small">{t('dateInvalid')}</span>
      )}
    </label>
  );
}

/** The ISO date of a field's text, or null. */
export function dateOf(text: string): string | null {
  return parseChineseDate(text);
}

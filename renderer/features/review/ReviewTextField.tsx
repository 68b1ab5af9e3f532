import { useId, useState } from 'react';
import { MAX_COMMENT_CHARS } from '../../../shared/bundle/bundle-limits';

/**
 * A comment field: what is typed is the field's own (the journal's copy follows within a second
 * of the last keystroke); `onEdit` hands each change to the saver.
 */
export function ReviewTextField(props: {
  readonly label: string;
  readonly saved: string;
  readonly onEdit: (text: string) => void;
  readonly rows?: number;
  readonly testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState(props.saved);
  return (
    <div className="review-text">
      <label htmlFor={id}>{props.label}</label>
      {/* Off: Chromium keeps a form's state (its text) in its session files otherwise. */}
      <textarea
        id={id}
        autoComplete="off"
        rows={props.rows ?? 2}
        maxLength={MAX_COMMENT_CHARS}
        value={text}
        data-testid={props.testId}
        onChange={(event) => {
          setText(event.target.value);
          props.onEdit(event.target.value);
        }}
      />
    </div>
  );
}

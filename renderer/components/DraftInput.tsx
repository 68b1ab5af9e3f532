import { useState } from 'react';
import type { InputHTMLAttributes } from 'react';

/**
 * An input that keeps what is being typed and hands it over once the field loses focus, only if
 * it differs from what was saved: one change per edit, not one per keystroke. A new saved value
 * takes a new `key`.
 */
export function DraftInput(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'> & {
    /** What the field starts from (the saved value as shown). */
    readonly saved: string;
    readonly onCommit: (draft: string) => void;
  },
) {
  const { saved, onCommit, ...input } = props;
  const [draft, setDraft] = useState(saved);
  return (
    <input
      {...input}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => {
        if (draft !== saved) onCommit(draft);
      }}
    />
  );
}

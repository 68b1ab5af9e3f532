import { useRef } from 'react';

/**
 * A button that opens the system's file dialog for one file, in the UI's language (Chromium's
 * own file field says "Choose File" whatever the language).
 */
export function FilePicker(props: {
  readonly label: string;
  readonly accept: string;
  readonly disabled: boolean;
  readonly testId: string;
  readonly onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

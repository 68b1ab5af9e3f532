import { fingerprintGroups } from './fingerprint-groups';

/** The fingerprint in its four groups, spaced to be read aloud; copied as one piece of text. */
export function FingerprintGroups(props: {
  readonly fingerprint: string;
  readonly large?: boolean;
  readonly testId?: string;
}) {
  return (
    <span
      className={props.large ? 'id-fingerprint id-fingerprint-large' : 'id-fingerprint'}
      data-testid={props.testId}
      aria-label={props.fingerprint}
    >
      {fingerprintGroups(props.fingerprint).map((group, index) => (
        <span key={index} className="id-fingerprint-group">
          {group}
        </span>
      ))}
    </span>
  );
}

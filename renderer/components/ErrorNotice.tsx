import { useErrorText } from '../app/i18n/error-text';
import { useTranslation } from '../app/i18n/use-translation';
import type { ShownError } from '../ipc/shown-error';

/** A way to put the notice away: a word, or a symbol whose name the label gives. */
export interface NoticeDismissal {
  readonly onDismiss: () => void;
  /** The button's name: its text, or its accessible name when `symbol` is shown instead. */
  readonly label: string;
  readonly symbol?: string;
}

/**
 * Every error the UI shows, in one form: red, announced (role="alert"), its text from
 * error-text.ts in the UI's language. Optionally dismissed, or retried with a heading.
 */
export function ErrorNotice(props: {
  readonly error: ShownError;
  /** Classes the surrounding screen lays the notice out with. */
  readonly className?: string;
  readonly testId?: string;
  readonly dismiss?: NoticeDismissal;
  /** Offers the failed load again, under the heading 出错了 / Something went wrong. */
  readonly onRetry?: () => void;
}) {
  const t = useTranslation();
  const text = useErrorText()(props.error);
  const { dismiss, onRetry } = props;
  const className = props.className
    ? `notice notice-error ${props.className}`
    : 'notice notice-error';
  return (
    <div className={className} role="alert" data-testid={props.testId}>
      {onRetry ? (
        <>
          <strong>{t('common.error')}</strong>：{text}{' '}
          <button type="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </>
      ) : dismiss ? (
        <>
          <span>{text}</span>
          <button
            type="button"
            className="link"
            onClick={dismiss.onDismiss}
            aria-label={dismiss.symbol === undefined ? undefined : dismiss.label}
          >
            {dismiss.symbol ?? dismiss.label}
          </button>
        </>
      ) : (
        text
      )}
    </div>
  );
}

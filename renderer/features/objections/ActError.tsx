import type { FollowUpCall } from '../../state/followup-actions';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { followupMessages } from './followup-messages';
import { clearFollowUpError, useFollowUpStore } from '../../state/followup-actions';

/**
 * The refusal of the act this form sent, beside its button: the form may sit far below the top
 * of the screen, where a notice would go unseen.
 */
export function ActError(props: { readonly sent: (act: FollowUpCall) => boolean }) {
  const t = useMessages(followupMessages);
  const error = useFollowUpStore((s) => s.error);
  const failed = useFollowUpStore((s) => s.failed);
  if (!error || !failed || !props.sent(failed)) return null;
  return (
    <ErrorNotice
      error={error}
      className="fu-error"
      testId="followup-error"
      dismiss={{ onDismiss: clearFollowUpError, label: t('dismiss'), symbol: '×' }}
    />
  );
}

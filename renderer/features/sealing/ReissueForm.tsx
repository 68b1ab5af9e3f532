import { useState } from 'react';
import type { SealReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { Checkbox } from '../../components/Checkbox';
import { ErrorNotice } from '../../components/ErrorNotice';
import { loadOverview, reissuePackage } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { usePartError } from '../../state/use-part-error';
import { sealMessages } from './seal-messages';

/**
 * 重新签发: one person's package sealed again from the case as it stands, with their next
 * sequence (a conflict found late, a lost slip, a replacement expert). Main asks for the folder.
 */
export function ReissueForm(props: {
  readonly roundId: string;
  readonly expertId: string;
  readonly name: string;
  readonly nextSequence: number;
  readonly defaultWithPassphrase: boolean;
  readonly onDone: (report: SealReportView) => void;
  readonly onCancel: () => void;
}) {
  const t = useMessages(sealMessages);
  const busy = useOfficeStore(selectIsBusy);
  const error = usePartError('reissue');
  const [note, setNote] = useState('');
  const [withPassphrase, setWithPassphrase] = useState(props.defaultWithPassphrase);
  const titleId = `reissue-title-${props.expertId}`;

  const reissue = async () => {
    const trimmed = note.trim();
    const report = await reissuePackage({
      roundId: props.roundId,
      expertId: props.expertId,
      withPassphrase,
      ...(trimmed === '' ? {} : { note: trimmed }),
    });
    if (report) props.onDone(report);
    await loadOverview();
  };

  return (
    <form
      className="seal-reissue"
      aria-labelledby={titleId}
      data-testid="reissue-form"
      onSubmit={(event) => {
        event.preventDefault();
        void reissue();
      }}
    >
      <strong id={titleId}>{t('reissue.title', { name: props.name, id: props.expertId })}</strong>
      <p className="small muted">{t('reissue.explain', { sequence: props.nextSequence })}</p>
      <div className="toolbar">
        <label className="inline-field seal-reissue-note">
          {t('reissue.note')}
          <input
            value={note}
            maxLength={500}
            placeholder={t('reissue.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <label className="inline-field">
          <Checkbox checked={withPassphrase} onChange={setWithPassphrase} />
          {t('reissue.withPassphrase')}
        </label>
        <span className="spacer" />
        <button type="button" onClick={props.onCancel}>
          {t('reissue.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('reissue.submit')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

import type { FormalCheckItemResult } from '../../../shared/office/formal-check';
import type { FormalCheckState } from '../../../shared/office/formal-check-state';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { DraftInput } from '../../components/DraftInput';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { formalCheckMessages } from './formal-check-messages';

const states: readonly FormalCheckState[] = ['pass', 'fail', 'pending'];

/** The note is saved when the field loses focus, and only when it changed. */
function NoteInput(props: {
  readonly saved: string;
  readonly label: string;
  readonly save: (note: string) => void;
}) {
  const t = useMessages(formalCheckMessages);
  return (
    <DraftInput
      className="fc-note"
      maxLength={1000}
      saved={props.saved}
      placeholder={t('checklist.notePlaceholder')}
      title={t('checklist.noteHint')}
      aria-label={`${props.label} ${t('checklist.note')}`}
      onCommit={props.save}
    />
  );
}

/** One item: its rule, what the data suggests, the office's three-state decision and a note. */
export function ChecklistItem(props: {
  readonly applicationId: string;
  readonly result: FormalCheckItemResult;
}) {
  const t = useMessages(formalCheckMessages);
  const bilingual = useBilingualLabel();
  const busy = useOfficeStore(selectIsBusy);
  const { result, applicationId } = props;
  const { item, suggestion } = result;
  const label = bilingual(item);
  const article = bilingual({ zh: item.article, en: item.articleEn });
  const send = (request: { state?: FormalCheckState | null; note?: string }) =>
    void changeOffice('setFormalCheckItem', { applicationId, itemId: item.id, ...request });

  const buttonClass = (state: FormalCheckState) => {
    if (result.state !== state) return undefined;
    return result.decidedByOffice ? `fc-chosen fc-chosen-${state}` : `fc-suggested-${state}`;
  };

  return (
    <li className={`fc-item fc-item-${result.state}`} data-item={item.id}>
      <div className="fc-item-head">
        <span className="fc-item-label">{label}</span>
        <span className="fc-article">{article}</span>
      </div>
      <div className="fc-item-actions">
        <div className="segmented fc-decision" role="group" aria-label={label}>
          {states.map((state) => (
            <button
              key={state}
              type="button"
              className={buttonClass(state)}
              aria-pressed={result.decidedByOffice && result.state === state}
              disabled={busy}
              onClick={() => send({ state })}
            >
              {t(`state.${state}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="link fc-restore"
          disabled={busy || !result.decidedByOffice}
          onClick={() => send({ state: null })}
        >
          {t('checklist.restore')}
        </button>
      </div>
      <p className="fc-item-suggestion">
        {result.decidedByOffice ? (
          <span className="badge fc-decided">{t('checklist.decided')}</span>
        ) : suggestion ? (
          <span className="badge">{t('checklist.followsSuggestion')}</span>
        ) : (
          <span className="badge badge-warning">{t('checklist.undecided')}</span>
        )}
        {suggestion && (
          <span className="muted">
            {' '}
            {t('checklist.suggestion', {
              state: t(`state.${suggestion.state}`),
              reason: suggestion.reason,
            })}
          </span>
        )}
      </p>
      <NoteInput
        key={result.note}
        saved={result.note}
        label={label}
        save={(note) => send({ note })}
      />
    </li>
  );
}

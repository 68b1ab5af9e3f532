import { useState } from 'react';
import { validateRubric, type Rubric } from '../../../shared/domain/rubric';
import type { OfficeRound } from '../../../shared/office/office-round';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { RubricBandsTable } from './RubricBandsTable';
import { RubricCriteriaTable } from './RubricCriteriaTable';
import { withoutPlaceholderMark } from './rubric-draft';
import { rrMessages } from './rr-messages';

/**
 * The round's rubric as an editable draft: problems from validateRubric as the clerk types, and
 * saving only a usable rubric (main refuses anything else, and any change once sealed).
 */
export function RubricEditor(props: {
  readonly round: OfficeRound;
  readonly justSaved: boolean;
  readonly onSaved: () => void;
}) {
  const t = useMessages(rrMessages);
  const busy = useOfficeStore(selectIsBusy);
  const saved = props.round.round.rubric;
  const [draft, setDraft] = useState<Rubric>(saved);
  const sealed = props.round.round.status !== 'draft';
  const problems = validateRubric(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const save = async () => {
    // Saved by the office, the weights and grades are no longer our placeholder, nor its name.
    const rubric = {
      ...draft,
      name: saved.isPlaceholder ? withoutPlaceholderMark(draft.name) : draft.name,
      isPlaceholder: false,
    };
    const ok = await changeOffice('setRubric', { roundId: props.round.round.id, rubric });
    if (ok) props.onSaved();
  };

  return (
    <section aria-labelledby="rubric-title" className="rr-rubric">
      <div className="toolbar rr-rubric-head">
        <h3 id="rubric-title">{t('rubric.title')}</h3>
        <label className="inline-field rr-name">
          {t('rubric.name')}
          <input
            value={draft.name}
            maxLength={100}
            disabled={sealed}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </label>
        <span className="spacer" />
        {dirty && <span className="badge badge-warning">{t('rubric.unsaved')}</span>}
        {!dirty && props.justSaved && (
          <span className="badge badge-ok" data-testid="rubric-saved">
            {t('rubric.saved')}
          </span>
        )}
        <button type="button" disabled={!dirty || busy} onClick={() => setDraft(saved)}>
          {t('rubric.discard')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={sealed || !dirty || problems.length > 0 || busy}
          onClick={() => void save()}
        >
          {t('rubric.save')}
        </button>
      </div>
      {saved.isPlaceholder ? (
        <div className="notice notice-warning" data-testid="rubric-placeholder">
          <span className="badge badge-warning">{t('rubric.placeholderBadge')}</span>{' '}
          {t('rubric.placeholderNote')}
        </div>
      ) : (
        <p className="muted small">{t('rubric.officeSet')}</p>
      )}
      {problems.length > 0 && (
        <div className="notice notice-error" role="status" data-testid="rubric-problems">
          <strong>{t('rubric.problems')}</strong>
          <ul className="problem-list">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length === 0 && dirty && <p className="rr-ok small">{t('rubric.usable')}</p>}
      <RubricCriteriaTable rubric={draft} disabled={sealed} onChange={setDraft} />
      <h3>{t('rubric.bands')}</h3>
      <RubricBandsTable rubric={draft} disabled={sealed} onChange={setDraft} />
    </section>
  );
}

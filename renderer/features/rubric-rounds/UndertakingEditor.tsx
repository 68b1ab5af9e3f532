import { useState } from 'react';
import type { OfficeRound } from '../../../shared/office/office-round';
import { UNDERTAKING_MAX_LENGTH, undertakingOf } from '../../../shared/office/undertaking';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { rrMessages } from './rr-messages';

/**
 * 保密承诺 of the round (Article 15; issue 10, point 1): the text every package of the round
 * carries and each expert signs before the first application opens. The default is drawn from
 * the regulation; the office may word its own until the round is sealed. Keyed by the saved text
 * by its caller, so a save starts a fresh draft.
 */
export function UndertakingEditor(props: { readonly round: OfficeRound }) {
  const t = useMessages(rrMessages);
  const busy = useOfficeStore(selectIsBusy);
  const saved = undertakingOf(props.round);
  const [draft, setDraft] = useState(saved);
  const sealed = props.round.round.status !== 'draft';
  const isDefault = props.round.undertaking === undefined;
  const roundId = props.round.round.id;
  const dirty = draft !== saved;
  const empty = draft.trim() === '';
  return (
    <section className="rr-undertaking" aria-labelledby="undertaking-title">
      <div className="toolbar">
        <h3 id="undertaking-title">{t('undertaking.title')}</h3>
        <span className={isDefault ? 'badge' : 'badge badge-ok'} data-testid="undertaking-source">
          {isDefault ? t('undertaking.default') : t('undertaking.officeSet')}
        </span>
        <span className="spacer" />
        {dirty && <span className="muted small">{t('rubric.unsaved')}</span>}
      </div>
      <p className="muted small">{t('undertaking.hint')}</p>
      <textarea
        className="rr-undertaking-text"
        aria-labelledby="undertaking-title"
        value={draft}
        readOnly={sealed}
        maxLength={UNDERTAKING_MAX_LENGTH}
        rows={7}
        onChange={(event) => setDraft(event.target.value)}
      />
      {!sealed && (
        <div className="toolbar">
          {empty && <span className="panel-invalid small">{t('undertaking.empty')}</span>}
          <span className="spacer" />
          <button
            type="button"
            disabled={busy || isDefault}
            onClick={() => void changeOffice('setUndertaking', { roundId, text: null })}
          >
            {t('undertaking.reset')}
          </button>
          <button type="button" disabled={busy || !dirty} onClick={() => setDraft(saved)}>
            {t('rubric.discard')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || !dirty || empty}
            onClick={() => void changeOffice('setUndertaking', { roundId, text: draft })}
          >
            {t('undertaking.save')}
          </button>
        </div>
      )}
    </section>
  );
}

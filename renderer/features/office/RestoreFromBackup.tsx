import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { officeMessages } from './office-messages';
import type { RolledBack } from './rolled-back';

/**
 * 从备份恢复: the one way past a rollback refusal. Kept apart from opening and closed until the
 * office asks for it; the generation is prefilled from the refusal, and the restore needs a
 * confirmation that later changes are lost and that the act is logged.
 */
export function RestoreFromBackup(props: {
  readonly rolledBack: RolledBack;
  readonly disabled: boolean;
  readonly onRestore: (generation: number) => void;
}) {
  const t = useMessages(officeMessages);
  const [expanded, setExpanded] = useState(false);
  const [generation, setGeneration] = useState(String(props.rolledBack.found));
  const [confirmed, setConfirmed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // On a small screen the form opens below the fold: bring its confirmation into view.
  useEffect(() => {
    if (expanded) form.current?.scrollIntoView({ block: 'nearest' });
  }, [expanded]);
  const chosen = /^\d{1,9}$/.test(generation.trim()) ? Number(generation.trim()) : null;

  return (
    <section className="gate-restore" aria-labelledby="restore-title" data-testid="restore">
      <h3 id="restore-title">{t('restore.title')}</h3>
      <p className="small">{t('restore.explain')}</p>
      <p className="small gate-restore-caution">{t('restore.caution')}</p>
      {!expanded ? (
        <button type="button" disabled={props.disabled} onClick={() => setExpanded(true)}>
          {t('restore.start')}
        </button>
      ) : (
        <form
          ref={form}
          className="gate-restore-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen !== null && confirmed) props.onRestore(chosen);
          }}
        >
          <div className="toolbar">
            <label className="inline-field">
              {t('restore.generation')}
              <input
                className="year-input"
                inputMode="numeric"
                value={generation}
                aria-invalid={chosen === null}
                onChange={(event) => {
                  setGeneration(event.target.value);
                  setConfirmed(false);
                }}
              />
            </label>
            <span className="small muted">
              {t('restore.seen', {
                found: props.rolledBack.found,
                highest: props.rolledBack.highest ?? '?',
              })}
            </span>
          </div>
          <label className="gate-restore-confirm">
            <input
              type="checkbox"
              checked={confirmed}
              disabled={chosen === null}
              onChange={(event) => setConfirmed(event.target.checked)}
            />
            <span>{t('restore.confirm', { generation: chosen ?? '?' })}</span>
          </label>
          <div className="toolbar">
            <button
              type="submit"
              className="danger"
              disabled={props.disabled || chosen === null || !confirmed}
            >
              {t('restore.submit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setExpanded(false);
                setConfirmed(false);
              }}
            >
              {t('restore.cancel')}
            </button>
            <span className="small muted">{t('restore.dialogs')}</span>
          </div>
        </form>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useOfficeTaskText } from '../../app/i18n/office-tasks';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { clearOfficeError } from '../../state/office-actions';
import { selectBusy, selectError, selectOverview, useOfficeStore } from '../../state/office-store';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationTable } from './ApplicationTable';
import { FormalCheckToolbar } from './FormalCheckToolbar';
import { formalCheckMessages } from './formal-check-messages';
import { QuotaNotice } from './QuotaNotice';

/** 形式审查 (Articles 9 and 18; notice 一.(二)): the year's applications and their checklists. */
export function FormalCheckScreen() {
  const t = useMessages(formalCheckMessages);
  const taskText = useOfficeTaskText();
  const overview = useOfficeStore(selectOverview);
  const busy = useOfficeStore(selectBusy);
  const error = useOfficeStore(selectError('screen'));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  if (!overview) return null;
  const { applications } = overview.record;
  const selected = applications.find((a) => a.id === selectedId) ?? applications[0] ?? null;

  return (
    <section className="screen fc-screen" aria-labelledby="screen-title">
      <div className="fc-header">
        <h2 id="screen-title">{t('title')}</h2>
        <span className="muted small">{t('articles')}</span>
        <span className="spacer" />
        <span className="muted small" aria-live="polite">
          {busy ? taskText(busy) : ''}
        </span>
      </div>
      <FormalCheckToolbar overview={overview} />
      {error && (
        <ErrorNotice
          error={error}
          className="fc-error"
          dismiss={{ onDismiss: () => clearOfficeError(), label: t('dismiss'), symbol: '×' }}
        />
      )}
      <QuotaNotice overview={overview} />
      <ApplicationTable
        overview={overview}
        selectedId={selected?.id ?? null}
        onSelect={setSelectedId}
      />
      {selected ? (
        <ApplicationDetail key={selected.id} overview={overview} application={selected} />
      ) : null}
    </section>
  );
}

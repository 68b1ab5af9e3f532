import { useEffect, useRef, useState } from 'react';
import type { SealReportView } from '../../../shared/ipc/office-views';
import { sealingPlanForRound } from '../../../shared/office/office-case';
import { sealingRecipients } from '../../../shared/office/visibility';
import { useMessages } from '../../app/i18n/use-messages';
import { api } from '../../ipc/client';
import { useOfficeStore } from '../../state/office-store';
import { OfficeStatusLine } from '../panel/OfficeStatusLine';
import { RoundPicker, useRoundChoice } from '../rubric-rounds/RoundPicker';
import { RecipientsTable } from './RecipientsTable';
import { SealingChecks } from './SealingChecks';
import { SealReportPanel } from './SealReportPanel';
import { sealMessages } from './seal-messages';
import { blockingSealingProblems } from '../../../shared/office/sealing-blockers';

/** 封装分发: the round's checks and recipients, an optional passphrase, sealing, the report. */
export function SealingScreen() {
  const t = useMessages(sealMessages);
  const { overview, busy, setBusy, loadOverview } = useOfficeStore();
  const rounds = overview?.case.rounds ?? [];
  const { round, choose } = useRoundChoice(rounds);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [report, setReport] = useState<{ view: SealReportView; passphrase: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  // The report appears below the form: bring it into view once sealing is done.
  useEffect(() => {
    if (report) reportRef.current?.scrollIntoView({ block: 'start' });
  }, [report]);
  if (!overview) return null;
  if (!round) return <p className="notice">{t('noRound')}</p>;
  const roundId = round.round.id;
  const problems = overview.sealing.find((s) => s.roundId === roundId)?.problems ?? [];
  const { recipients } = sealingRecipients(sealingPlanForRound(overview.case, roundId));
  const blocked = problems.some((p) => blockingSealingProblems.has(p.code));
  const mismatch = passphrase !== repeat;

  const seal = async () => {
    setError(null);
    setReport(null);
    setBusy(t('seal.busy'));
    try {
      const result = await api().office.seal({
        roundId,
        ...(passphrase ? { passphrase } : {}),
      });
      if (result.ok) {
        setReport({ view: result.value, passphrase: passphrase !== '' });
        setPassphrase('');
        setRepeat('');
      } else setError(result.error.message);
    } finally {
      setBusy(null);
    }
    await loadOverview();
  };

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h2 id="screen-title">{t('title')}</h2>
        <RoundPicker
          label={t('rounds')}
          rounds={rounds}
          value={roundId}
          onChange={(id) => {
            choose(id);
            setReport(null);
          }}
        />
      </header>
      <OfficeStatusLine />
      <div className="seal-columns">
        <SealingChecks problems={problems} />
        <RecipientsTable
          recipients={recipients}
          case={overview.case}
          roundApplicationIds={round.applicationIds}
        />
      </div>
      <form
        className="seal-form"
        aria-labelledby="pass-title"
        onSubmit={(event) => {
          event.preventDefault();
          void seal();
        }}
      >
        <h3 id="pass-title">{t('pass.title')}</h3>
        <p className="muted small">{t('pass.hint')}</p>
        <div className="toolbar">
          <label className="inline-field">
            {t('pass.first')}
            <input
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </label>
          <label className="inline-field">
            {t('pass.second')}
            <input
              type="password"
              autoComplete="new-password"
              value={repeat}
              aria-invalid={mismatch}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </label>
          {mismatch && <span className="seal-mismatch small">{t('pass.mismatch')}</span>}
          <span className="spacer" />
          <span className="muted small">{blocked ? t('seal.blocked') : t('seal.hint')}</span>
          <button
            type="submit"
            className="primary"
            disabled={blocked || mismatch || recipients.length === 0 || busy !== null}
          >
            {t('seal')}
          </button>
        </div>
      </form>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      <div ref={reportRef}>
        {report && <SealReportPanel report={report.view} withPassphrase={report.passphrase} />}
      </div>
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { SealReportView } from '../../../shared/ipc/office-views';
import { sealingPlanForRound } from '../../../shared/office/office-record';
import {
  blockingSealingProblems,
  committeeSignersRefusal,
} from '../../../shared/office/sealing-blockers';
import { sealingRecipients } from '../../../shared/office/visibility';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Checkbox } from '../../components/Checkbox';
import { useRoundChoice } from '../../components/round-choice';
import { RoundScreen } from '../../components/RoundScreen';
import { loadOverview, sealRound } from '../../state/office-actions';
import { selectIsBusy, selectOverview, useOfficeStore } from '../../state/office-store';
import { usePartError } from '../../state/use-part-error';
import { RecipientsTable } from './RecipientsTable';
import { SealingChecks } from './SealingChecks';
import { SealReportPanel } from './SealReportPanel';
import { sealMessages } from './seal-messages';

interface ShownReport {
  readonly view: SealReportView;
  readonly kind: 'sealing' | 'reissue';
  /** Tells one report from the next, so the slips' state starts afresh with each. */
  readonly serial: number;
}

/**
 * 封装分发: the round's checks and recipients, per-package passphrases or none, sealing, the
 * report; once sealed, one person's package can be issued again.
 */
export function SealingScreen() {
  const t = useMessages(sealMessages);
  const overview = useOfficeStore(selectOverview);
  const busy = useOfficeStore(selectIsBusy);
  const error = usePartError('seal');
  const rounds = overview?.record.rounds ?? [];
  const { round, choose } = useRoundChoice(rounds);
  const [withPassphrases, setWithPassphrases] = useState(false);
  const [report, setReport] = useState<ShownReport | null>(null);
  const [reissuing, setReissuing] = useState<string | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  // The report appears below the form: bring it into view once sealing is done.
  useEffect(() => {
    if (report) reportRef.current?.scrollIntoView({ block: 'start' });
  }, [report]);
  if (!overview) return null;
  if (!round) return <p className="notice">{t('noRound')}</p>;
  const roundId = round.round.id;
  const sealed = round.round.status !== 'draft';
  const problems = overview.sealing.find((s) => s.roundId === roundId)?.problems ?? [];
  const plan = sealingPlanForRound(overview.record, roundId);
  const { recipients } = sealingRecipients(plan);
  const blocked = problems.some((p) => blockingSealingProblems.has(p.code));
  const show = (view: SealReportView, kind: ShownReport['kind']) =>
    setReport((previous) => ({ view, kind, serial: (previous?.serial ?? 0) + 1 }));

  const seal = async () => {
    setReport(null);
    setReissuing(null);
    const sealedReport = await sealRound({ roundId, withPassphrases });
    if (sealedReport) {
      choose(roundId);
      show(sealedReport, 'sealing');
    }
    await loadOverview();
  };

  return (
    <RoundScreen
      title={t('title')}
      roundsLabel={t('rounds')}
      rounds={rounds}
      roundId={roundId}
      onChoose={(id) => {
        choose(id);
        setReport(null);
        setReissuing(null);
      }}
    >
      <div className={sealed ? 'seal-columns seal-columns-sealed' : 'seal-columns'}>
        <SealingChecks
          problems={problems}
          plan={plan}
          signersRefusal={committeeSignersRefusal(plan)}
        />
        <RecipientsTable
          recipients={recipients}
          record={overview.record}
          roundId={roundId}
          roundApplicationIds={round.applicationIds}
          sealed={sealed}
          reissuing={reissuing}
          onReissuing={setReissuing}
          defaultWithPassphrase={withPassphrases}
          onReissued={(view) => {
            setReissuing(null);
            show(view, 'reissue');
          }}
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
        <label className="seal-option">
          <Checkbox checked={withPassphrases} onChange={setWithPassphrases} />
          {t('pass.option')}
        </label>
        <p className="muted small">{t('pass.hint')}</p>
        <div className="toolbar">
          <span className="spacer" />
          <span className="muted small">
            {blocked ? t('seal.blocked') : sealed ? t('seal.againHint') : t('seal.hint')}
          </span>
          <button
            type="submit"
            className={sealed ? undefined : 'primary'}
            disabled={blocked || recipients.length === 0 || busy}
          >
            {sealed ? t('seal.again') : t('seal')}
          </button>
        </div>
      </form>
      {error && <ErrorNotice error={error} />}
      <div ref={reportRef}>
        {report && <SealReportPanel key={report.serial} report={report.view} kind={report.kind} />}
      </div>
    </RoundScreen>
  );
}

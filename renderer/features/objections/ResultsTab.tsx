import { useEffect, useState } from 'react';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import {
  defenseFromResult,
  importResult,
  recordAct,
  reopenResult,
  useFollowUpStore,
} from '../../state/followup-actions';
import { ActError } from './ActError';
import { ApplicationListTable } from './ApplicationListTable';
import { FilePicker } from './FilePicker';
import { ResultCutsAndRanking, ResultList } from './ResultDetail';
import { followupMessages } from './followup-messages';
import { applicationLabel } from './followup-view';

/** The chair's result bundle of a round: chosen, verified in main, its list shown. */
function ImportResult(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  const openedViews = useFollowUpStore((s) => s.opened);
  const reopening = useFollowUpStore((s) => s.reopening);
  const alreadyImported = useFollowUpStore((s) => s.alreadyImported);
  const { record, state } = props;
  const rounds = record.rounds;
  const [roundId, setRoundId] = useState(rounds[0]?.round.id ?? '');
  // After a restart: each imported result opened again from the workspace, once per run.
  const unopened = rounds
    .flatMap((r) => {
      const result = state.results[r.round.id];
      return result !== undefined && openedViews[r.round.id]?.resultDigest !== result.resultDigest
        ? [`${r.round.id}:${result.resultDigest}`]
        : [];
    })
    .join(',');
  useEffect(() => {
    for (const pair of unopened.split(',')) {
      const [id, digest] = pair.split(':');
      if (id && digest) void reopenResult(id, digest);
    }
  }, [unopened]);
  return (
    <section className="fu-form" aria-labelledby="result-import-title">
      <h3 id="result-import-title">{t('results.title')}</h3>
      <p className="muted small">{t('results.explain')}</p>
      <div className="fu-row">
        <label className="fu-field">
          <span>{t('results.round')}</span>
          <select value={roundId} onChange={(event) => setRoundId(event.target.value)}>
            {rounds.map((r) => (
              <option key={r.round.id} value={r.round.id}>
                {r.round.name}
              </option>
            ))}
          </select>
        </label>
        <FilePicker
          label={t('results.file')}
          accept=".qbbundle"
          testId="result-input"
          disabled={busy || handler.trim() === '' || roundId === ''}
          onFile={(file) => void importResult(roundId, file)}
        />
      </div>
      <ActError sent={(call) => call.kind === 'import-result' || call.kind === 'open-result'} />
      {alreadyImported !== null && state.results[alreadyImported] && (
        <p className="notice small" data-testid="result-already-imported">
          {t('results.already')}
        </p>
      )}
      {rounds.map((r) => {
        const result = state.results[r.round.id];
        if (!result) return null;
        // The opened bundle's view, only beside the import it came with.
        const opened = openedViews[r.round.id];
        const view = opened?.resultDigest === result.resultDigest ? opened : undefined;
        const defenseBuilt = record.rounds.some(
          (d) =>
            d.round.kind === 'defense' &&
            d.applicationIds.length === result.applicationIds.length &&
            d.applicationIds.every((id) => result.applicationIds.includes(id)),
        );
        return (
          <div key={r.round.id}>
            <div className="fu-result" data-testid={`result-${r.round.id}`}>
              <p className="fu-result-head">
                <strong>
                  {t(
                    result.listKind === 'defense-shortlist'
                      ? 'results.shortlist'
                      : 'results.preliminary',
                    { round: r.round.name, count: result.applicationIds.length },
                  )}
                </strong>
                <span className="muted small fu-result-signer">
                  {t('results.signed', {
                    who:
                      record.experts.find((e) => e.id === result.signer.expertId)?.name ??
                      result.signer.expertId,
                    role: t(
                      result.signer.role === 'chair' ? 'results.chair' : 'results.viceActing',
                    ),
                    digest: result.resultDigest.slice(0, 16),
                  })}
                </span>
              </p>
              {view ? (
                <ResultList record={record} roundId={r.round.id} view={view} />
              ) : (
                <>
                  <ApplicationListTable record={record} ids={result.applicationIds} />
                  <p className="muted small">
                    {reopening.includes(r.round.id) ? t('results.reopening') : t('results.reopen')}
                  </p>
                </>
              )}
              {result.listKind === 'defense-shortlist' && (
                <div className="toolbar">
                  <span className="muted small">
                    {defenseBuilt ? t('results.defenseBuilt') : t('results.defenseHint')}
                  </span>
                  <span className="spacer" />
                  <button
                    type="button"
                    disabled={busy || defenseBuilt}
                    onClick={() => void defenseFromResult(r.round.id)}
                  >
                    {t('results.buildDefense')}
                  </button>
                </div>
              )}
            </div>
            {view && <ResultCutsAndRanking record={record} roundId={r.round.id} view={view} />}
          </div>
        );
      })}
      <ActError sent={(call) => call.kind === 'defense-from-result'} />
    </section>
  );
}

/** 答辩顺序 and 缺席答辩 of a defense round. */
function DefenseArrangement(props: {
  readonly record: OfficeRecord;
  readonly state: FollowUpState;
}) {
  const t = useMessages(followupMessages);
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  const canRecord = !busy && handler.trim() !== '';
  const { record, state } = props;
  const defenseRounds = record.rounds.filter((r) => r.round.kind === 'defense');
  const [roundId, setRoundId] = useState(defenseRounds.at(-1)?.round.id ?? '');
  const round = defenseRounds.find((r) => r.round.id === roundId) ?? defenseRounds.at(-1);
  const saved = round ? state.defense[round.round.id] : undefined;
  const [order, setOrder] = useState<readonly string[]>(
    () => saved?.order ?? round?.applicationIds ?? [],
  );
  const [absent, setAbsent] = useState(round?.applicationIds[0] ?? '');
  const [reason, setReason] = useState('');
  if (!round) return <p className="muted">{t('defense.none')}</p>;
  const move = (index: number, by: number) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setOrder(next);
  };
  return (
    <section className="fu-form" aria-labelledby="defense-title">
      <h3 id="defense-title">{t('defense.title')}</h3>
      <p className="muted small">{t('defense.materials')}</p>
      {defenseRounds.length > 1 && (
        <label className="fu-field">
          <span>{t('results.round')}</span>
          <select
            value={round.round.id}
            onChange={(event) => {
              const next = defenseRounds.find((r) => r.round.id === event.target.value);
              setRoundId(event.target.value);
              setOrder(state.defense[event.target.value]?.order ?? next?.applicationIds ?? []);
            }}
          >
            {defenseRounds.map((r) => (
              <option key={r.round.id} value={r.round.id}>
                {r.round.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <DataTable
        className="fu-table"
        testId="defense-order"
        columns={[
          { header: t('defense.position'), className: 'numeric' },
          { header: t('site.application') },
          { header: t('defense.absence') },
          { label: t('col.action') },
        ]}
      >
        {order.map((id, index) => {
          const absence = saved?.absences.find((a) => a.applicationId === id);
          return (
            <tr key={id}>
              <td className="numeric">{index + 1}</td>
              <td>{applicationLabel(record, id)}</td>
              <td>{absence ? t('defense.absentBecause', { reason: absence.reason }) : ''}</td>
              <td className="fu-nowrap">
                <button
                  type="button"
                  aria-label={`${applicationLabel(record, id)} ${t('defense.up')}`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>{' '}
                <button
                  type="button"
                  aria-label={`${applicationLabel(record, id)} ${t('defense.down')}`}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
              </td>
            </tr>
          );
        })}
      </DataTable>
      <div className="toolbar">
        <span className="muted small">
          {saved?.order ? t('defense.orderSaved') : t('defense.orderNotSaved')}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={!canRecord}
          onClick={() =>
            void recordAct({
              kind: 'defense-order',
              roundId: round.round.id,
              applicationIds: [...order],
            })
          }
        >
          {t('defense.saveOrder')}
        </button>
      </div>
      <ActError sent={(call) => call.kind === 'defense-order'} />
      <form
        aria-label={t('defense.absence')}
        onSubmit={(event) => {
          event.preventDefault();
          void recordAct({
            kind: 'defense-absence',
            roundId: round.round.id,
            applicationId: absent,
            reason,
          }).then((done) => done && setReason(''));
        }}
      >
        <div className="fu-row">
          <label className="fu-field fu-wide">
            <span>{t('defense.absentApplication')}</span>
            <select value={absent} onChange={(event) => setAbsent(event.target.value)}>
              {round.applicationIds.map((id) => (
                <option key={id} value={id}>
                  {applicationLabel(record, id)}
                </option>
              ))}
            </select>
          </label>
          <label className="fu-field fu-wide">
            <span>{t('defense.reason')}</span>
            <input value={reason} autoComplete="off" onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" disabled={!canRecord || reason.trim() === ''}>
            {t('defense.recordAbsence')}
          </button>
        </div>
        <ActError sent={(call) => call.kind === 'defense-absence'} />
      </form>
    </section>
  );
}

/** 评审结果与答辩: the chair's result bundles, the defense round from the shortlist, its order. */
export function ResultsTab(props: {
  readonly record: OfficeRecord;
  readonly state: FollowUpState;
}) {
  return (
    <>
      <ImportResult record={props.record} state={props.state} />
      <DefenseArrangement
        key={props.record.rounds.map((r) => r.round.id).join()}
        record={props.record}
        state={props.state}
      />
    </>
  );
}

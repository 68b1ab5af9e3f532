/**
 * What the office sees of a result bundle it opened: the chair's list (position, 申报编号,
 * applicant, score), every application cut with its reason and figures, and the raw ranking with
 * its ties and the rule that separated them. Read-only; the tables scroll in their own boxes.
 */
import { cutReasonLabels } from '../../../shared/committee/committee-list';
import type { CutReason } from '../../../shared/committee/committee-list';
import type { ResultDetailView } from '../../../shared/office/followup/result-detail-view';
import { groupDecisionLabels } from '../../../shared/merge/deliberation-records';
import type { OfficeRecord } from '../../../shared/office/office-record';
import type { TieBreakRule } from '../../../shared/scoring/ranking';
import { formatForDisplay } from '../../../shared/scoring/rounding';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { followupMessages } from './followup-messages';

const points = (value: number): string => formatForDisplay(value);

interface DetailProps {
  readonly record: OfficeRecord;
  readonly roundId: string;
  readonly view: ResultDetailView;
}

/** The chair's list with its rule (quota, score line, basis). */
export function ResultList(props: DetailProps) {
  const t = useMessages(followupMessages);
  const { record, view } = props;
  const { list } = view;
  const applicant = (id: string) =>
    record.applications.find((a) => a.id === id)?.applicantName ?? '';
  return (
    <>
      <p className="muted small" data-testid={`result-rule-${props.roundId}`}>
        {t('detail.rule', {
          quota: list.quota === null ? t('detail.unset') : list.quota,
          line: list.scoreLine === null ? t('detail.unset') : points(list.scoreLine),
          basis: t(list.basis === 'normalised' ? 'detail.basisNormalised' : 'detail.basisRaw'),
        })}
      </p>
      <DataTable
        className="fu-table"
        testId={`result-list-${props.roundId}`}
        scrollClassName="fu-scroll"
        columns={[
          { header: t('detail.position'), className: 'numeric' },
          { header: t('col.no') },
          { header: t('col.applicant') },
          { header: t('detail.score'), className: 'numeric' },
        ]}
      >
        {list.entries.map((e) => (
          <tr key={e.applicationId}>
            <td className="numeric">{e.position}</td>
            <td className="fu-nowrap">{e.applicationNo}</td>
            <td>{applicant(e.applicationId)}</td>
            <td className="numeric">{points(e.score)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** Every cut with its reason in words, and the raw ranking with its ties and their rules. */
export function ResultCutsAndRanking(props: DetailProps) {
  const t = useMessages(followupMessages);
  const label = useBilingualLabel();
  const { record, view } = props;
  const applicant = (id: string) =>
    record.applications.find((a) => a.id === id)?.applicantName ?? '';
  const numberOf = (id: string) =>
    view.ranking.order.find((e) => e.applicationId === id)?.applicationNo ??
    record.applications.find((a) => a.id === id)?.applicationNo ??
    id;
  const criteria = record.rounds.find((r) => r.round.id === props.roundId)?.round.rubric.criteria;
  const criterionName = (id: string) => {
    const c = criteria?.find((x) => x.id === id);
    return c ? `${c.numeral}${c.title}` : id;
  };
  const ruleWords = (rule: TieBreakRule) =>
    rule.kind === 'criterion'
      ? t('detail.byCriterion', { criterion: criterionName(rule.criterionId) })
      : t('detail.byNo');
  const cutWords = (cut: CutReason): string => {
    const head = label(cutReasonLabels[cut.reason]);
    switch (cut.reason) {
      case 'not-scored':
      case 'group-undecided':
        return head;
      case 'group-decision':
        return t('detail.withText', { head, text: label(groupDecisionLabels[cut.decision]) });
      case 'committee-exclusion':
        return t('detail.withText', { head, text: cut.text });
      case 'below-score-line':
        return `${head}${t('detail.lineFigures', { score: points(cut.score), line: points(cut.line) })}`;
      case 'quota':
        return (
          head +
          t('detail.quotaFigures', { position: cut.position, quota: cut.quota }) +
          (cut.tie === null ? '' : t('detail.quotaTie', { rule: ruleWords(cut.tie) }))
        );
    }
  };
  const { list } = view;
  return (
    <div className="fu-detail" data-testid={`result-detail-${props.roundId}`}>
      <h4>{t('detail.cutsTitle', { count: list.cuts.length })}</h4>
      {list.cuts.length === 0 ? (
        <p className="muted small">{t('none')}</p>
      ) : (
        <DataTable
          className="fu-table"
          testId={`result-cuts-${props.roundId}`}
          scrollClassName="fu-scroll"
          columns={[
            { header: t('col.no') },
            { header: t('col.applicant') },
            { header: t('detail.reason') },
          ]}
        >
          {list.cuts.map((c) => (
            <tr key={c.applicationId}>
              <td className="fu-nowrap">{c.applicationNo}</td>
              <td>{applicant(c.applicationId)}</td>
              <td className="fu-text">{cutWords(c)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h4>{t('detail.rankingTitle')}</h4>
      <DataTable
        className="fu-table"
        testId={`result-ranking-${props.roundId}`}
        scrollClassName="fu-scroll"
        columns={[
          { header: t('detail.position'), className: 'numeric' },
          { header: t('detail.rank'), className: 'numeric' },
          { header: t('col.no') },
          { header: t('col.applicant') },
          { header: t('detail.score'), className: 'numeric' },
        ]}
      >
        {view.ranking.order.map((e) => (
          <tr key={e.applicationId}>
            <td className="numeric">{e.position}</td>
            <td className="numeric">{e.rank}</td>
            <td className="fu-nowrap">{e.applicationNo}</td>
            <td>{applicant(e.applicationId)}</td>
            <td className="numeric">{points(e.score)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="small" data-testid={`result-ties-${props.roundId}`}>
        {t('detail.ties')}
        {view.ranking.tieBreaks.length === 0
          ? t('detail.noTies')
          : view.ranking.tieBreaks
              .map((tie) =>
                t('detail.tie', {
                  above: numberOf(tie.above),
                  below: numberOf(tie.below),
                  rule: ruleWords(tie.rule),
                }),
              )
              .join(t('detail.tieSeparator'))}
      </p>
      {view.unscored.length > 0 && (
        <p className="small">{t('detail.unscored', { nos: view.unscored.join('、') })}</p>
      )}
    </div>
  );
}

import type { KeyboardEvent } from 'react';
import { scopeCategories } from '../../../shared/domain/application';
import type { Application } from '../../../shared/domain/application';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { FormalCheckStateBadge } from './FormalCheckStateBadge';
import { formalCheckMessages } from './formal-check-messages';
import { materialsSummary, UNREGISTERED_TITLE, UNREGISTERED_UNIT_ID } from './formal-check-view';

/** 推荐单位 as a name, or a badge when intake could not tell it or the list lacks it. */
export function UnitName(props: { readonly overview: OfficeOverview; readonly unitId: string }) {
  const t = useMessages(formalCheckMessages);
  if (props.unitId === UNREGISTERED_UNIT_ID) {
    return <span className="badge badge-warning">{t('unregistered')}</span>;
  }
  const unit = props.overview.units.find((u) => u.id === props.unitId);
  if (!unit)
    return <span className="badge badge-error">{t('unknownUnit', { unit: props.unitId })}</span>;
  return <>{unit.name}</>;
}

function Row(props: {
  readonly overview: OfficeOverview;
  readonly application: Application;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
}) {
  const t = useMessages(formalCheckMessages);
  const localized = useBilingualLabel();
  const { overview, application: a } = props;
  const summary = materialsSummary(overview.record.materials, a.id);
  const check = overview.formalChecks.find((c) => c.applicationId === a.id);
  const scope = scopeCategories.find((s) => s.id === a.scope);
  const select = () => props.onSelect(a.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select();
  };
  return (
    <tr
      className={props.selected ? 'fc-row fc-selected' : 'fc-row'}
      aria-current={props.selected ? true : undefined}
      tabIndex={0}
      onClick={select}
      onKeyDown={onKeyDown}
      data-application-no={a.applicationNo}
    >
      <td className="nowrap">{a.applicationNo}</td>
      <td>{a.applicantName}</td>
      <td>
        {a.experienceTitle === UNREGISTERED_TITLE ? (
          <span className="badge badge-warning">{t('unregistered')}</span>
        ) : (
          a.experienceTitle
        )}
      </td>
      <td>
        <UnitName overview={overview} unitId={a.recommendingUnitId} />
      </td>
      <td title={scope ? localized(scope) : undefined}>
        {t('scopeNumber', { numeral: scope?.numeral ?? '', number: a.scope })}
      </td>
      <td className="numeric">{summary.files.length}</td>
      <td>
        {summary.problems === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span className="fc-problems">
            <span className="fc-problem-count">{summary.problems}</span>
            {summary.categories.map((category) => (
              <span key={category} className="badge badge-error">
                {category}
              </span>
            ))}
          </span>
        )}
      </td>
      <td>{check && <FormalCheckStateBadge state={check.overall} />}</td>
    </tr>
  );
}

/** The year's applications; clicking a row (or Enter on it) selects it for the panel below. */
export function ApplicationTable(props: {
  readonly overview: OfficeOverview;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}) {
  const t = useMessages(formalCheckMessages);
  const { applications } = props.overview.record;
  if (applications.length === 0) {
    return <p className="notice">{t('table.empty')}</p>;
  }
  return (
    <DataTable
      className="fc-table"
      scrollClassName="table-scroll fc-table-scroll"
      label={t('table.label')}
      colClasses={[
        'fc-col-no',
        'fc-col-applicant',
        'fc-col-title',
        'fc-col-unit',
        'fc-col-scope',
        'fc-col-files',
        'fc-col-problems',
        'fc-col-state',
      ]}
      columns={[
        { header: t('table.no') },
        { header: t('table.applicant') },
        { header: t('table.title') },
        { header: t('table.unit') },
        { header: t('table.scope') },
        { header: t('table.materials'), className: 'numeric' },
        { header: t('table.problems') },
        { header: t('table.state') },
      ]}
    >
      {applications.map((application) => (
        <Row
          key={application.id}
          overview={props.overview}
          application={application}
          selected={application.id === props.selectedId}
          onSelect={props.onSelect}
        />
      ))}
    </DataTable>
  );
}

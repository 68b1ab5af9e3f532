import type { Application } from '../../../shared/domain/application';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { ApplicationFields } from './ApplicationFields';
import { FormalChecklist } from './FormalChecklist';
import { formalCheckMessages } from './formal-check-messages';
import { MaterialList } from './MaterialList';

/** The selected application: its checklist beside its register fields and its files. */
export function ApplicationDetail(props: {
  readonly overview: OfficeOverview;
  readonly application: Application;
}) {
  const t = useMessages(formalCheckMessages);
  const { overview, application } = props;
  const result = overview.formalChecks.find((c) => c.applicationId === application.id);
  const materials = overview.record.materials.filter((m) => m.applicationId === application.id);
  return (
    <section className="fc-detail" aria-labelledby="fc-detail-title" data-testid="fc-detail">
      <h3 id="fc-detail-title" className="fc-detail-title">
        {t('detail.heading', {
          no: application.applicationNo,
          applicant: application.applicantName,
        })}
      </h3>
      <div className="fc-detail-body">
        {result && <FormalChecklist result={result} />}
        <div className="fc-side">
          <ApplicationFields overview={overview} application={application} />
          <MaterialList materials={materials} />
        </div>
      </div>
    </section>
  );
}

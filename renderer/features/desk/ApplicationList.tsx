import { Fragment } from 'react';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { selectReading, useDeskStore } from '../../state/desk-store';
import type { DeskApplicationView } from '../../../shared/desk/desk-views';
import { deskMessages } from './desk-messages';
import { materialKindText, materialSize } from './desk-text';

/**
 * 申报编号, 申报单位, 经验名称 per application, with its materials (kind, name, size) below it;
 * 阅读 opens a material on the reading screen (`onRead`), the one read last is marked.
 */
export function ApplicationList(props: {
  readonly applications: readonly DeskApplicationView[];
  readonly onRead: (materialId: string) => void;
}) {
  const t = useMessages(deskMessages);
  const locale = useLocale();
  const reading = useDeskStore(selectReading);
  if (props.applications.length === 0) return <p className="notice">{t('applications.empty')}</p>;
  return (
    <section className="desk-panel" aria-labelledby="desk-applications-title">
      <h3 id="desk-applications-title">
        {t('applications.title', { count: props.applications.length })}
      </h3>
      <DataTable
        className="desk-table"
        label={t('applications.title', { count: props.applications.length })}
        testId="desk-applications"
        colClasses={['desk-col-no', 'desk-col-name', 'desk-col-size', 'desk-col-action']}
        columns={[
          { header: t('applications.no') },
          { header: `${t('applications.applicant')} / ${t('applications.title.column')}` },
          { header: t('material.size'), className: 'numeric' },
          { label: t('applications.materials') },
        ]}
      >
        {props.applications.map((application) => (
          <Fragment key={application.id}>
            <tr
              className="desk-application"
              data-testid={`application-${application.applicationNo}`}
            >
              <td className="desk-no">{application.applicationNo}</td>
              <td colSpan={3}>
                <span className="desk-applicant">{application.applicantName}</span>
                <span className="desk-title">{application.experienceTitle}</span>
              </td>
            </tr>
            {application.materials.map((material) => {
              const current = reading?.materialId === material.id;
              return (
                <tr
                  key={material.id}
                  className={current ? 'desk-material current' : 'desk-material'}
                >
                  <td className="desk-kind">{materialKindText(material.kind, locale)}</td>
                  <td className="desk-file" title={material.name}>
                    {material.name}
                  </td>
                  <td className="numeric nowrap">{materialSize(material.size, locale)}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-pressed={current}
                      aria-label={`${t('material.read')} ${material.name}`}
                      onClick={() => props.onRead(material.id)}
                    >
                      {current ? t('material.reading') : t('material.read')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </DataTable>
    </section>
  );
}

import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import type { DeskApplicationView } from '../../../shared/desk/desk-views';
import { materialKindLabels } from '../../../shared/domain/material';
import { readingMessages } from './reading-messages';

/**
 * The package's applications (申报编号, 经验名称) and their materials, compact, beside the
 * material being read: a click reads another. Long names are cut with an ellipsis and shown
 * whole on hover.
 */
export function MaterialNav(props: {
  readonly applications: readonly DeskApplicationView[];
  readonly currentMaterialId: string | null;
  readonly onRead: (materialId: string) => void;
}) {
  const t = useMessages(readingMessages);
  const locale = useLocale();
  return (
    <nav className="reading-nav" aria-label={t('nav.title')} data-testid="reading-nav">
      {props.applications.length === 0 ? (
        <p className="muted small">{t('nav.empty')}</p>
      ) : (
        <ol>
          {props.applications.map((application) => (
            <li key={application.id} className="reading-nav-application">
              <div
                className="reading-nav-head"
                title={`${application.applicationNo} ${application.experienceTitle}`}
              >
                <span className="reading-nav-no">{application.applicationNo}</span>
                <span className="reading-nav-title">{application.experienceTitle}</span>
              </div>
              <ul>
                {application.materials.map((material) => {
                  const current = material.id === props.currentMaterialId;
                  const labels = materialKindLabels[material.kind];
                  const kind = locale === 'zh-CN' ? labels.zh : labels.en;
                  return (
                    <li key={material.id}>
                      <button
                        type="button"
                        className="reading-nav-material"
                        aria-current={current ? 'true' : undefined}
                        title={material.name}
                        aria-label={`${kind} ${material.name}`}
                        onClick={() => props.onRead(material.id)}
                      >
                        <span className="reading-nav-kind">{kind}</span>
                        <span className="reading-nav-file">{material.name}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

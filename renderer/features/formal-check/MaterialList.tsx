import { materialKindLabels, MaterialKindSchema } from '../../../shared/domain/material';
import type { MaterialKind } from '../../../shared/domain/material';
import type { OfficeMaterial } from '../../../shared/office/office-material';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { formalCheckMessages } from './formal-check-messages';
import { beijingDateTime, fileSize, problemCategory } from './formal-check-view';

/** One received file: how intake classified it (the office may correct it) and its problems. */
function MaterialItem(props: { readonly material: OfficeMaterial }) {
  const t = useMessages(formalCheckMessages);
  const localized = useBilingualLabel();
  const busy = useOfficeStore(selectIsBusy);
  const { material } = props;
  const setKind = (kind: MaterialKind) =>
    void changeOffice('setMaterialKind', { materialId: material.id, kind });
  return (
    <li className={material.problems.length > 0 ? 'fc-material fc-material-bad' : 'fc-material'}>
      <div className="fc-material-head">
        <span className="fc-file-name" title={material.fileName}>
          {material.fileName}
        </span>
        <select
          className={material.kind === 'unknown' ? 'fc-attention' : undefined}
          aria-label={`${material.fileName} ${t('materials.kind')}`}
          value={material.kind}
          disabled={busy}
          onChange={(event) => setKind(event.target.value as MaterialKind)}
        >
          {MaterialKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {localized(materialKindLabels[kind])}
            </option>
          ))}
        </select>
      </div>
      <p className="fc-material-meta">
        {fileSize(material.size)} ·{' '}
        {t('materials.received', { time: beijingDateTime(material.receivedAt) })}
      </p>
      {material.problems.length > 0 && (
        <ul className="fc-material-problems">
          {material.problems.map((problem, index) => (
            <li key={index}>
              <span className="badge badge-error">{problemCategory(problem)}</span>{' '}
              {problem.slice(problemCategory(problem).length).replace(/^[：:]\s*/, '')}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The application's files, in the order they arrived. */
export function MaterialList(props: { readonly materials: readonly OfficeMaterial[] }) {
  const t = useMessages(formalCheckMessages);
  return (
    <section className="fc-panel" aria-labelledby="fc-materials-title">
      <div className="fc-panel-head">
        <h4 id="fc-materials-title">{t('materials.title', { count: props.materials.length })}</h4>
      </div>
      {props.materials.length === 0 ? (
        <p className="muted fc-empty">{t('materials.none')}</p>
      ) : (
        <ul className="fc-materials">
          {props.materials.map((material) => (
            <MaterialItem key={material.id} material={material} />
          ))}
        </ul>
      )}
    </section>
  );
}

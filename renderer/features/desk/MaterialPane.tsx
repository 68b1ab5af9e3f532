import { useEffect, useRef } from 'react';
import type { ComponentType } from 'react';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { stopReading } from '../../state/desk-actions';
import { selectDeskError, selectReading, useDeskStore } from '../../state/desk-store';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import { deskMessages } from './desk-messages';
import { materialSize } from './desk-text';

/** What shows a material's bytes: the app composes the reader feature's views in (app/). */
export type MaterialReader = ComponentType<{
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly materialId: string;
  readonly applicationId: string;
  /** Whose name the watermark carries: the package's recipient. */
  readonly readerName: string;
}>;

/**
 * The material chosen for reading: decrypted by main in memory and verified, its bytes held here
 * only. The Word and PDF readers live in the reader feature, which this folder may not import;
 * the app passes them in as `reader`. Without one, the pane says what arrived.
 */
export function MaterialPane(props: {
  readonly opened: DeskPackageView;
  readonly reader?: MaterialReader | undefined;
}) {
  const t = useMessages(deskMessages);
  const locale = useLocale();
  const reading = useDeskStore(selectReading);
  const error = useDeskStore(selectDeskError('material'));
  const pane = useRef<HTMLElement>(null);
  const materialId = reading?.materialId;
  // Chosen lower down in the list: the pane comes into view above it.
  useEffect(() => {
    if (materialId !== undefined) pane.current?.scrollIntoView({ block: 'nearest' });
  }, [materialId]);
  if (reading === null) return null;
  const application = props.opened.applications.find((a) =>
    a.materials.some((m) => m.id === reading.materialId),
  );
  const material = application?.materials.find((m) => m.id === reading.materialId);
  return (
    <section
      ref={pane}
      className="desk-panel desk-material-pane"
      aria-label={material?.name}
      data-testid="material-pane"
    >
      <div className="toolbar">
        <strong className="desk-file">{material?.name}</strong>
        <span className="spacer" />
        <button type="button" onClick={stopReading}>
          {t('material.close')}
        </button>
      </div>
      {reading.state === 'loading' && <p className="muted">{t('material.loading')}</p>}
      {reading.state === 'failed' && error && <ErrorNotice error={error} />}
      {reading.state === 'ready' && (
        <>
          <p className="desk-note">
            {t('material.verified', {
              name: material?.name ?? '',
              size: materialSize(reading.bytes.length, locale),
            })}
          </p>
          {props.reader ? (
            <props.reader
              key={reading.materialId}
              bytes={reading.bytes}
              fileName={material?.name ?? ''}
              materialId={reading.materialId}
              applicationId={application?.id ?? ''}
              readerName={props.opened.recipient.name}
            />
          ) : (
            <p className="notice" data-testid="reader-pending">
              {t('material.readerPending')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

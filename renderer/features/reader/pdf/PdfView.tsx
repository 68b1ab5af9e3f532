import { useState } from 'react';
import { useMessages } from '../../../app/i18n/use-messages';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { ImageView } from './ImageView';
import { materialKind } from './material-kind';
import { pdfMessages } from './pdf-messages';
import type { PdfMessageKey } from './pdf-messages';
import { PdfDocumentView } from './PdfDocumentView';
import { usePdfDocument } from './use-pdf-document';
import './pdf-view.css';

function Failed(props: { readonly failure: string; readonly t: FeatureTranslate<PdfMessageKey> }) {
  return (
    <div className="pdf-view" data-pdf-state="error" data-failure={props.failure}>
      <div className="notice notice-error pdf-message" role="alert">
        {props.t(`failure.${props.failure}` as PdfMessageKey)}
      </div>
    </div>
  );
}

function PdfMaterial(props: {
  readonly bytes: Uint8Array;
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const { t } = props;
  const load = usePdfDocument(props.bytes);
  if (load.status === 'loading') {
    return (
      <div className="pdf-view" data-pdf-state="loading" aria-busy="true">
        <p className="pdf-message pdf-loading">{t('loading')}</p>
      </div>
    );
  }
  if (load.status === 'failed') return <Failed failure={load.failure} t={t} />;
  return (
    <div className="pdf-view" data-pdf-state="rendered">
      <PdfDocumentView doc={load.doc} firstPageSize={load.firstPageSize} t={t} />
    </div>
  );
}

function ImageMaterial(props: {
  readonly bytes: Uint8Array;
  readonly kind: 'jpeg' | 'png';
  readonly t: FeatureTranslate<PdfMessageKey>;
}) {
  const [state, setState] = useState<'loading' | 'rendered' | 'error'>('loading');
  if (state === 'error') {
    return (
      <div className="pdf-view" data-pdf-state="error" data-failure="image">
        <div className="notice notice-error pdf-message" role="alert">
          {props.t('imageFailed')}
        </div>
      </div>
    );
  }
  return (
    <div className="pdf-view" data-pdf-state={state}>
      <ImageView bytes={props.bytes} kind={props.kind} t={props.t} onState={setState} />
    </div>
  );
}

/**
 * Shows one PDF or scanned-image material from its bytes in memory: a PDF through pdf.js (pages
 * drawn as they come near, a text layer to select from, zoom and fit width), a JPG or PNG as an
 * image with the same zoom. Every outcome is visible: the material, or a clear error.
 */
export function PdfView(props: { readonly bytes: Uint8Array; readonly fileName: string }) {
  const t = useMessages(pdfMessages);
  if (props.bytes.length === 0) return <Failed failure="empty-file" t={t} />;
  const kind = materialKind(props.bytes);
  if (kind === 'pdf') return <PdfMaterial bytes={props.bytes} t={t} />;
  if (kind === 'unknown') return <Failed failure="not-supported" t={t} />;
  return <ImageMaterial bytes={props.bytes} kind={kind} t={t} />;
}

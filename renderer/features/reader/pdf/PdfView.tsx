import { useState } from 'react';
import { useMessages } from '../../../app/i18n/use-messages';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import { ImageView } from './ImageView';
import { materialKind } from './material-kind';
import type { ImageKind } from './material-kind';
import { pdfMessages } from './pdf-messages';
import type { PdfMessageKey } from './pdf-messages';
import { PdfDocumentView } from './PdfDocumentView';
import { usePdfDocument } from './use-pdf-document';
import type { PassageProps } from '../word/passages';
import { useTextlessAnswer } from '../word/use-textless-answer';
import './pdf-view.css';

function Failed(
  props: PassageProps & { readonly failure: string; readonly t: FeatureTranslate<PdfMessageKey> },
) {
  useTextlessAnswer(props);
  return (
    <div className="pdf-view" data-pdf-state="error" data-failure={props.failure}>
      <div className="notice notice-error pdf-message" role="alert">
        {props.t(`failure.${props.failure}` as PdfMessageKey)}
      </div>
    </div>
  );
}

function PdfMaterial(
  props: PassageProps & {
    readonly bytes: Uint8Array;
    readonly t: FeatureTranslate<PdfMessageKey>;
  },
) {
  const { t, bytes: _bytes, ...passages } = props;
  const load = usePdfDocument(props.bytes);
  if (load.status === 'loading') {
    return (
      <div className="pdf-view" data-pdf-state="loading" aria-busy="true">
        <p className="pdf-message pdf-loading">{t('loading')}</p>
      </div>
    );
  }
  if (load.status === 'failed') return <Failed failure={load.failure} t={t} {...passages} />;
  return (
    <div className="pdf-view" data-pdf-state="rendered">
      <PdfDocumentView doc={load.doc} firstPageSize={load.firstPageSize} t={t} {...passages} />
    </div>
  );
}

function ImageMaterial(
  props: PassageProps & {
    readonly bytes: Uint8Array;
    readonly kind: ImageKind;
    readonly t: FeatureTranslate<PdfMessageKey>;
  },
) {
  // A scan has no text to find a passage in.
  useTextlessAnswer(props);
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
 * image with the same zoom. Every outcome is visible: the material, or a clear error. The
 * passages asked for are marked on their pages, and a reader target for the material is shown.
 */
export function PdfView(
  props: PassageProps & { readonly bytes: Uint8Array; readonly fileName: string },
) {
  const t = useMessages(pdfMessages);
  const { bytes, fileName: _fileName, ...passages } = props;
  if (bytes.length === 0) return <Failed failure="empty-file" t={t} {...passages} />;
  const kind = materialKind(bytes);
  if (kind === 'pdf') return <PdfMaterial bytes={bytes} t={t} {...passages} />;
  if (kind === 'unknown') return <Failed failure="not-supported" t={t} {...passages} />;
  return <ImageMaterial bytes={bytes} kind={kind} t={t} {...passages} />;
}

import { useEffect, useRef, useState } from 'react';
import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { PdfMessageKey } from './pdf-messages';
import { imageMimeType } from './material-kind';
import type { ImageKind } from './material-kind';
import { TiffView } from './TiffView';
import { usePaneWidth } from './use-pane-width';
import { effectiveScale, FIT_WIDTH } from './zoom';
import type { Zoom } from './zoom';
import { ZoomBar } from './ZoomBar';

/**
 * A JPG or PNG material (a scanned 推荐表 or 承诺书): an <img> from a blob: URL made from the
 * bytes in memory, revoked when the viewer closes or the bytes change; the same zoom as a PDF.
 */
function BitmapView(props: {
  readonly bytes: Uint8Array;
  readonly kind: 'jpeg' | 'png';
  readonly t: FeatureTranslate<PdfMessageKey>;
  readonly onState: (state: 'rendered' | 'error') => void;
}) {
  const { bytes, kind, t, onState } = props;
  const scroll = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(scroll);
  const [url, setUrl] = useState<string>();
  const [natural, setNatural] = useState<{ width: number; height: number }>();
  const [zoom, setZoom] = useState<Zoom>(FIT_WIDTH);

  useEffect(() => {
    // A copy typed as an ArrayBuffer view: Blob takes no SharedArrayBuffer.
    const objectUrl = URL.createObjectURL(new Blob([bytes.slice()], { type: imageMimeType(kind) }));
    setUrl(objectUrl);
    setNatural(undefined);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes, kind]);

  const scale = natural ? effectiveScale(zoom, paneWidth, natural.width) : 1;
  return (
    <>
      <ZoomBar zoom={zoom} scale={scale} onZoom={setZoom} t={t} />
      <div ref={scroll} className="pdf-scroll" role="document" aria-label={t('image')}>
        {url ? (
          <img
            className="pdf-image"
            src={url}
            alt={t('image')}
            width={natural ? Math.round(natural.width * scale) : undefined}
            height={natural ? Math.round(natural.height * scale) : undefined}
            onLoad={(event) => {
              const image = event.currentTarget;
              setNatural({ width: image.naturalWidth, height: image.naturalHeight });
              onState('rendered');
            }}
            onError={() => onState('error')}
          />
        ) : null}
      </div>
    </>
  );
}

/**
 * A scanned-image material in the PDF viewer: JPG and PNG decoded by Chromium, a TIFF (one page
 * or many) by utif2 in a worker, each with the same zoom as a PDF.
 */
export function ImageView(props: {
  readonly bytes: Uint8Array;
  readonly kind: ImageKind;
  readonly t: FeatureTranslate<PdfMessageKey>;
  readonly onState: (state: 'rendered' | 'error') => void;
}) {
  const { kind, ...rest } = props;
  return kind === 'tiff' ? <TiffView {...rest} /> : <BitmapView {...rest} kind={kind} />;
}

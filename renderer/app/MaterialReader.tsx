/**
 * The material on the reading screen, composed here because the app layer may join features:
 * Word (.docx, .doc) in the Word view, everything else (PDF, scans as JPG or PNG, and what is
 * neither, refused in words) in the PDF view; every material under the watermark of the
 * package's recipient and today's date. Text selected in a Word page or a PDF page's text layer
 * becomes an annotation (its quote with context and its offsets, on its page in a PDF), kept in
 * the journal. The annotations of the material (or of its whole application) go into the
 * screen's side column; each is looked for in the text and marked, one no longer found says so,
 * and a click brings its passage into view through the reader target.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentProps } from 'react';
import { createPortal } from 'react-dom';
import { pdfPageSelector } from '../../shared/journal/annotation-selector';
import type { AnnotationSelector } from '../../shared/journal/annotation-selector';
import { JournalNotices } from '../components/JournalNotices';
import { SaveIndicator } from '../components/SaveIndicator';
import { Watermark } from '../components/Watermark';
import { useLiveRecordsOf } from '../data';
import { AnnotationList } from '../features/annotations/AnnotationList';
import { anchorsOf, annotationsOf } from '../features/annotations/annotations-of';
import type { AnnotationRecord } from '../features/annotations/annotations-of';
import type { AnnotationScope, ReadingMaterialView } from '../features/reading/ReadingScreen';
import type { Passage, PassageFindings } from '../features/reader/word/passages';
import { selectedPassage } from '../features/reader/word/selected-passage';
import { readMaterial } from '../state/desk-actions';
import { loadJournal, saveAnnotation } from '../state/journal-actions';
import { selectJournalStatus, useJournalStore } from '../state/journal-store';
import {
  selectReaderTarget,
  selectReaderTargetOutcome,
  clearReaderTarget,
  showInReader,
  useReaderTargetStore,
} from '../state/reader-target-store';
import { newAnnotationId, selectorsFor } from './annotation-anchor';
import { useMessages } from './i18n/use-messages';
import type { FeatureMessages } from './i18n/use-messages';
import { keepPdfWorkerWithPackage } from './pdf-worker-lifetime';
import { useReadingPlaceOf } from './reading-place-of';
// The readers load when a material is first opened: pdf.js and mammoth's worker client stay out
// of the first screen's bundle, and out of every module that only needs the screen registry.
const PdfView = lazy(() =>
  import('../features/reader/pdf/PdfView').then((m) => ({ default: m.PdfView })),
);
const WordView = lazy(() =>
  import('../features/reader/word/WordView').then((m) => ({ default: m.WordView })),
);

type ReaderKey =
  | 'annotate'
  | 'annotateHint'
  | 'selectFirst'
  | 'notFound'
  | 'dismiss'
  | 'scope'
  | 'scope.material'
  | 'scope.application';

const readerMessages: FeatureMessages<ReaderKey> = {
  'zh-CN': {
    annotate: '为所选文字添加批注',
    annotateHint: '选中材料中的一段文字，再添加批注；批注保存在本机加密的工作日志中。',
    selectFirst: '请先在材料中选中文字（PDF 中请在同一页内选择）。',
    notFound: '找不到原文位置：此材料中已没有要转到的这段文字（材料可能已更新）。',
    dismiss: '知道了',
    scope: '批注范围',
    'scope.material': '本材料',
    'scope.application': '本申报全部材料',
  },
  en: {
    annotate: 'Annotate the selected text',
    annotateHint:
      'Select a passage in the material, then annotate it; notes are kept in the encrypted journal on this computer.',
    selectFirst: 'Select some text in the material first (in a PDF, within one page).',
    notFound:
      'Passage not found: this material no longer holds the text asked for (it may have been updated).',
    dismiss: 'Dismiss',
    scope: 'Annotations of',
    'scope.material': 'This material',
    'scope.application': 'All materials of the application',
  },
};

// The reader's pdf.js worker is warmed when a package opens and ended when it closes or the
// app locks; this module is part of the app from its start, so the following starts with it.
keepPdfWorkerWithPackage();

const isWord = (fileName: string) => /\.(docx|doc)$/i.test(fileName);

/** The annotations of one material as passages for its reader to mark. */
function passagesOf(annotations: readonly AnnotationRecord[]): Passage[] {
  const passages: Passage[] = [];
  for (const annotation of annotations) {
    const anchors = anchorsOf(annotation);
    if (anchors) passages.push({ id: annotation.annotationId, ...anchors });
  }
  return passages;
}

/** The selectors of a passage selected now: offsets in the Word text, or within a PDF page. */
function selectorsOfSelection(reader: HTMLElement): AnnotationSelector[] | null {
  const chosen = selectedPassage(reader);
  const selectors = chosen && selectorsFor(chosen.text, chosen.start, chosen.end);
  if (!chosen || !selectors) return null;
  const [quote, position] = selectors;
  return chosen.page === undefined
    ? [quote, position]
    : [pdfPageSelector(chosen.page, quote), pdfPageSelector(chosen.page, position)];
}

type ReadingProps = ComponentProps<ReadingMaterialView>;

/**
 * The reading screen keeps the column's scope across materials; a screen that does not (the
 * review's) leaves it to the reader, which starts on the material's own annotations.
 */
export function MaterialReader(
  props: Omit<ReadingProps, 'scope' | 'onScope'> & Partial<Pick<ReadingProps, 'scope' | 'onScope'>>,
) {
  const { applicationId, materialId } = props;
  const [ownScope, setOwnScope] = useState<AnnotationScope>('material');
  const scope = props.scope ?? ownScope;
  const onScope = props.onScope ?? setOwnScope;
  const t = useMessages(readerMessages);
  const frame = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState(false);
  const [findings, setFindings] = useState<PassageFindings>({});
  const [made, setMade] = useState<string>();
  const journal = useJournalStore(selectJournalStatus);
  // The annotations to mark come from the journal, even while the side column is hidden.
  useEffect(() => {
    if (journal === null) void loadJournal();
  }, [journal]);
  const records = useLiveRecordsOf(applicationId);
  const passages = useMemo(
    () => passagesOf(annotationsOf(records, { applicationId, materialId })),
    [records, applicationId, materialId],
  );
  const target = useReaderTargetStore(selectReaderTarget);
  const outcome = useReaderTargetStore(selectReaderTargetOutcome);
  const notFound = outcome === 'not-found' && target?.materialId === materialId;
  const { startAt, onPlace } = useReadingPlaceOf(records, applicationId, materialId);

  const annotate = async () => {
    // The journal is asked for when the list first shows; a quick first note waits for it.
    if (journal === null) await loadJournal();
    const selector = frame.current ? selectorsOfSelection(frame.current) : null;
    setHint(!selector);
    if (!selector) return;
    const annotationId = newAnnotationId();
    setMade(annotationId);
    await saveAnnotation({
      kind: 'annotation',
      annotationId,
      applicationId,
      target: { source: materialId, selector },
      body: { type: 'TextualBody', value: '' },
    });
    window.getSelection()?.removeAllRanges();
  };

  const open = (annotation: AnnotationRecord) => {
    const anchors = anchorsOf(annotation);
    if (!anchors) return;
    const source = annotation.target.source;
    if (source !== materialId) void readMaterial(source);
    showInReader({
      kind: 'annotation',
      applicationId: annotation.applicationId,
      materialId: source,
      annotationId: annotation.annotationId,
      ...anchors,
    });
  };

  const viewProps = {
    bytes: props.bytes,
    fileName: props.fileName,
    materialId,
    passages,
    onFindings: setFindings,
    startAt,
    onPlace,
  };
  return (
    <>
      <div className="toolbar reading-tools">
        <button type="button" className="reading-annotate" onClick={() => void annotate()}>
          {t('annotate')}
        </button>
        <span className={hint ? 'reading-hint notice-warning' : 'reading-hint'}>
          {hint ? t('selectFirst') : t('annotateHint')}
        </span>
        <span className="spacer" />
        <SaveIndicator />
      </div>
      {notFound ? (
        <p
          className="notice notice-warning reading-not-found"
          role="status"
          data-testid="reader-not-found"
        >
          {t('notFound')}{' '}
          <button type="button" className="link" onClick={clearReaderTarget}>
            {t('dismiss')}
          </button>
        </p>
      ) : null}
      <div ref={frame} className="reading-view" data-testid="material-pane">
        <Watermark readerName={props.readerName}>
          <Suspense fallback={null}>
            {isWord(props.fileName) ? <WordView {...viewProps} /> : <PdfView {...viewProps} />}
          </Suspense>
        </Watermark>
      </div>
      {props.side
        ? createPortal(
            <>
              <div className="reading-scope" role="group" aria-label={t('scope')}>
                {(['material', 'application'] as const).map((each) => (
                  <button
                    key={each}
                    type="button"
                    aria-pressed={scope === each}
                    onClick={() => onScope(each)}
                  >
                    {t(`scope.${each}`)}
                  </button>
                ))}
              </div>
              <AnnotationList
                applicationId={applicationId}
                {...(scope === 'material' ? { materialId } : {})}
                materialNames={props.materialNames}
                findings={findings}
                focusId={made}
                onOpen={open}
              />
              <JournalNotices />
            </>,
            props.side,
          )
        : null}
    </>
  );
}

/**
 * The reader the expert's desk shows a material in, composed here because the app layer may
 * join features: Word (.docx, .doc) in the Word view, everything else (PDF, scans as JPG or PNG,
 * and what is neither, refused in words) in the PDF view; every material under the watermark of
 * the package's recipient and today's date. Below a Word material, its 批注 from the journal and a
 * way to attach a note to the text selected in it (PDF annotations are still to come).
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { JournalNotices } from '../components/JournalNotices';
import { SaveIndicator } from '../components/SaveIndicator';
import { Watermark } from '../components/Watermark';
import { AnnotationList } from '../features/annotations/AnnotationList';
// The readers load when a material is first opened: pdf.js and mammoth's worker client stay out
// of the first screen's bundle, and out of every module that only needs the screen registry.
const PdfView = lazy(() =>
  import('../features/reader/pdf/PdfView').then((m) => ({ default: m.PdfView })),
);
const WordView = lazy(() =>
  import('../features/reader/word/WordView').then((m) => ({ default: m.WordView })),
);
import { loadJournal, saveAnnotation } from '../state/journal-actions';
import { selectJournalStatus, useJournalStore } from '../state/journal-store';
import { newAnnotationId, selectorsFor } from './annotation-anchor';
import { useMessages } from './i18n/use-messages';
import type { FeatureMessages } from './i18n/use-messages';

type ReaderKey = 'annotate' | 'annotateHint' | 'selectFirst';

const readerMessages: FeatureMessages<ReaderKey> = {
  'zh-CN': {
    annotate: '为所选文字添加批注',
    annotateHint: '在材料中选中一段文字，再添加批注；批注保存在本机加密的工作记录中。',
    selectFirst: '请先在材料中选中文字。',
  },
  en: {
    annotate: 'Annotate the selected text',
    annotateHint:
      'Select a passage in the material, then annotate it; notes are kept in the encrypted journal on this computer.',
    selectFirst: 'Select some text in the material first.',
  },
};

const isWord = (fileName: string) => /\.(docx|doc)$/i.test(fileName);

/** The selection's offsets in the container's text, when it lies inside the container. */
function selectionIn(container: HTMLElement): { text: string; start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { text: container.textContent ?? '', start, end: start + range.toString().length };
}

export function MaterialReader(props: {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly materialId: string;
  readonly applicationId: string;
  readonly readerName: string;
}) {
  const t = useMessages(readerMessages);
  const page = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState(false);
  const journal = useJournalStore(selectJournalStatus);
  const annotate = async () => {
    // The journal is asked for when the list first shows; a quick first note waits for it.
    if (journal === null) await loadJournal();
    // Offsets into the document's own text, not the outline's beside it.
    const body = page.current?.querySelector<HTMLElement>('.word-page') ?? null;
    const chosen = body ? selectionIn(body) : null;
    const selector = chosen && selectorsFor(chosen.text, chosen.start, chosen.end);
    setHint(!selector);
    if (!selector) return;
    await saveAnnotation({
      kind: 'annotation',
      annotationId: newAnnotationId(),
      applicationId: props.applicationId,
      target: { source: props.materialId, selector },
      body: { type: 'TextualBody', value: '' },
    });
    window.getSelection()?.removeAllRanges();
  };
  if (!isWord(props.fileName)) {
    return (
      <Watermark readerName={props.readerName}>
        <Suspense fallback={null}>
          <PdfView bytes={props.bytes} fileName={props.fileName} />
        </Suspense>
      </Watermark>
    );
  }
  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => void annotate()}>
          {t('annotate')}
        </button>
        <span className="muted small">{hint ? t('selectFirst') : t('annotateHint')}</span>
        <span className="spacer" />
        <SaveIndicator />
      </div>
      <div ref={page}>
        <Watermark readerName={props.readerName}>
          <Suspense fallback={null}>
            <WordView bytes={props.bytes} fileName={props.fileName} />
          </Suspense>
        </Watermark>
      </div>
      <JournalNotices />
      <AnnotationList applicationId={props.applicationId} materialId={props.materialId} />
    </>
  );
}

import { useEffect, useState } from 'react';
import { NOTE_MAX_LENGTH } from '../../../shared/journal';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLiveRecordsOf } from '../../data';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useMessages } from '../../app/i18n/use-messages';
import { deleteAnnotation, editAnnotation, loadJournal } from '../../state/journal-actions';
import {
  selectJournalError,
  selectJournalStatus,
  useJournalStore,
} from '../../state/journal-store';
import { annotationMessages } from './annotation-messages';
import { annotationsOf, pageOf, quoteOf, withNote } from './annotations-of';
import type { AnnotationRecord, AnnotationScope } from './annotations-of';
import './annotations.css';

const selectLoadError = selectJournalError('load');

/**
 * 批注 of an application, or of one of its materials, from the expert's journal: the passage
 * quoted, the note (edited in place, written within a second of the last keystroke, with its own
 * saved state), and a way back to the passage when the reader offers one.
 */
export function AnnotationList(
  props: AnnotationScope & {
    /** Material names by id, to head each annotation when the list spans materials. */
    readonly materialNames?: Readonly<Record<string, string>>;
    /** Scrolls the reader to the passage; the link is not shown without it. */
    readonly onOpen?: (annotation: AnnotationRecord) => void;
    /** What the reader found of each annotation's passage (those of the material it shows). */
    readonly findings?: Readonly<Record<string, 'found' | 'not-found'>>;
    /** An annotation just made: its note takes the focus when it appears. */
    readonly focusId?: string | undefined;
  },
) {
  const t = useMessages(annotationMessages);
  const status = useJournalStore(selectJournalStatus);
  const records = useLiveRecordsOf(props.applicationId);
  const loadError = useJournalStore(selectLoadError);
  useEffect(() => {
    if (status === null) void loadJournal();
  }, [status]);

  if (loadError) return <ErrorNotice error={loadError} onRetry={() => void loadJournal()} />;
  if (status === null) return null;
  if (!status.open) {
    return (
      <p className="notice" data-testid="annotations-closed">
        {t(`journal.closed.${status.reason}`, { recipient: status.recipient ?? '' })}
      </p>
    );
  }
  const { applicationId, materialId } = props;
  const annotations = annotationsOf(records, {
    applicationId,
    ...(materialId === undefined ? {} : { materialId }),
  });
  return (
    <section className="annotation-list" aria-label={t('list.title')} data-testid="annotation-list">
      <h3>
        {t('list.title')} <small>{t('list.count', { count: annotations.length })}</small>
      </h3>
      {annotations.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <ol>
          {annotations.map((annotation) => (
            <AnnotationItem
              key={annotation.annotationId}
              annotation={annotation}
              materialName={
                materialId === undefined
                  ? props.materialNames?.[annotation.target.source]
                  : undefined
              }
              finding={props.findings?.[annotation.annotationId]}
              focus={annotation.annotationId === props.focusId}
              {...(props.onOpen ? { onOpen: props.onOpen } : {})}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function AnnotationItem(props: {
  readonly annotation: AnnotationRecord;
  readonly materialName: string | undefined;
  readonly finding: 'found' | 'not-found' | undefined;
  readonly focus: boolean;
  readonly onOpen?: (annotation: AnnotationRecord) => void;
}) {
  const t = useMessages(annotationMessages);
  const { annotation, onOpen, finding } = props;
  // The note as typed: the journal's copy follows within a second; a reload shows the journal's.
  const [note, setNote] = useState(annotation.body.value);
  const quote = quoteOf(annotation);
  const page = pageOf(annotation);
  const subject = `annotation:${annotation.annotationId}`;
  return (
    <li
      className={finding === 'not-found' ? 'annotation annotation-lost' : 'annotation'}
      data-testid={`annotation-${annotation.annotationId}`}
      data-anchor={finding}
    >
      <div className="annotation-where">
        {props.materialName ? <span>{props.materialName}</span> : null}
        {page !== null ? <span>{t('list.page', { page })}</span> : null}
        {onOpen ? (
          <button type="button" className="link" onClick={() => onOpen(annotation)}>
            {t('list.open')}
          </button>
        ) : null}
      </div>
      <blockquote>{quote ?? t('list.noQuote')}</blockquote>
      {finding === 'not-found' ? (
        <p className="annotation-lost-note" role="note">
          {t('list.notFound')}
        </p>
      ) : null}
      <label>
        <span className="visually-hidden">{t('list.note')}</span>
        <textarea
          // The note of a passage just chosen: the expert types it next.
          autoFocus={props.focus}
          // Off: Chromium would otherwise keep the note in the page's saved form state.
          autoComplete="off"
          value={note}
          maxLength={NOTE_MAX_LENGTH}
          onChange={(event) => {
            setNote(event.target.value);
            editAnnotation(withNote(annotation, event.target.value));
          }}
        />
      </label>
      <div className="annotation-footer">
        <SaveIndicator subjects={[subject]} />
        <button
          type="button"
          className="link"
          onClick={() => void deleteAnnotation(annotation.annotationId)}
        >
          {t('list.delete')}
        </button>
      </div>
    </li>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import {
  reportReaderTarget,
  selectReaderTarget,
  selectReaderTargetOutcome,
  useReaderTargetStore,
} from '../../../state/reader-target-store';
import type { PassageProps } from './passages';

/**
 * A material that shows no text (a scan as an image, a document that could not be opened):
 * every passage asked for is not found in it, and a target for it is answered so at once,
 * rather than left waiting.
 */
export function useTextlessAnswer(props: PassageProps): void {
  const { materialId, passages, onFindings } = props;
  const ids = useMemo(() => (passages ?? []).map((passage) => passage.id).join('\n'), [passages]);
  const tell = useRef(onFindings);
  tell.current = onFindings;
  useEffect(() => {
    const findings = Object.fromEntries(
      ids === '' ? [] : ids.split('\n').map((id) => [id, 'not-found' as const]),
    );
    tell.current?.(findings);
  }, [ids]);

  const target = useReaderTargetStore(selectReaderTarget);
  const outcome = useReaderTargetStore(selectReaderTargetOutcome);
  useEffect(() => {
    if (target && outcome === 'pending' && target.materialId === materialId) {
      reportReaderTarget(target.request, 'not-found');
    }
  }, [target, outcome, materialId]);
}

/** The same, as an element a view's error branch can hold. */
export function TextlessAnswer(props: PassageProps): null {
  useTextlessAnswer(props);
  return null;
}

/**
 * The passage the reader is asked to bring into view and mark: a search hit or an annotation,
 * in one material, found by its quote with context (and, in a PDF, on its page). Search and the
 * annotation list ask; the reader answers by scrolling to the passage and highlighting it, or by
 * saying it cannot find it. Each request carries a new number, so asking twice for the same
 * passage scrolls to it again.
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../shared/journal/annotation-selector';
import { createStore } from './create-store';

// ---- State

export type ReaderTargetKind = 'search-hit' | 'annotation';

export interface ReaderTarget {
  readonly kind: ReaderTargetKind;
  readonly applicationId: string;
  readonly materialId: string;
  readonly quote: TextQuoteSelector;
  /** Offsets in the material's text (in a PDF, in the page's text), a hint beside the quote. */
  readonly position?: TextPositionSelector;
  /** A PDF page, 1-based. */
  readonly page?: number;
  /** The annotation's id, for a target that is one. */
  readonly annotationId?: string;
  /** Grows with every request. */
  readonly request: number;
}

/** What the reader made of the request: found and marked, or not found in the text. */
export type ReaderTargetOutcome = 'pending' | 'shown' | 'not-found';

export interface ReaderTargetState {
  readonly target: ReaderTarget | null;
  readonly outcome: ReaderTargetOutcome;
}

export function getEmptyReaderTargetState(): ReaderTargetState {
  return { target: null, outcome: 'pending' };
}

export const useReaderTargetStore = createStore<ReaderTargetState>(getEmptyReaderTargetState);

let requests = 0;

// ---- Transitions

/** Asks the reader to show a passage (the caller also opens the material and the screen). */
export function showInReader(target: Omit<ReaderTarget, 'request'>): void {
  requests += 1;
  useReaderTargetStore.setState({ target: { ...target, request: requests }, outcome: 'pending' });
}

/** The reader's answer to request `request` (a later request's answer is not overwritten). */
export function reportReaderTarget(request: number, outcome: ReaderTargetOutcome): void {
  useReaderTargetStore.setState((state) =>
    state.target?.request === request ? { outcome } : state,
  );
}

export function clearReaderTarget(): void {
  useReaderTargetStore.setState(getEmptyReaderTargetState());
}

// ---- Selectors

export const selectReaderTarget = (state: ReaderTargetState): ReaderTarget | null => state.target;
export const selectReaderTargetOutcome = (state: ReaderTargetState): ReaderTargetOutcome =>
  state.outcome;

/**
 * The review screen's state (issue 10, points 1 to 3): the open package's review context from
 * main (round, rubric, undertaking, whether this person can sign), the application being
 * reviewed, what is being signed, and the refusals to show. The records themselves are the
 * journal's (the working set); every change goes through review-actions.ts.
 */
import type { ReviewContext } from '../../shared/review/review-context';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

// ---- State

export type ReviewTask = 'sign' | 'conflict' | 'submit' | 'reopen' | 'export';
export type ReviewErrorSlot = 'context' | 'sign' | 'conflict' | 'submit' | 'export';

/** What the last submit or export wrote (a file name, no path), to say so on screen. */
export type ReviewWritten =
  | { readonly kind: 'bundle'; readonly fileName: string; readonly sequence: number }
  | { readonly kind: 'opinion-form'; readonly fileName: string; readonly applicationId: string };

export interface ReviewState {
  /** The package the context is of (a new package asks again). */
  readonly packageId: string | null;
  readonly context: ReviewContext | null;
  /** The application open on the review screen; null: the progress view. */
  readonly applicationId: string | null;
  readonly busy: ReviewTask | null;
  readonly errors: Readonly<Partial<Record<ReviewErrorSlot, ShownError>>>;
  readonly written: ReviewWritten | null;
}

export function getEmptyReviewState(): ReviewState {
  return {
    packageId: null,
    context: null,
    applicationId: null,
    busy: null,
    errors: {},
    written: null,
  };
}

export const useReviewStore = createStore<ReviewState>(getEmptyReviewState);

// ---- Transitions, called by review-actions.ts.

export function showReviewContext(packageId: string | null, context: ReviewContext | null): void {
  useReviewStore.setState((before) => ({
    packageId,
    context,
    applicationId: before.packageId === packageId ? before.applicationId : null,
  }));
}

export function showReviewedApplication(applicationId: string | null): void {
  useReviewStore.setState({ applicationId });
}

export function showReviewWritten(written: ReviewWritten | null): void {
  useReviewStore.setState({ written });
}

export function startReviewTask(task: ReviewTask | null): void {
  useReviewStore.setState({ busy: task });
}

export function keepReviewError(slot: ReviewErrorSlot, error: ShownError | null): void {
  useReviewStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}

// ---- Selectors

export const selectReviewContext = (state: ReviewState): ReviewContext | null => state.context;
export const selectReviewPackageId = (state: ReviewState): string | null => state.packageId;
export const selectReviewedApplication = (state: ReviewState): string | null => state.applicationId;
export const selectReviewWritten = (state: ReviewState): ReviewWritten | null => state.written;
export const selectReviewBusy = (state: ReviewState): ReviewTask | null => state.busy;

export function selectReviewError(
  slot: ReviewErrorSlot,
): (state: ReviewState) => ShownError | null {
  return (state) => state.errors[slot] ?? null;
}

/**
 * 评审进度: where each of the expert's applications stands in the round: 未开始 (nothing written),
 * 进行中 (something written, something missing), 已完成 (every part scored, an overall comment,
 * a recommendation), 已提交 (in a submitted bundle: the bundle says so), or 已回避 (a declared
 * conflict closed it). Pure, for the progress view.
 */
import type { Rubric } from '../domain/rubric';
import type { JournalRecord } from '../journal/journal-record';
import { declaredConflictsOf, draftGaps, emptyReviewDraft, reviewDraftsOf } from './review-draft';

export type ReviewProgressState =
  'not-started' | 'in-progress' | 'complete' | 'submitted' | 'conflict';

export const REVIEW_PROGRESS_STATES: readonly ReviewProgressState[] = [
  'not-started',
  'in-progress',
  'complete',
  'submitted',
  'conflict',
];

export interface ApplicationProgress {
  readonly applicationId: string;
  readonly state: ReviewProgressState;
}

export interface ReviewProgress {
  readonly applications: readonly ApplicationProgress[];
  readonly counts: Readonly<Record<ReviewProgressState, number>>;
}

/**
 * The progress of `applicationIds` (in the package's order) in `roundId`. `submitted` holds the
 * applications of the expert's last submitted bundle of the round (none before submitting).
 */
export function reviewProgress(
  rubric: Rubric,
  roundId: string,
  applicationIds: readonly string[],
  records: readonly JournalRecord[],
  submitted: ReadonlySet<string> = new Set(),
): ReviewProgress {
  const drafts = reviewDraftsOf(records, roundId);
  const conflicts = declaredConflictsOf(records);
  const applications = applicationIds.map((applicationId): ApplicationProgress => {
    const draft = drafts.get(applicationId) ?? emptyReviewDraft(applicationId);
    const state: ReviewProgressState = conflicts.has(applicationId)
      ? 'conflict'
      : submitted.has(applicationId)
        ? 'submitted'
        : !draft.touched
          ? 'not-started'
          : draftGaps(rubric, draft).length === 0
            ? 'complete'
            : 'in-progress';
    return { applicationId, state };
  });
  const counts = Object.fromEntries(REVIEW_PROGRESS_STATES.map((s) => [s, 0])) as Record<
    ReviewProgressState,
    number
  >;
  for (const { state } of applications) counts[state] += 1;
  return { applications, counts };
}

/** What the progress view shows of the round: the person's applications and the journal. */
export interface ReaderProgressInput {
  readonly rubric: Rubric;
  readonly roundId: string;
  /** Every application of the package, in its order (a chair's package holds the whole round). */
  readonly applicationIds: readonly string[];
  /**
   * The applications this person reviews: those of the groups they lead or sit in (main's
   * `review:context`). A chair who also leads a group reviews that group's only.
   */
  readonly reviewedIds: readonly string[];
  readonly records: readonly JournalRecord[];
  /** Submitted and not reopened: the last bundle holds every reviewed application. */
  readonly locked: boolean;
}

/**
 * The rows of the progress view, in the package's order: the applications the person reviews,
 * and only those marked submitted once the review is locked. Not every application of the
 * package: a chair who also leads a group holds the whole round, and would otherwise see the
 * other groups' applications as theirs to score, and as submitted in a bundle that lacks them.
 */
export function readerProgress(input: ReaderProgressInput): ReviewProgress {
  const reviewed = new Set(input.reviewedIds);
  const applicationIds = input.applicationIds.filter((id) => reviewed.has(id));
  return reviewProgress(
    input.rubric,
    input.roundId,
    applicationIds,
    input.records,
    input.locked ? new Set(applicationIds) : new Set(),
  );
}

/**
 * One expert's review of one application in one round, as their journal's live records make it:
 * each entry (journal-entry.ts) fills one field. Pure, for the review screen, its progress view
 * and the bundle: `bundleOutcomeOf` gives the review in the bundle's shape
 * (shared/bundle/review-content.ts) once it is complete.
 */
import type { OverallComment, Recommendation } from '../bundle/review-content';
import { rubricParts } from '../domain/rubric';
import type { Rubric } from '../domain/rubric';
import type { ConflictDeclarationStatement } from './conflict-declaration';
import type { JournalRecord } from '../journal/journal-record';
import type { SignedUndertaking } from '../bundle/review-content';
import { totalScore } from '../scoring/total';
import type { ReviewTotal } from '../scoring/total';

export interface ReviewDraft {
  readonly applicationId: string;
  /** Part id → points; absent while unscored. */
  readonly partScores: Readonly<Record<string, number>>;
  /** Criterion or part id → comment. */
  readonly comments: Readonly<Record<string, string>>;
  readonly overall: OverallComment;
  readonly recommendation: Recommendation | null;
  readonly noDiscussionNeeded: boolean;
  /** Whether any field was ever written. */
  readonly touched: boolean;
}

export function emptyReviewDraft(applicationId: string): ReviewDraft {
  return {
    applicationId,
    partScores: {},
    comments: {},
    overall: { strengths: '', weaknesses: '', suggestions: '' },
    recommendation: null,
    noDiscussionNeeded: false,
    touched: false,
  };
}

/** The expert's reviews in `roundId`, by application, from the journal's live records. */
export function reviewDraftsOf(
  records: readonly JournalRecord[],
  roundId: string,
): ReadonlyMap<string, ReviewDraft> {
  const drafts = new Map<string, ReviewDraft>();
  for (const record of records) {
    if (!record.kind.startsWith('review-')) continue;
    if (!('roundId' in record) || record.roundId !== roundId) continue;
    // review-submitted and review-reopened are of the round, not of one application.
    if (!('applicationId' in record)) continue;
    const before = drafts.get(record.applicationId) ?? emptyReviewDraft(record.applicationId);
    drafts.set(record.applicationId, { ...withRecord(before, record), touched: true });
  }
  return drafts;
}

function withRecord(draft: ReviewDraft, record: JournalRecord): ReviewDraft {
  switch (record.kind) {
    case 'review-score': {
      const { [record.partId]: _old, ...rest } = draft.partScores;
      return {
        ...draft,
        partScores: record.score === null ? rest : { ...rest, [record.partId]: record.score },
      };
    }
    case 'review-comment':
      return { ...draft, comments: { ...draft.comments, [record.targetId]: record.text } };
    case 'review-overall':
      return { ...draft, overall: { ...draft.overall, [record.field]: record.text } };
    case 'review-recommendation':
      return { ...draft, recommendation: record.recommendation };
    case 'review-no-discussion':
      return { ...draft, noDiscussionNeeded: record.noDiscussionNeeded };
    default:
      return draft;
  }
}

/** The computed total (shared/scoring/total.ts): never typed. */
export function draftTotal(rubric: Rubric, draft: ReviewDraft): ReviewTotal {
  return totalScore(rubric, draft.partScores);
}

/** What a review still lacks before it can be submitted; [] when complete. */
export type DraftGap = 'scores' | 'overall' | 'recommendation';

export function draftGaps(rubric: Rubric, draft: ReviewDraft): DraftGap[] {
  const gaps: DraftGap[] = [];
  if (rubricParts(rubric).some(({ part }) => draft.partScores[part.id] === undefined)) {
    gaps.push('scores');
  }
  const { strengths, weaknesses, suggestions } = draft.overall;
  if ([strengths, weaknesses, suggestions].join('').trim() === '') gaps.push('overall');
  if (draft.recommendation === null) gaps.push('recommendation');
  return gaps;
}

/** The review in the bundle's shape (without the total, which the bundle's writer computes). */
export function bundleOutcomeOf(draft: ReviewDraft): {
  readonly kind: 'review';
  readonly partScores: Readonly<Record<string, number>>;
  readonly comments: Readonly<Record<string, string>>;
  readonly overall: OverallComment;
  readonly recommendation: Recommendation;
  readonly noDiscussionNeeded: boolean;
} | null {
  if (draft.recommendation === null) return null;
  const comments = Object.fromEntries(
    Object.entries(draft.comments).filter(([, text]) => text.trim() !== ''),
  );
  return {
    kind: 'review',
    partScores: { ...draft.partScores },
    comments,
    overall: { ...draft.overall },
    recommendation: draft.recommendation,
    noDiscussionNeeded: draft.noDiscussionNeeded,
  };
}

/** The signed undertaking of `roundId` in the records, if any (not yet verified). */
export function undertakingOfRound(
  records: readonly JournalRecord[],
  roundId: string,
): SignedUndertaking | null {
  for (const record of records) {
    if (record.kind === 'undertaking-signed' && record.undertaking.statement.roundId === roundId) {
      return record.undertaking;
    }
  }
  return null;
}

/** The declared conflicts by application: closed in every round from their declaration on. */
export function declaredConflictsOf(
  records: readonly JournalRecord[],
): ReadonlyMap<string, ConflictDeclarationStatement> {
  const conflicts = new Map<string, ConflictDeclarationStatement>();
  for (const record of records) {
    if (record.kind === 'conflict-declared') {
      conflicts.set(record.declaration.statement.applicationId, record.declaration.statement);
    }
  }
  return conflicts;
}

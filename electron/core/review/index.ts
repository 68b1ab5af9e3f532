/** The expert's review in main: the signed undertaking and conflicts, and what they close. */
export { createReviewService } from './review-service';
export type { ConflictRequest, ReviewService, ReviewServiceOptions } from './review-service';
export { conflictDeclarationHolds, signConflictDeclaration } from './conflict-declaration';
export { deskClosedByConflicts, journalGuardedByReview } from './review-guards';

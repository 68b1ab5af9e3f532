/** The chair's merge across groups and the result bundle: import, write, verify without a key, open; the re-review act. */
export { prepareCommitteeMerge, signerRoleOf } from './prepare-committee-merge';
export type {
  CommitteeMergeRequest,
  EmbeddedGroupBundle,
  PreparedCommitteeMerge,
} from './prepare-committee-merge';
export { writeResultBundle } from './write-result-bundle';
export type { ResultBundleRequest } from './write-result-bundle';
export { verifyResultBundle } from './verify-result-bundle';
export type {
  ResultBundleExpectations,
  RosterSeatFact,
  VerifiedResultBundle,
} from './verify-result-bundle';
export { openResultBundle } from './open-result-bundle';
export type { OpenedResultBundle, ResultReaderFacts } from './open-result-bundle';
export { openReReviewAct, writeReReviewAct } from './re-review-act';
export type { ReReviewDecision, ReReviewExpectations, ReReviewRequest } from './re-review-act';
export { BUNDLE_KIND_RESULT } from './result-bundle-format';
export { mergeReadersOf, resultReadersOf } from './committee-readers';

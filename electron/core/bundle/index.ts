/** The review bundle (.qbbundle): write, verify without a key, open as a reader, keep a history. */
export { writeReviewBundle } from './write-review-bundle';
export type {
  ApplicationToSeal,
  ReviewBundleRequest,
  ReviewDraft,
  SectionReader,
} from './write-review-bundle';
export { verifyReviewBundle } from './verify-review-bundle';
export type {
  BundleExpectations,
  ExpectedRosterEntry,
  VerifiedBundle,
} from './verify-review-bundle';
export { openReviewBundle } from './open-review-bundle';
export type { OpenedBundle, OpenedSection, ReaderPackageFacts } from './open-review-bundle';
export { ReviewBundleHistory, historyEntryOf } from './bundle-history';
export type { AdmitOutcome, HistoryEntry } from './bundle-history';
export {
  openBundleHistoryFolder,
  historyFileName,
  BUNDLE_EXTENSION,
} from './bundle-history-folder';
export type { BundleHistoryFolder } from './bundle-history-folder';
export { signRosterStatement, rosterStatementHolds } from './roster-statement';
export { signUndertaking, undertakingHolds, undertakingTextSha256 } from './undertaking';
export type { UndertakingRequest } from './undertaking';
export { materialHashesOf, sectionReadersOf } from './manifest-sections';
export { rosterStatementForManifest } from './roster-statement-for';

/** The chair's committee work in main: group bundles imported, the merge, the result bundle, the reports, re-review acts. */
export { createCommitteeDeskService } from './committee-desk-service';
export type {
  CommitteeDeskService,
  CommitteeDeskServiceOptions,
  CommitteePlace,
} from './committee-desk-service';
export { noCommitteeDeskChooser } from './committee-desk-chooser';
export type { CommitteeDeskChooser } from './committee-desk-chooser';

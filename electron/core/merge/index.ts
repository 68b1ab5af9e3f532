/** The group leader's merge and the group bundle: import, write, verify without a key, open. */
export { prepareGroupMerge } from './prepare-group-merge';
export type { GroupMergeRequest, PreparedGroupMerge } from './prepare-group-merge';
export { writeGroupBundle } from './write-group-bundle';
export type { GroupBundleRequest } from './write-group-bundle';
export { verifyGroupBundle } from './verify-group-bundle';
export type { GroupBundleExpectations, VerifiedGroupBundle } from './verify-group-bundle';
export { openGroupBundle } from './open-group-bundle';
export type { GroupReaderFacts, OpenedGroupBundle, OpenedGroupSection } from './open-group-bundle';
export { BUNDLE_KIND_GROUP } from './group-bundle-format';

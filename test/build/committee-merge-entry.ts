/**
 * A stand-in for main.cjs in group-open-worker-bundle.test.ts: the chair's merge and the group
 * pool, bundled as main.cjs is (nodeBundleOptions) into the folder of the built workers, so that
 * the pool finds group-open-worker.cjs beside it exactly as it does beside main.cjs.
 */
export { prepareCommitteeMerge } from '../../electron/core/committee/prepare-committee-merge';
export { GroupOpenPool, groupOpenPool } from '../../electron/core/committee/group-open-pool';

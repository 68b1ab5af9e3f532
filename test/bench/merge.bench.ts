/**
 * merge_10x7x250 (issue 11, point 8): milliseconds for the chair to verify and merge 250
 * applications: 10 group bundles, each embedding its 7 members' review bundles of the group's 25
 * applications (1,750 reviews in 70 member bundles), every signature verified. The input is made
 * once by the project's own code (merge-round.ts: a round sealed by the office's core, real
 * review bundles, each group's merge signed by its leader) and cached on the bench disk
 * (merge-input.ts). The timed work is the chair's import and merge, prepareCommitteeMerge with
 * the chair's own package: every group bundle verified (the merger's signature and roster
 * statement, every section's hash, each member bundle in full: its author's signature and roster
 * statement, every section's hash), each opened with the chair's identity (every member section
 * and group section for the chair decrypted and checked, the group sections opened with the keys
 * the chair's key directory entry carries and the member sections with the keys the group
 * sections carry, the undertakings verified, each application's merge and deliberation
 * recomputed from the members' signed scores), then the ranking across groups and the list
 * (shared/committee). signatures_verified counts the Ed25519 verifications one timed run makes,
 * counted in an untimed run (the group pool left out) by wrapping node:crypto's verify.
 */
import type * as NodeCrypto from 'node:crypto';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import type { CommitteeSettings } from '../../shared/committee/committee-input';
import { prepareCommitteeMerge } from '../../electron/core/committee';
import type { PreparedCommitteeMerge } from '../../electron/core/committee';
import type { CommitteeMergeOptions } from '../../electron/core/committee/prepare-committee-merge';
import { groupOpenPool } from '../../electron/core/committee/group-open-pool';
import { openGroupBundle, verifyGroupBundle } from '../../electron/core/merge';
import { KEY_DIRECTORY_ENTRIES } from '../../shared/merge/group-bundle-content';
import { rowFrom, timeAlternating } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { loadAverage } from './machine';
import { MERGE_APPLICATIONS, MERGE_GROUPS, MERGE_GROUP_SIZE } from './merge-counts';
import type { MergeInput } from './merge-input';
import { mergeInput } from './merge-input';

/** The target for the row, in milliseconds (aim: 100). */
export const MERGE_TARGET_MS = 200;

interface MergeTally {
  readonly groupSections: number;
  readonly memberRows: number;
}

/** The group part alone: every group bundle verified, then opened by the chair (no ranking). */
export async function verifyAndOpen(input: MergeInput): Promise<MergeTally> {
  const expect = {
    officeFingerprint: input.officeFingerprint,
    caseId: input.caseId,
    roundId: input.roundId,
    rubricDigest: input.rubricDigest,
  };
  // As the chair's import does: all verified first (nothing opened from a set that fails).
  const verified = input.groupBundles.map((bytes) => verifyGroupBundle(bytes, expect));
  let groupSections = 0;
  let memberRows = 0;
  for (const group of verified) {
    const opened = await openGroupBundle(group, input.chair, {
      rubric: input.rubric,
      roundKind: 'material',
    });
    groupSections += opened.sections.length;
    for (const section of opened.sections) memberRows += section.merge.rows.length;
  }
  return { groupSections, memberRows };
}

/** The chair's list settings for the row: a quota of 100, no score line, the raw ranking. */
const SETTINGS: CommitteeSettings = { quota: 100, scoreLine: null, basis: 'raw', exclusions: [] };

/**
 * The timed work: the chair's import and merge across groups, as the app's chair runs it (the
 * group bundles on the group pool's worker threads; `options` only for the untimed runs).
 */
export async function chairMerge(
  input: MergeInput,
  options: CommitteeMergeOptions = {},
): Promise<PreparedCommitteeMerge> {
  return prepareCommitteeMerge(
    {
      identity: input.chair,
      manifest: input.chairManifest,
      bundles: input.groupBundles,
      settings: SETTINGS,
    },
    options,
  );
}

/** Ed25519 verifications `run` makes: node:crypto's verify wrapped for one untimed run. */
async function countVerifications(run: () => Promise<unknown>): Promise<number> {
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto;
  const original = crypto.verify;
  let count = 0;
  crypto.verify = ((...args: Parameters<typeof original>) => {
    count += 1;
    return (original as (...a: unknown[]) => unknown)(...args);
  }) as typeof original;
  syncBuiltinESMExports();
  try {
    await run();
  } finally {
    crypto.verify = original;
    syncBuiltinESMExports();
  }
  return count;
}

export async function run(ctx: BenchContext): Promise<void> {
  // The cache sits beside the module's scratch folder, on the bench disk, and outlives the run.
  const cacheDir = join(ctx.scratchDir, '..', 'qbr-bench-merge-cache');
  const input = await mergeInput(cacheDir, ctx.log);
  const tally = await verifyAndOpen(input);
  // The workers started and warmed up by as many untimed merges as this thread has had (it ran
  // the checks here), so the timed runs compare code equally warm.
  await groupOpenPool()?.warmUp();
  for (let i = 0; i < 2; i++) await chairMerge(input);
  const prepared = await chairMerge(input);
  const listed = prepared.merge.list.entries.length;
  if (
    tally.groupSections !== MERGE_APPLICATIONS ||
    tally.memberRows !== input.reviews ||
    prepared.merge.applications.length !== MERGE_APPLICATIONS
  ) {
    throw new Error(
      `the chair opened ${tally.groupSections} group sections and ${tally.memberRows} reviews and merged ${prepared.merge.applications.length} applications, not ${MERGE_APPLICATIONS}, ${input.reviews} and ${MERGE_APPLICATIONS}`,
    );
  }
  // Counted with every bundle on this thread: the workers' node:crypto is not the one wrapped here.
  const signatures = await countVerifications(() => chairMerge(input, { pool: null }));
  const sides: Side[] = [
    {
      name: 'ours',
      work:
        `prepareCommitteeMerge by the chair: ${input.groupBundles.length} group bundles verified down to each of the ${input.memberBundles} member bundles, ` +
        `opened (${tally.groupSections} group sections opened with the keys the chair's key directory entries carry, ${tally.memberRows} member review sections opened with the keys the group sections carry, all decrypted and checked, every group's merge recomputed), ` +
        `ranked across groups and the 入围答辩名单 formed (quota ${SETTINGS.quota}, ${listed} listed); ${signatures} Ed25519 signatures verified`,
      run: async () => {
        await chairMerge(input);
      },
    },
  ];
  ctx.log(`merge_10x7x250: ${sides.map((s) => s.name).join(' / ')}`);
  const times = await timeAlternating(sides, {
    repeats: ctx.repeats,
    log: (line) => ctx.log(`merge_10x7x250 ${line}`),
    missing: (tools) => ctx.tools.missing(tools),
  });
  const row = rowFrom(
    {
      name: 'merge_10x7x250',
      unit: 'ms',
      better: 'lower',
      value: (seconds) => seconds * 1000,
      notes: [
        `${MERGE_GROUPS} groups of ${MERGE_GROUP_SIZE} experts (a leader and six members), each scoring the group's ${MERGE_APPLICATIONS / MERGE_GROUPS} applications: ${input.reviews} reviews in ${input.memberBundles} member bundles, embedded in ${input.groupBundles.length} group bundles`,
        "timed: the chair's whole import and merge (prepareCommitteeMerge): verify every bundle, open every section the chair reads, recompute each group's merge, rank across groups, form the list",
        `signatures_verified: ${signatures} (each group's merger and roster statement, each member's signature, roster statement and undertaking: the same undertaking in a bundle's 25 sections is verified once)`,
        `each group bundle verified and opened whole on a worker thread of the group pool (one per core, ${ctx.cores} here; docs/committee.md, "Where the work runs"), its X25519 on that thread: the ${input.groupBundles.length * KEY_DIRECTORY_ENTRIES} entries of the group bundles' key directories (${KEY_DIRECTORY_ENTRIES} each, one X25519 each; docs/group-bundle-format.md, "The key directory"); the ${tally.groupSections} group section wraps and the member section wraps are opened with the age file keys the directory and the group sections carry (header MAC, payload), no X25519`,
        `target: under ${MERGE_TARGET_MS} ms (aim 100); input built once by the office's own sealing and the real writers, cached in ${cacheDir}`,
      ],
    },
    times,
  );
  const extended = { ...row, signatures_verified: signatures, loadAverage: loadAverage() };
  ctx.log(
    `merge_10x7x250: median ${row.ours.median.toFixed(0)} ms (target under ${MERGE_TARGET_MS}: ${row.ours.median < MERGE_TARGET_MS ? 'met' : 'not met'}), ${signatures} signatures verified`,
  );
  await ctx.record(extended);
}

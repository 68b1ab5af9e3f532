/**
 * Importing members' review bundles into the leader's deliberation (docs/merge.md, "In the
 * app"): the chosen files merged with those kept before, the kept ones as the history (so an
 * older sequence is stale, another bundle with a kept sequence equivocation), refused if they
 * would change an opened application (frozen-applications.ts); then the new files kept and one
 * journal record naming them all. All or nothing: a refusal keeps no file, a record that cannot
 * be written takes its files away again.
 */
import type { ImportedBundle } from '../../../shared/deliberation/deliberation-views';
import { isAppError } from '../../../shared/errors';
import type { ImportedMemberBundle } from '../../../shared/journal';
import { ReviewBundleHistory } from '../bundle/bundle-history';
import type { CaseJournalService } from '../journal/case-journal-service';
import type { PreparedGroupMerge } from '../merge/prepare-group-merge';
import type { Computed, Session } from './deliberation-facts';
import { applicationNoIn, summaryOf } from './deliberation-facts';
import { sha256Hex } from '../crypto/sha256-hex';
import { deliberationJournalOf } from './deliberation-journal';
import { refuseFrozenChanges } from './frozen-applications';
import type { MemberBundleStore } from './member-bundle-store';

export interface ImportSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned' | 'liveRecords'>;
  readonly store: MemberBundleStore;
  /** Everything from the journal and the kept files. */
  readonly compute: (s: Session) => Promise<Computed>;
  /** Verifies, opens and merges the bundles, admitting them to `history`. */
  readonly prepare: (
    s: Session,
    bundles: readonly Uint8Array[],
    history: ReviewBundleHistory,
  ) => Promise<PreparedGroupMerge>;
}

const slotOf = (s: Session) => ({ caseId: s.manifest.caseId, roundId: s.manifest.round.id });

/**
 * A kept bundle gone or altered is put back from a chosen file with its SHA-256: the way out of
 * `deliberation-bundle-missing` is to import that file again.
 */
async function restoreKept(steps: ImportSteps, s: Session, chosen: readonly Uint8Array[]) {
  const records = await steps.journal.liveRecords();
  const { imported } = deliberationJournalOf(records, s.manifest.round.id, '');
  const byDigest = new Map(chosen.map((bytes) => [sha256Hex(bytes), bytes]));
  for (const bundle of imported) {
    const bytes = byDigest.get(bundle.sha256);
    if (bytes === undefined) continue;
    try {
      await steps.store.read(slotOf(s), bundle);
    } catch (error) {
      if (!isAppError(error, 'deliberation-bundle-missing')) throw error;
      await steps.store.put(slotOf(s), bundle, bytes);
    }
  }
}

/** The kept bundles as the history a new one is admitted against. */
function historyOf(s: Session, kept: readonly ImportedMemberBundle[]): ReviewBundleHistory {
  const history = new ReviewBundleHistory();
  for (const b of kept) {
    history.admit({
      caseId: s.manifest.caseId,
      roundId: s.manifest.round.id,
      author: b.fingerprint,
      sequence: b.sequence,
      digest: b.sha256,
    });
  }
  return history;
}

const byExpertThenSequence = (a: ImportedMemberBundle, b: ImportedMemberBundle) =>
  (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0) || a.sequence - b.sequence;

/** Imports the chosen files; what became of each, in the order chosen. */
export async function importMemberBundles(
  steps: ImportSteps,
  s: Session,
  chosen: readonly Uint8Array[],
): Promise<ImportedBundle[]> {
  await restoreKept(steps, s, chosen);
  const before = await steps.compute(s);
  const kept = before.journal.imported;
  const held = new Map(kept.map((b) => [b.sha256, b]));
  const fresh = chosen.filter((bytes) => !held.has(sha256Hex(bytes)));

  const prepared = await steps.prepare(s, [...before.bundles, ...fresh], historyOf(s, kept));
  const added: ImportedMemberBundle[] = prepared.memberBundles
    .filter(({ verified }) => !held.has(verified.digest))
    .map(({ verified }) => ({
      expertId: verified.header.roster.statement.member.expertId,
      fingerprint: verified.header.author.fingerprint,
      sequence: verified.header.sequence,
      sha256: verified.digest,
    }))
    .sort(byExpertThenSequence);
  refuseFrozenChanges({
    before: before.prepared.merge,
    after: prepared.merge,
    records: before.journal.records,
    newAuthors: added.map((b) => b.expertId),
    applicationNo: (id) => applicationNoIn(s.manifest, id),
  });
  // The records still fit (they must: no opened application changed).
  summaryOf(s, prepared.merge, before.journal.records);

  const outcomes = chosen.map((bytes): ImportedBundle => {
    const digest = sha256Hex(bytes);
    const old = held.get(digest);
    if (old !== undefined) {
      return {
        expertId: old.expertId,
        sequence: old.sequence,
        outcome: 'already-present',
        supersedes: null,
      };
    }
    const bundle = added.find((b) => b.sha256 === digest)!;
    const earlier = [...kept, ...added]
      .filter((b) => b.fingerprint === bundle.fingerprint && b.sequence < bundle.sequence)
      .map((b) => b.sequence);
    return {
      expertId: bundle.expertId,
      sequence: bundle.sequence,
      outcome: 'added',
      supersedes: earlier.length === 0 ? null : Math.max(...earlier),
    };
  });
  if (added.length === 0) return outcomes;

  const bytesOf = new Map(chosen.map((b) => [sha256Hex(b), b]));
  const written: ImportedMemberBundle[] = [];
  try {
    for (const bundle of added) {
      await steps.store.put(slotOf(s), bundle, bytesOf.get(bundle.sha256)!);
      written.push(bundle);
    }
    // One record for the whole import: all of it is admitted, or none.
    await steps.journal.appendSigned(() => ({
      kind: 'member-bundles-imported',
      roundId: s.manifest.round.id,
      bundles: added,
    }));
  } catch (error) {
    await Promise.all(written.map((b) => steps.store.remove(slotOf(s), b)));
    throw error;
  }
  return outcomes;
}

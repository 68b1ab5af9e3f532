/**
 * The chair's import of group bundles: the chosen files together with those already admitted go
 * through the core's whole check (prepareCommitteeMerge: each verified down to every member's
 * signature against the signer's package, opened, merged); only when all of it holds are the new
 * files kept and one journal record written. A kept file gone is put back from a chosen one with
 * its SHA-256.
 */
import { AppError, isAppError } from '../../../shared/errors';
import type { ImportedGroupBundle } from '../../../shared/journal';
import type { ImportedGroupOutcome } from '../../../shared/committee-desk/committee-desk-views';
import type { AdmittedMerge } from './admitted-merge';
import type { CaseJournalService } from '../journal/case-journal-service';
import type { Computed, Session } from './committee-desk-facts';
import { sha256Hex } from '../crypto/sha256-hex';
import { committeeJournalOf } from './committee-journal';
import type { GroupBundleStore } from './group-bundle-store';

export interface ImportSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned' | 'liveRecords'>;
  readonly store: GroupBundleStore;
  readonly compute: (s: Session) => Promise<Computed>;
  /** The committee merge of these bundles under the settings in force. */
  readonly prepare: (s: Session, bundles: readonly Uint8Array[]) => Promise<AdmittedMerge>;
}

async function restoreKept(steps: ImportSteps, s: Session, chosen: readonly Uint8Array[]) {
  const { imported } = committeeJournalOf(await steps.journal.liveRecords(), s.manifest.round.id);
  const byDigest = new Map(chosen.map((bytes) => [sha256Hex(bytes), bytes]));
  for (const bundle of imported) {
    const bytes = byDigest.get(bundle.sha256);
    if (bytes === undefined) continue;
    try {
      await steps.store.read(bundle);
    } catch (error) {
      if (!isAppError(error, 'committee-desk-bundle-missing')) throw error;
      await steps.store.put(bundle, bytes);
    }
  }
}

/** Imports the chosen files; what became of each, in the order chosen. */
export async function importGroupBundles(
  steps: ImportSteps,
  s: Session,
  chosen: readonly Uint8Array[],
): Promise<ImportedGroupOutcome[]> {
  await restoreKept(steps, s, chosen);
  const before = await steps.compute(s);
  const held = new Map(before.journal.imported.map((b) => [b.sha256, b]));
  const digests = chosen.map((bytes) => sha256Hex(bytes));
  const fresh: Uint8Array[] = [];
  const seen = new Set<string>();
  chosen.forEach((bytes, i) => {
    const digest = digests[i]!;
    // The same file chosen twice is the core's to refuse (committee-group-twice).
    if (!held.has(digest) || seen.has(digest)) fresh.push(bytes);
    seen.add(digest);
  });
  const admitted = await steps.prepare(s, [...before.bundles, ...fresh]);
  const added: ImportedGroupBundle[] = admitted.verified
    .filter((verified) => !held.has(verified.digest))
    .map((verified) => ({
      groupId: verified.header.groupId,
      expertId: verified.header.roster.statement.member.expertId,
      fingerprint: verified.header.merger.fingerprint,
      sequence: verified.header.sequence,
      sha256: verified.digest,
    }))
    .sort(
      (a, b) =>
        (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0) || a.sequence - b.sequence,
    );
  const outcomes = digests.map((digest): ImportedGroupOutcome => {
    const bundle = held.get(digest) ?? added.find((b) => b.sha256 === digest);
    if (bundle === undefined) throw new AppError('committee-desk-no-groups');
    return {
      groupId: bundle.groupId,
      sequence: bundle.sequence,
      outcome: held.has(digest) ? 'already-present' : 'added',
    };
  });
  if (added.length === 0) return outcomes;

  const bytesOf = new Map(chosen.map((b, i) => [digests[i]!, b]));
  const written: ImportedGroupBundle[] = [];
  try {
    for (const bundle of added) {
      await steps.store.put(bundle, bytesOf.get(bundle.sha256)!);
      written.push(bundle);
    }
    // One record for the whole import: all of it is admitted, or none.
    await steps.journal.appendSigned(() => ({
      kind: 'group-bundles-imported',
      roundId: s.manifest.round.id,
      bundles: added,
    }));
  } catch (error) {
    await Promise.all(written.map((b) => steps.store.remove(b)));
    throw error;
  }
  return outcomes;
}

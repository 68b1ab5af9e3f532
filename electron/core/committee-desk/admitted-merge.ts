/**
 * The committee merge of the group bundles admitted so far. Groups deliberate at their own pace,
 * so the chair imports their bundles as they come: while some application of the round has no
 * group section yet, the core refuses the merge (`committee-application-missing`) only after it
 * has verified and opened every bundle given, so those bundles are sound and are admitted; the
 * merge waits, naming the applications it waits for.
 */
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { CommitteeSettings } from '../../../shared/committee/committee-input';
import { isAppError } from '../../../shared/errors';
import { prepareCommitteeMerge } from '../committee';
import type { PreparedCommitteeMerge } from '../committee';
import type { Identity } from '../identity/identity';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { VerifiedGroupBundle } from '../merge/verify-group-bundle';

export interface AdmittedMerge {
  /** Null while the merge waits for a group. */
  readonly prepared: PreparedCommitteeMerge | null;
  /** Every bundle given, verified, in the order given. */
  readonly verified: readonly VerifiedGroupBundle[];
  /** 申报编号 of the applications no admitted bundle holds yet; empty once merged. */
  readonly waitingFor: readonly string[];
}

export async function admittedMerge(
  identity: Identity,
  manifest: CaseManifest,
  bundles: readonly Uint8Array[],
  settings: CommitteeSettings,
): Promise<AdmittedMerge> {
  try {
    const prepared = await prepareCommitteeMerge({ identity, manifest, bundles, settings });
    return {
      prepared,
      verified: prepared.groupBundles.map((g) => g.verified),
      waitingFor: [],
    };
  } catch (error) {
    if (!isAppError(error, 'committee-application-missing')) throw error;
    const expect = {
      officeFingerprint: manifest.office.fingerprint,
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      rubricDigest: manifest.rubricDigest,
    };
    const verified = bundles.map((bytes) => verifyGroupBundle(bytes, expect));
    const groupsIn = new Set(verified.map((v) => v.header.groupId));
    const numberOf = new Map(manifest.applications.map((a) => [a.id, a.applicationNo]));
    const waiting = manifest.groups
      .filter((g) => !groupsIn.has(g.id))
      .flatMap((g) => g.applicationIds.map((id) => numberOf.get(id) ?? id));
    // Every group in, yet one application without a section: the core named it.
    const named = numberOf.get(error.params.applicationId) ?? error.params.applicationId;
    return {
      prepared: null,
      verified,
      waitingFor: (waiting.length === 0 ? [named] : waiting).sort(),
    };
  }
}

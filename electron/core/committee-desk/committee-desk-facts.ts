/**
 * What every step of the chair's work rests on: the session (the open package and the identity
 * that signs for the committee), and what was computed from the journal and the kept files (the
 * group bundles admitted, their bytes, the prepared committee merge under the settings in force).
 */
import type { CommitteeMerge } from '../../../shared/committee/committee-merge';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { CommitteeDeskSettings } from '../../../shared/committee-desk/committee-desk-views';
import type { PreparedCommitteeMerge } from '../committee';
import type { DeskSession } from '../desk-session';
import type { VerifiedGroupBundle } from '../merge/verify-group-bundle';
import type { CommitteeJournal } from './committee-journal';
import { sha256Hex } from '../crypto/sha256-hex';

/** The open package and the identity that signs for the committee (../desk-session). */
export type Session = DeskSession;

export interface Computed {
  readonly session: Session;
  readonly journal: CommitteeJournal;
  /** The admitted bundles' bytes, in the journal's order. */
  readonly bundles: readonly Uint8Array[];
  /** Null while no group bundle is admitted, or while the merge waits for a group. */
  readonly prepared: PreparedCommitteeMerge | null;
  /** Every admitted bundle, verified. */
  readonly verified: readonly VerifiedGroupBundle[];
  /** 申报编号 of the applications the merge waits for. */
  readonly waitingFor: readonly string[];
}

/** SHA-256 of the merge's canonical JSON: what `qbreview merge --committee` prints as mergeDigest. */
export function committeeMergeDigest(merge: CommitteeMerge): string {
  return sha256Hex(canonicalJson(merge));
}

/** The settings as the core's merge takes them. */
export function coreSettings(settings: CommitteeDeskSettings) {
  return {
    quota: settings.quota,
    scoreLine: settings.scoreLine,
    basis: settings.basis,
    exclusions: settings.exclusions.map((e) => ({
      applicationId: e.applicationId,
      reason: e.reason,
    })),
  };
}

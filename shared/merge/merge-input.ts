/**
 * What the group leader's merge (合议汇总, Articles 19 and 20) is computed from: the group as the
 * merger's package names it, the applications the merger chairs (as leader, or as the stand-in
 * the office designated where the leader is in conflict), and the member review bundles that
 * verified, each with the sections the merger could open. Plain data, no keys, no bytes: the
 * core opens and verifies the bundles (electron/core/merge) and hands this over.
 */
import type { SectionOutcome } from '../bundle/review-content';
import type { Rubric } from '../domain/rubric';

/** 组长 or 代行组长: in which capacity the merger chairs an application's deliberation. */
export type ChairRole = 'leader' | 'stand-in';

/** A person of the group as the package's roster names them. */
export interface GroupMemberFact {
  readonly expertId: string;
  readonly fingerprint: string;
  readonly role: 'leader' | 'member';
}

/** An application whose deliberation the merger chairs. */
export interface ChairedApplication {
  readonly applicationId: string;
  readonly chairRole: ChairRole;
}

/** One verified review bundle of a member, with the sections opened for the merger. */
export interface MemberSubmission {
  readonly expertId: string;
  readonly fingerprint: string;
  readonly sequence: number;
  /** SHA-256 (hex) of the bundle file. */
  readonly digest: string;
  readonly sections: readonly {
    readonly applicationId: string;
    readonly outcome: SectionOutcome;
  }[];
}

export interface GroupMergeInput {
  readonly caseId: string;
  readonly roundId: string;
  readonly groupId: string;
  readonly rubric: Rubric;
  readonly rubricDigest: string;
  /** The merger: who chairs the applications below. */
  readonly merger: { readonly expertId: string; readonly fingerprint: string };
  /** The group's leader and members, each once. */
  readonly members: readonly GroupMemberFact[];
  readonly applications: readonly ChairedApplication[];
  /** Every verified bundle, in any order; several sequences of one member are allowed. */
  readonly submissions: readonly MemberSubmission[];
  /** Relative deviation from the group mean that is flagged (default 0.30). */
  readonly deviationThreshold?: number;
}

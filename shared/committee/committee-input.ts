/**
 * What the committee's merge (评审委员会汇总, Articles 19 and 20) is computed from: the round as the
 * signer's package names it (its applications with their 申报编号 and groups), the group bundles
 * accepted (the highest sequence of each merger of each group, the others superseded), the group
 * sections the signer opened (each application's group merge and deliberation, recomputed by the
 * opener from the members' signed bundles), and the chair's settings for the list. Plain data,
 * no keys, no bytes: the core verifies and opens the bundles (electron/core/committee).
 */
import type { RoundKind } from '../domain/round-kind';
import type { Rubric } from '../domain/rubric';
import type { ApplicationDeliberation } from '../merge/deliberation-summary';
import type { ApplicationMerge } from '../merge/group-merge';
import type { ChairRole } from '../merge/merge-input';

/**
 * 主任委员, or 副主任委员 acting for the chair (代行主任委员职责), recorded as such: the vice-chair
 * signs when the chair is in conflict with an application of the round or otherwise absent.
 */
export type CommitteeSignerRole = 'chair' | 'vice-chair-acting';

/** An application of the round as the signer's package names it. */
export interface CommitteeApplicationFact {
  readonly applicationId: string;
  /** 申报编号: the last tie-break and the order of lists. */
  readonly applicationNo: string;
  readonly groupId: string;
}

/** One group bundle taken into the merge: the highest sequence of its merger for its group. */
export interface GroupBundleFact {
  readonly groupId: string;
  /** The leader, or a stand-in the office designated (who signs the applications they chaired). */
  readonly merger: { readonly expertId: string; readonly fingerprint: string };
  readonly sequence: number;
  /** SHA-256 (hex) of the group bundle file. */
  readonly digest: string;
  /** Earlier sequences of the same merger and group given with it, by sequence. */
  readonly superseded: readonly { readonly sequence: number; readonly digest: string }[];
}

/** One application's group section, as the signer opened it from a group bundle. */
export interface CommitteeSectionInput {
  readonly applicationId: string;
  readonly groupId: string;
  /** The group bundle it came from (SHA-256 of the file). */
  readonly groupBundle: string;
  readonly chair: { readonly expertId: string; readonly role: ChairRole };
  readonly merge: ApplicationMerge;
  readonly deliberation: ApplicationDeliberation;
}

/** 主任委员决定: an application the committee takes off the list, with its written reason. */
export interface CommitteeExclusion {
  readonly applicationId: string;
  readonly reason: string;
}

/** Which ranking the list follows. */
export type RankingBasis = 'raw' | 'normalised';

/**
 * The chair's settings for the list. The package carries no quota for the lists (shared/office/
 * quota.ts is the recommending units' 推荐名额, another thing), so the quota and the score line
 * are the chair's, given to the merge and signed with it; none means no cut of that kind.
 */
export interface CommitteeSettings {
  /** 名额: how many applications the list holds at most; null: no quota. */
  readonly quota: number | null;
  /** 分数线: the lowest score (on the basis's scale) an application needs; null: none. */
  readonly scoreLine: number | null;
  readonly basis: RankingBasis;
  /** 主任委员决定 recorded before the merge (the journal kinds come later: docs/committee.md). */
  readonly exclusions: readonly CommitteeExclusion[];
}

export interface CommitteeMergeInput {
  readonly caseId: string;
  readonly roundId: string;
  readonly roundKind: RoundKind;
  readonly rubric: Rubric;
  readonly rubricDigest: string;
  readonly signer: {
    readonly expertId: string;
    readonly fingerprint: string;
    readonly role: CommitteeSignerRole;
  };
  /** Every application of the round the signer's package holds, in any order. */
  readonly applications: readonly CommitteeApplicationFact[];
  readonly groupBundles: readonly GroupBundleFact[];
  readonly sections: readonly CommitteeSectionInput[];
  readonly settings: CommitteeSettings;
}

/**
 * The leader's import (issue 11, point 1): the members' review bundles verified against the
 * merger's own package (office, case, round, rubric; an author seated in the group), admitted in
 * sequence order to a history (two different bundles with one sequence are equivocation, a
 * bundle older than one already held is stale), opened with the merger's identity and checked
 * against the package (material hashes, readers, rubric), then merged (shared/merge). All or
 * nothing: the first bundle that fails stops the merge, naming which one.
 */
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { AppError, isAppError } from '../../../shared/errors';
import { mergeGroup } from '../../../shared/merge/group-merge';
import type { GroupMerge } from '../../../shared/merge/group-merge';
import type {
  ChairedApplication,
  GroupMemberFact,
  MemberSubmission,
} from '../../../shared/merge/merge-input';
import { ReviewBundleHistory, historyEntryOf } from '../bundle/bundle-history';
import { sectionReadersOf } from '../bundle/manifest-sections';
import { openReviewBundle } from '../bundle/open-review-bundle';
import { verifyReviewBundle } from '../bundle/verify-review-bundle';
import type { VerifiedBundle } from '../bundle/verify-review-bundle';
import type { SectionReader } from '../bundle/write-review-bundle';
import type { Identity } from '../identity/identity';

export interface GroupMergeRequest {
  /** The merger: the group's leader, or a stand-in the office designated. */
  readonly identity: Pick<Identity, 'card' | 'ageIdentity'>;
  /** The merger's own package manifest (version 3). */
  readonly manifest: CaseManifest;
  /** The members' review bundles, in any order. */
  readonly bundles: readonly Uint8Array[];
  /** Which group, when the merger chairs applications of several. */
  readonly groupId?: string;
  /** Bundles received before (a history folder): an older sequence than one held is stale. */
  readonly history?: ReviewBundleHistory;
  readonly deviationThreshold?: number;
}

export interface PreparedGroupMerge {
  readonly merge: GroupMerge;
  readonly memberBundles: readonly {
    readonly bytes: Uint8Array;
    readonly verified: VerifiedBundle;
  }[];
  /** The readers of an application's group section besides the merger: office, chair, vice-chair. */
  readersOf(applicationId: string): SectionReader[];
}

/** The same failure, naming which of the bundles it was in the developer's detail. */
function inBundle<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    const detail = `bundle ${index + 1}${error.detail === undefined ? '' : `: ${error.detail}`}`;
    throw new AppError(error.code, error.params as never, detail);
  }
}

function chairedApplications(
  manifest: CaseManifest,
  fingerprint: string,
): (ChairedApplication & { groupId: string })[] {
  const chaired: (ChairedApplication & { groupId: string })[] = [];
  for (const list of manifest.reviewReaders) {
    const me = list.readers.find((r) => r.fingerprint === fingerprint);
    const role = me?.roles.includes('leader')
      ? 'leader'
      : me?.roles.includes('stand-in')
        ? 'stand-in'
        : undefined;
    const group = manifest.groups.find((g) => g.applicationIds.includes(list.applicationId));
    if (role !== undefined && group !== undefined) {
      chaired.push({ applicationId: list.applicationId, chairRole: role, groupId: group.id });
    }
  }
  return chaired;
}

/** Verifies, admits and opens the bundles and merges them; throws at the first failure. */
export async function prepareGroupMerge(request: GroupMergeRequest): Promise<PreparedGroupMerge> {
  const { manifest, identity } = request;
  const merger = manifest.roster.find((p) => p.fingerprint === identity.card.fingerprint);
  const all = chairedApplications(manifest, identity.card.fingerprint);
  const groupIds = [...new Set(all.map((a) => a.groupId))];
  const groupId = request.groupId ?? (groupIds.length === 1 ? groupIds[0] : undefined);
  const chaired = all.filter((a) => a.groupId === groupId);
  const group = manifest.groups.find((g) => g.id === groupId);
  if (merger === undefined || group === undefined || chaired.length === 0) {
    throw new AppError('merge-not-chairing');
  }
  const members: GroupMemberFact[] = group.members.map((m) => ({
    expertId: m.expertId,
    fingerprint: m.fingerprint,
    role: m.expertId === group.leaderId ? 'leader' : 'member',
  }));

  const expect = {
    officeFingerprint: manifest.office.fingerprint,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
  };
  const verified = request.bundles.map((bytes, index) =>
    inBundle(index, () => {
      const v = verifyReviewBundle(bytes, expect);
      const { member } = v.header.roster.statement;
      if (!member.seats.some((s) => s.groupId === group.id)) {
        throw new AppError('merge-outside-group', { expertId: member.expertId });
      }
      return { bytes, verified: v, index };
    }),
  );
  const seen = new Map<string, string>();
  for (const { verified: v, index } of verified) {
    const twice = seen.get(v.digest);
    if (twice !== undefined) {
      throw inBundle(index, () => {
        throw new AppError('merge-member-twice', { expertId: twice });
      });
    }
    seen.set(v.digest, v.header.roster.statement.member.expertId);
  }
  // Oldest first, so the order of the files does not decide what is stale.
  const history = request.history ?? new ReviewBundleHistory();
  const ordered = [...verified].sort(
    (a, b) =>
      a.verified.header.sequence - b.verified.header.sequence ||
      (a.verified.digest < b.verified.digest ? -1 : 1),
  );
  for (const { verified: v, index } of ordered)
    inBundle(index, () => history.admit(historyEntryOf(v)));

  const chairedIds = new Set(chaired.map((a) => a.applicationId));
  const facts = {
    rubric: manifest.round.rubric,
    materials: manifest.materials.map((m) => ({
      materialId: m.materialId,
      applicationId: m.applicationId,
      sha256: m.sha256,
    })),
    reviewReaders: new Map(
      manifest.reviewReaders.map((r) => [r.applicationId, r.readers.map((x) => x.fingerprint)]),
    ),
  };
  const submissions: MemberSubmission[] = [];
  for (const { verified: v, index } of verified) {
    let sections: MemberSubmission['sections'] = [];
    try {
      const opened = await openReviewBundle(v, identity, facts);
      sections = opened.sections
        .filter((s) => chairedIds.has(s.section.applicationId))
        .map((s) => ({ applicationId: s.section.applicationId, outcome: s.section.outcome }));
    } catch (error) {
      if (!isAppError(error, 'bundle-not-a-reader')) {
        inBundle(index, () => {
          throw error;
        });
      }
    }
    submissions.push({
      expertId: v.header.roster.statement.member.expertId,
      fingerprint: v.header.author.fingerprint,
      sequence: v.header.sequence,
      digest: v.digest,
      sections,
    });
  }
  const merge = mergeGroup({
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    groupId: group.id,
    rubric: manifest.round.rubric,
    rubricDigest: manifest.rubricDigest,
    merger: { expertId: merger.expertId, fingerprint: merger.fingerprint },
    members,
    applications: chaired.map(({ applicationId, chairRole }) => ({ applicationId, chairRole })),
    submissions,
    ...(request.deviationThreshold === undefined
      ? {}
      : { deviationThreshold: request.deviationThreshold }),
  });
  return {
    merge,
    memberBundles: verified.map(({ bytes, verified: v }) => ({ bytes, verified: v })),
    readersOf(applicationId) {
      const list = manifest.reviewReaders.find((r) => r.applicationId === applicationId);
      const allowed = new Set(
        (list?.readers ?? [])
          .filter((r) => r.roles.some((role) => ['office', 'chair', 'vice-chair'].includes(role)))
          .map((r) => r.fingerprint),
      );
      return sectionReadersOf(manifest, applicationId).filter((r) => allowed.has(r.fingerprint));
    },
  };
}

/**
 * The chair's import (issue 11, point 2): every group bundle verified with no key down to each
 * member's signature, against the signer's own package (office, case, round, rubric; its group a
 * group of the package, its merger a person of that group under the package's keys); one bundle
 * given twice refused; of several sequences of one merger for one group the highest taken, the
 * others kept as superseded, two with one sequence refused as equivocation; then each opened with
 * the signer's identity (its merge recomputed from the member bundles), every section checked
 * against the package (the application in that group, chaired by its leader or stand-in), and
 * the committee merge made (shared/committee). All or nothing: the first failure stops it.
 */
import { defaultDeliberationRule } from '../../../shared/domain/deliberation';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type {
  CommitteeSectionInput,
  CommitteeSettings,
  CommitteeSignerRole,
  GroupBundleFact,
} from '../../../shared/committee/committee-input';
import type { CommitteeMerge } from '../../../shared/committee/committee-merge';
import { mergeCommittee } from '../../../shared/committee/committee-merge';
import { AppError, isAppError } from '../../../shared/errors';
import type { SectionReader } from '../bundle/write-review-bundle';
import type { Identity } from '../identity/identity';
import { openGroupBundle } from '../merge/open-group-bundle';
import type { OpenedGroupBundle } from '../merge/open-group-bundle';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { VerifiedGroupBundle } from '../merge/verify-group-bundle';
import { mergeReadersOf, resultReadersOf } from './committee-readers';

export interface CommitteeMergeRequest {
  /** The chair, or the vice-chair acting for the chair. */
  readonly identity: Pick<Identity, 'card' | 'ageIdentity'>;
  /** The signer's own package manifest (version 3). */
  readonly manifest: CaseManifest;
  /** The groups' bundles, in any order. */
  readonly bundles: readonly Uint8Array[];
  readonly settings: CommitteeSettings;
  /** The deviation threshold the groups used (default 0.30), to recompute their merges. */
  readonly deviationThreshold?: number;
}

export interface EmbeddedGroupBundle {
  readonly bytes: Uint8Array;
  readonly verified: VerifiedGroupBundle;
}

export interface PreparedCommitteeMerge {
  readonly merge: CommitteeMerge;
  /** Every group bundle given (superseded ones too), each once, as the result bundle embeds them. */
  readonly groupBundles: readonly EmbeddedGroupBundle[];
  /** The readers of an application's section: office, chair and vice-chair where allowed. */
  readersOf(applicationId: string): SectionReader[];
  /** The readers of the whole merge. */
  readonly mergeReaders: readonly SectionReader[];
}

/** The same failure, naming which of the bundles it was in the developer's detail. */
function inBundle<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    const detail = `group bundle ${index + 1}${error.detail === undefined ? '' : `: ${error.detail}`}`;
    throw new AppError(error.code, error.params as never, detail);
  }
}

/** The signer's role from their package's seats: the chair signs as such, the vice-chair acting. */
export function signerRoleOf(manifest: CaseManifest): CommitteeSignerRole {
  const roles = manifest.recipient.seats.map((s) => s.role);
  if (roles.includes('chair')) return 'chair';
  if (roles.includes('vice-chair')) return 'vice-chair-acting';
  throw new AppError('committee-not-chair');
}

/** The group bundle's merger must be a person of its group under the package's keys. */
function checkGroupOf(manifest: CaseManifest, verified: VerifiedGroupBundle): void {
  const { header } = verified;
  const group = manifest.groups.find((g) => g.id === header.groupId);
  if (group === undefined) {
    throw new AppError('committee-group-outside-case', { groupId: header.groupId });
  }
  const person = manifest.roster.find((p) => p.fingerprint === header.merger.fingerprint);
  const inGroup = group.members.some(
    (m) =>
      m.fingerprint === header.merger.fingerprint &&
      m.expertId === header.roster.statement.member.expertId,
  );
  if (
    !inGroup ||
    person === undefined ||
    person.signingPublicKey !== header.merger.signingPublicKey ||
    person.ageRecipient !== header.merger.ageRecipient
  ) {
    throw new AppError('committee-group-unknown-merger', { groupId: header.groupId });
  }
}

/** The current bundle of each merger of each group, with the ones it superseded. */
function currentBundles(
  verified: readonly (EmbeddedGroupBundle & { index: number })[],
): { current: EmbeddedGroupBundle & { index: number }; fact: GroupBundleFact }[] {
  const byMerger = new Map<string, (EmbeddedGroupBundle & { index: number })[]>();
  for (const v of verified) {
    const key = `${v.verified.header.groupId}\n${v.verified.header.merger.fingerprint}`;
    byMerger.set(key, [...(byMerger.get(key) ?? []), v]);
  }
  return [...byMerger.values()].map((list) => {
    const sorted = [...list].sort(
      (a, b) =>
        a.verified.header.sequence - b.verified.header.sequence ||
        (a.verified.digest < b.verified.digest ? -1 : 1),
    );
    sorted.forEach((v, i) => {
      const next = sorted[i + 1];
      if (next !== undefined && next.verified.header.sequence === v.verified.header.sequence) {
        throw inBundle(next.index, () => {
          throw new AppError('committee-group-equivocation', {
            groupId: v.verified.header.groupId,
            sequence: v.verified.header.sequence,
          });
        });
      }
    });
    const current = sorted[sorted.length - 1]!;
    const { header } = current.verified;
    return {
      current,
      fact: {
        groupId: header.groupId,
        merger: {
          expertId: header.roster.statement.member.expertId,
          fingerprint: header.merger.fingerprint,
        },
        sequence: header.sequence,
        digest: current.verified.digest,
        superseded: sorted
          .slice(0, -1)
          .map((s) => ({ sequence: s.verified.header.sequence, digest: s.verified.digest })),
      },
    };
  });
}

/** The sections of one opened group bundle, each checked against the signer's package. */
function sectionsOf(
  manifest: CaseManifest,
  opened: OpenedGroupBundle,
  digest: string,
): CommitteeSectionInput[] {
  const { groupId } = opened.verified.header;
  const group = manifest.groups.find((g) => g.id === groupId);
  return opened.sections.map((section) => {
    const { applicationId } = section;
    if (group === undefined || !group.applicationIds.includes(applicationId)) {
      throw new AppError('committee-application-unknown', { applicationId });
    }
    const readers = manifest.reviewReaders.find((r) => r.applicationId === applicationId);
    const chairedBy = readers?.readers.find((r) => r.fingerprint === section.chair.fingerprint);
    if (
      chairedBy === undefined ||
      chairedBy.expertId !== section.chair.expertId ||
      !chairedBy.roles.includes(section.chair.role)
    ) {
      throw new AppError('committee-chair-mismatch', { applicationId });
    }
    return {
      applicationId,
      groupId,
      groupBundle: digest,
      chair: { expertId: section.chair.expertId, role: section.chair.role },
      merge: section.merge,
      deliberation: section.deliberation,
    };
  });
}

/** Verifies, opens and merges the group bundles; throws at the first failure. */
export async function prepareCommitteeMerge(
  request: CommitteeMergeRequest,
): Promise<PreparedCommitteeMerge> {
  const { manifest, identity } = request;
  const role = signerRoleOf(manifest);
  const signer = manifest.roster.find((p) => p.fingerprint === identity.card.fingerprint);
  if (signer === undefined || manifest.recipient.fingerprint !== identity.card.fingerprint) {
    throw new AppError('committee-not-chair');
  }
  const expect = {
    officeFingerprint: manifest.office.fingerprint,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
  };
  const verified = request.bundles.map((bytes, index) =>
    inBundle(index, () => {
      const v = verifyGroupBundle(bytes, expect);
      checkGroupOf(manifest, v);
      return { bytes, verified: v, index };
    }),
  );
  const seen = new Set<string>();
  for (const { verified: v, index } of verified) {
    if (seen.has(v.digest)) {
      throw inBundle(index, () => {
        throw new AppError('committee-group-twice', { groupId: v.header.groupId });
      });
    }
    seen.add(v.digest);
  }

  const facts = {
    rubric: manifest.round.rubric,
    roundKind: manifest.round.kind,
    // Every group counted its ballots under the round's rule, as the chair's package states it.
    rule: manifest.deliberationRule ?? defaultDeliberationRule,
    ...(request.deviationThreshold === undefined
      ? {}
      : { deviationThreshold: request.deviationThreshold }),
  };
  const current = currentBundles(verified).sort((a, b) => a.current.index - b.current.index);
  // All opened at once, so this thread checks one group's sections while the stanza pool's
  // workers unwrap the next group's keys; the failures are still met in bundle order.
  const openings = await Promise.allSettled(
    current.map(({ current: c }) => openGroupBundle(c.verified, identity, facts)),
  );
  const sections: CommitteeSectionInput[] = [];
  for (const [i, { current: c }] of current.entries()) {
    let opened: OpenedGroupBundle | undefined;
    const opening = openings[i]!;
    if (opening.status === 'fulfilled') opened = opening.value;
    else if (!isAppError(opening.reason, 'group-bundle-not-a-reader')) {
      const error: unknown = opening.reason;
      inBundle(c.index, () => {
        throw error;
      });
    }
    if (opened !== undefined) {
      const opening = opened;
      sections.push(...inBundle(c.index, () => sectionsOf(manifest, opening, c.verified.digest)));
    }
  }

  const groupOf = new Map<string, string>();
  for (const g of manifest.groups) for (const id of g.applicationIds) groupOf.set(id, g.id);
  const merge = mergeCommittee({
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    roundKind: manifest.round.kind,
    rubric: manifest.round.rubric,
    rubricDigest: manifest.rubricDigest,
    signer: { expertId: signer.expertId, fingerprint: signer.fingerprint, role },
    applications: manifest.applications.map((a) => ({
      applicationId: a.id,
      applicationNo: a.applicationNo,
      groupId: groupOf.get(a.id) ?? '',
    })),
    groupBundles: current.map((c) => c.fact),
    sections,
    settings: request.settings,
  });
  return {
    merge,
    groupBundles: verified.map(({ bytes, verified: v }) => ({ bytes, verified: v })),
    readersOf: (applicationId) => resultReadersOf(manifest, applicationId),
    mergeReaders: mergeReadersOf(manifest),
  };
}

/**
 * The chair's import (issue 11, point 2): every group bundle verified with no key down to each
 * member's signature, against the signer's own package (office, case, round, rubric; its group a
 * group of the package, its merger a person of that group under the package's keys); one bundle
 * given twice refused; of several sequences of one merger for one group the highest taken, the
 * others kept as superseded, two with one sequence refused as equivocation; then each opened with
 * the signer's identity (its merge recomputed from the member bundles), every section checked
 * against the package (the application in that group, chaired by its leader or stand-in), and
 * the committee merge made (shared/committee). All or nothing: the first failure stops it.
 *
 * Where the work runs: with two bundles or more, each bundle is verified and opened whole on the
 * group pool's worker threads (group-open-pool.ts, one per core), all at once and each to its
 * end; then the rules above are applied here to their outcomes in the order above (every
 * verification failure in bundle order, then a bundle twice, then equivocation, then the
 * openings of the current bundles in bundle order), so the first failure is the one met on this
 * thread alone, and what the rules would not have opened is not looked at. A worker that cannot
 * start or stops, or a fault that is not a refusal: the whole merge is done again on this thread.
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
import type { GroupBundleHeader } from '../../../shared/merge/group-bundle-content';
import type { SectionReader } from '../bundle/write-review-bundle';
import type { Identity } from '../identity/identity';
import { openGroupBundle } from '../merge/open-group-bundle';
import type { GroupReaderFacts, OpenedGroupBundle } from '../merge/open-group-bundle';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { GroupBundleExpectations, VerifiedGroupBundle } from '../merge/verify-group-bundle';
import { mergeReadersOf, resultReadersOf } from './committee-readers';
import { checkGroupOf, mergerFactsOf } from './group-merger-check';
import { appErrorOf } from './group-open-job';
import type { GroupOpening, GroupOutcome, GroupSectionFacts } from './group-open-job';
import { groupOpenPool } from './group-open-pool';
import type { GroupOpener } from './group-open-pool';
import { workerVerifiedGroupBundle } from './worker-verified-group-bundle';

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

/**
 * Where the group bundles are verified and opened: the process's group pool by default (none off
 * the main thread), null for this thread alone (the stanza pool's workers trying its stanzas).
 */
export interface CommitteeMergeOptions {
  readonly pool?: GroupOpener | null;
}

/** Fewer bundles than this are verified and opened on this thread. */
const POOL_THRESHOLD = 2;

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

/** A verified bundle as the rules below read it: its header and digest, its place as given. */
interface Given {
  readonly verified: { readonly header: GroupBundleHeader; readonly digest: string };
  readonly index: number;
}

/** One bundle given twice (the same file) is refused, at its second place. */
function refuseTwice(given: readonly Given[]): void {
  const seen = new Set<string>();
  for (const { verified: v, index } of given) {
    if (seen.has(v.digest)) {
      throw inBundle(index, () => {
        throw new AppError('committee-group-twice', { groupId: v.header.groupId });
      });
    }
    seen.add(v.digest);
  }
}

/** The current bundle of each merger of each group, with the ones it superseded; in given order. */
function currentBundles<G extends Given>(
  verified: readonly G[],
): { current: G; fact: GroupBundleFact }[] {
  const byMerger = new Map<string, G[]>();
  for (const v of verified) {
    const key = `${v.verified.header.groupId}\n${v.verified.header.merger.fingerprint}`;
    byMerger.set(key, [...(byMerger.get(key) ?? []), v]);
  }
  return [...byMerger.values()]
    .map((list) => {
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
    })
    .sort((a, b) => a.current.index - b.current.index);
}

/** The sections of one opened group bundle, each checked against the signer's package. */
function sectionsOf(
  manifest: CaseManifest,
  groupId: string,
  digest: string,
  opened: readonly GroupSectionFacts[],
): CommitteeSectionInput[] {
  const group = manifest.groups.find((g) => g.id === groupId);
  return opened.map((section) => {
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

/** What the merge is made of: every bundle given, the current ones' facts, their sections. */
interface Gathered {
  readonly groupBundles: readonly EmbeddedGroupBundle[];
  readonly current: readonly GroupBundleFact[];
  readonly sections: readonly CommitteeSectionInput[];
}

/** What verifying and opening need besides the bundles. */
interface Context {
  readonly request: CommitteeMergeRequest;
  readonly expect: GroupBundleExpectations;
  readonly facts: GroupReaderFacts;
}

/** Everything on this thread, each rule met as it comes. */
async function gatheredHere({ request, expect, facts }: Context): Promise<Gathered> {
  const { manifest, identity } = request;
  const mergers = mergerFactsOf(manifest);
  const verified = request.bundles.map((bytes, index) =>
    inBundle(index, () => {
      const v = verifyGroupBundle(bytes, expect);
      checkGroupOf(mergers, v.header);
      return { bytes, verified: v, index };
    }),
  );
  refuseTwice(verified);
  const current = currentBundles(verified);
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
      const { groupId } = c.verified.header;
      const read = opened.sections;
      sections.push(
        ...inBundle(c.index, () => sectionsOf(manifest, groupId, c.verified.digest, read)),
      );
    }
  }
  return {
    groupBundles: verified.map(({ bytes, verified: v }) => ({ bytes, verified: v })),
    current: current.map((c) => c.fact),
    sections,
  };
}

/**
 * Every bundle verified and opened on the pool, then the same rules in the same order over the
 * outcomes; null when a worker failed or met a fault (the caller does it all on this thread).
 */
async function gatheredOnPool(pool: GroupOpener, context: Context): Promise<Gathered | null> {
  const { request, expect, facts } = context;
  const { manifest, identity } = request;
  const mergers = mergerFactsOf(manifest);
  // The card and the age identity only: the signing key stays on this thread.
  const reader = { card: identity.card, ageIdentity: identity.ageIdentity };
  const settled = await Promise.allSettled(
    request.bundles.map((bytes) => pool.open({ bytes, expect, mergers, identity: reader, facts })),
  );
  const outcomes: Exclude<GroupOutcome, { unexpected: string }>[] = [];
  for (const result of settled) {
    if (result.status === 'rejected' || 'unexpected' in result.value) return null;
    outcomes.push(result.value);
  }
  const verified = outcomes.map((outcome, index) => {
    if ('refused' in outcome) {
      const refusal = appErrorOf(outcome.refused);
      return inBundle(index, () => {
        throw refusal;
      });
    }
    const bytes = request.bundles[index]!;
    return {
      bytes,
      verified: workerVerifiedGroupBundle(bytes, expect, outcome),
      index,
      opening: outcome.opening,
    };
  });
  refuseTwice(verified);
  const current = currentBundles(verified);
  const sections: CommitteeSectionInput[] = [];
  for (const { current: c } of current) {
    const opening: GroupOpening = c.opening;
    if ('error' in opening) {
      const error = appErrorOf(opening.error);
      if (isAppError(error, 'group-bundle-not-a-reader')) continue;
      inBundle(c.index, () => {
        throw error;
      });
      continue;
    }
    const { groupId } = c.verified.header;
    sections.push(
      ...inBundle(c.index, () =>
        sectionsOf(manifest, groupId, c.verified.digest, opening.sections),
      ),
    );
  }
  return {
    groupBundles: verified.map(({ bytes, verified: v }) => ({ bytes, verified: v })),
    current: current.map((c) => c.fact),
    sections,
  };
}

/** Verifies, opens and merges the group bundles; throws at the first failure. */
export async function prepareCommitteeMerge(
  request: CommitteeMergeRequest,
  options: CommitteeMergeOptions = {},
): Promise<PreparedCommitteeMerge> {
  const { manifest, identity } = request;
  const role = signerRoleOf(manifest);
  const signer = manifest.roster.find((p) => p.fingerprint === identity.card.fingerprint);
  if (signer === undefined || manifest.recipient.fingerprint !== identity.card.fingerprint) {
    throw new AppError('committee-not-chair');
  }
  const context: Context = {
    request,
    expect: {
      officeFingerprint: manifest.office.fingerprint,
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      rubricDigest: manifest.rubricDigest,
    },
    facts: {
      rubric: manifest.round.rubric,
      roundKind: manifest.round.kind,
      // Every group counted its ballots under the round's rule, as the chair's package states it.
      rule: manifest.deliberationRule ?? defaultDeliberationRule,
      ...(request.deviationThreshold === undefined
        ? {}
        : { deviationThreshold: request.deviationThreshold }),
    },
  };
  const pool = options.pool === undefined ? groupOpenPool() : options.pool;
  const gathered =
    (pool !== null && request.bundles.length >= POOL_THRESHOLD
      ? await gatheredOnPool(pool, context)
      : null) ?? (await gatheredHere(context));

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
    groupBundles: gathered.current,
    sections: gathered.sections,
    settings: request.settings,
  });
  return {
    merge,
    groupBundles: gathered.groupBundles,
    readersOf: (applicationId) => resultReadersOf(manifest, applicationId),
    mergeReaders: mergeReadersOf(manifest),
  };
}

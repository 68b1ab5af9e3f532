/**
 * One person's package, planned before it is written (sealing, office-seal.ts): the materials
 * they may see, the entry ids, the signed manifest; and the length their package is padded to,
 * so that packages of people with the same entitlement are of one length (SECURITY 24).
 */
import { randomBytes } from 'node:crypto';
import {
  CASE_MANIFEST_FORMAT,
  CASE_MANIFEST_VERSION,
  caseManifestGroup,
} from '../../../shared/case/case-manifest';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { OfficeRecord } from '../../../shared/office/office-record';
import type { OfficeExpert } from '../../../shared/office/expert-card';
import type { OfficeMaterial } from '../../../shared/office/office-material';
import type { OfficeRound } from '../../../shared/office/office-round';
import { undertakingOf } from '../../../shared/office/undertaking';
import { roundRuleOf } from '../../../shared/office/round-rule';
import { entitledApplications, visibleGroups } from '../../../shared/office/visibility';
import type { SealingPlan, SealingRecipient } from '../../../shared/office/visibility';
import { DEFAULT_CHUNK_SIZE_LOG2 } from '../case/case-format';
import { minimumPackageLength } from '../case/case-length';
import { rosterStatementForManifest } from '../bundle/roster-statement-for';
import type { Identity } from '../identity/identity';
import { manifestOffice, manifestReviewReaders, manifestRoster } from './manifest-readers';

/** What every package of one sealing shares, computed once. */
export interface SealingContext {
  readonly c: OfficeRecord;
  readonly caseId: string;
  readonly round: OfficeRound;
  readonly plan: SealingPlan;
  readonly experts: ReadonlyMap<string, OfficeExpert>;
  readonly office: Identity;
  readonly sealedAt: string;
  readonly rubricDigest: string;
}

/** One person's package before it is written. */
export interface PackagePlan {
  readonly recipient: SealingRecipient;
  readonly expert: OfficeExpert;
  readonly sequence: number;
  readonly materials: readonly OfficeMaterial[];
  readonly entryIds: readonly string[];
  readonly manifest: CaseManifest;
  readonly passphrase: string | undefined;
}

const newEntryId = () => randomBytes(16).toString('hex');

function materialsFor(context: SealingContext, applicationIds: readonly string[]) {
  const visible = new Set(applicationIds);
  const inRound = new Set(context.round.materialIds);
  return context.c.materials.filter((m) => visible.has(m.applicationId) && inRound.has(m.id));
}

function manifestFor(
  context: SealingContext,
  recipient: SealingRecipient,
  sequence: number,
  entryIds: readonly string[],
  materials: readonly OfficeMaterial[],
  /** Describe the groups as they would be with no conflicts (for padding targets). */
  conflictFree = false,
): CaseManifest {
  const { office } = context;
  const manifest = unsignedManifestFor(
    context,
    recipient,
    sequence,
    entryIds,
    materials,
    conflictFree,
  );
  return {
    ...manifest,
    rosterStatement: rosterStatementForManifest(
      office.signingKey,
      manifest,
      reviewSectionsOf(context, recipient),
    ),
  };
}

/**
 * How many sections this person's review bundles hold: the applications of the groups they
 * review in (leader or member), their conflicts included, so a bundle's length gives none away;
 * 0 for a seat that writes no review (chair, vice-chair).
 */
export function reviewSectionsOf(context: SealingContext, recipient: SealingRecipient): number {
  const reviewed = new Set(
    recipient.seats
      .filter((s) => s.role === 'leader' || s.role === 'member')
      .flatMap((s) => (s.groupId === undefined ? [] : [s.groupId])),
  );
  return context.plan.groups
    .filter((g) => reviewed.has(g.id))
    .reduce((sum, g) => sum + g.applicationIds.length, 0);
}

function unsignedManifestFor(
  context: SealingContext,
  recipient: SealingRecipient,
  sequence: number,
  entryIds: readonly string[],
  materials: readonly OfficeMaterial[],
  conflictFree: boolean,
): Omit<CaseManifest, 'rosterStatement'> {
  const { c, round, experts, office } = context;
  const plan = conflictFree ? { ...context.plan, conflicts: [] } : context.plan;
  const visible = new Set(recipient.applicationIds);
  const expert = experts.get(recipient.expertId)!;
  const applications = c.applications.filter((a) => visible.has(a.id));
  const officeKeys = manifestOffice(office);
  return {
    format: CASE_MANIFEST_FORMAT,
    version: CASE_MANIFEST_VERSION,
    caseId: context.caseId,
    packageSequence: sequence,
    rubricDigest: context.rubricDigest,
    year: c.year,
    sealedAt: context.sealedAt,
    office: officeKeys,
    // The package goes out with the round as it will stand once sealing completes.
    round: round.round.status === 'draft' ? { ...round.round, status: 'open' } : round.round,
    recipient: {
      expertId: expert.id,
      name: expert.name,
      fingerprint: expert.keyFingerprint ?? '',
      seats: recipient.seats.map((seat) => ({ ...seat })),
    },
    groups: visibleGroups(recipient.expertId, plan).map((group) =>
      caseManifestGroup(group, experts, visible),
    ),
    applications,
    materials: materials.map((material, index) => ({
      entryId: entryIds[index]!,
      materialId: material.id,
      applicationId: material.applicationId,
      kind: material.kind,
      fileName: material.fileName,
      ...(material.mediaType === undefined ? {} : { mediaType: material.mediaType }),
      size: material.size,
      sha256: material.sha256,
    })),
    roster: manifestRoster(recipient.expertId, plan, experts),
    reviewReaders: manifestReviewReaders(
      applications.map((a) => a.id),
      plan,
      experts,
      officeKeys,
    ),
    undertaking: { text: undertakingOf(round) },
    deliberationRule: roundRuleOf(round),
  };
}

function manifestLength(manifest: CaseManifest): number {
  return Buffer.byteLength(JSON.stringify(manifest), 'utf8');
}

/** Plans `recipient`'s package: the materials they may see, fresh entry ids, the manifest. */
export function planPackage(
  context: SealingContext,
  recipient: SealingRecipient,
  sequence: number,
  passphrase: string | undefined,
): PackagePlan {
  const materials = materialsFor(context, recipient.applicationIds);
  const entryIds = materials.map(newEntryId);
  return {
    recipient,
    expert: context.experts.get(recipient.expertId)!,
    sequence,
    materials,
    entryIds,
    manifest: manifestFor(context, recipient, sequence, entryIds, materials),
    passphrase,
  };
}

/**
 * The length every package of this person's padding class is padded to: the longest package
 * any member of the class would get with no conflicts at all, or gets as the plan stands (the
 * plan's own sequence and key wraps assumed for each). Every member of a class gets the same
 * length whoever is in conflict; docs/case-format.md says what the class's length may still
 * reflect.
 */
export function targetLength(
  context: SealingContext,
  recipients: readonly SealingRecipient[],
  plan: PackagePlan,
  wrapsLength: number,
): number {
  const entitlement = (id: string) => entitledApplications(id, context.plan).join('\n');
  const mine = entitlement(plan.recipient.expertId);
  const chunkSize = 2 ** DEFAULT_CHUNK_SIZE_LOG2;
  let longest = 0;
  for (const member of recipients.filter((r) => entitlement(r.expertId) === mine)) {
    const unconflicted = {
      ...member,
      applicationIds: entitledApplications(member.expertId, context.plan),
    };
    const materials = materialsFor(context, unconflicted.applicationIds);
    const ids = materials.map(() => 'x'.repeat(32));
    const manifest = manifestFor(context, unconflicted, plan.sequence, ids, materials, true);
    // A stand-in's entry in the review readers is longer than the leader's it replaces, so a
    // member's actual manifest can outgrow the conflict-free one: the class takes the longest
    // of both, for every member alike.
    const actualMaterials = materialsFor(context, member.applicationIds);
    const actual = manifestFor(
      context,
      member,
      plan.sequence,
      actualMaterials.map(() => 'x'.repeat(32)),
      actualMaterials,
    );
    for (const [m, list] of [
      [manifest, materials],
      [actual, actualMaterials],
    ] as const) {
      longest = Math.max(
        longest,
        minimumPackageLength({
          wrapsLength,
          entryLengths: [...list.map((x) => x.size), manifestLength(m)],
          chunkSize,
        }),
      );
    }
  }
  return longest;
}

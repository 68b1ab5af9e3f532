/**
 * Sealing (封装): one signed, encrypted case package per person of the round (members, leaders,
 * chair and vice-chair), holding only the applications that person may see. The visibility rule
 * is shared/office/visibility.ts; this file only writes what it allows.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CASE_MANIFEST_FORMAT } from '../../../shared/case/case-manifest';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { sealingPlanForRound, setRoundStatus } from '../../../shared/office/office-case';
import type { OfficeCase } from '../../../shared/office/office-case';
import type { OfficeExpert } from '../../../shared/office/expert-card';
import type { OfficeMaterial } from '../../../shared/office/office-material';
import type { OfficeRound } from '../../../shared/office/office-round';
import { blockingSealingProblems } from '../../../shared/office/sealing-blockers';
import { sealingRecipients, visibleGroups } from '../../../shared/office/visibility';
import type {
  SealingPlan,
  SealingProblem,
  SealingRecipient,
} from '../../../shared/office/visibility';
import type { MaterialInput, WrittenEntry } from '../case/case-file-writer';
import { writeCasePackage } from '../case/write-case-package';
import type { Identity } from '../identity/identity';
import type { OfficeSession } from './office-session';

export class SealingBlockedError extends Error {
  constructor(readonly problems: readonly SealingProblem[]) {
    super(`尚不能封装：${problems.map((p) => p.message).join('；')}`);
    this.name = 'SealingBlockedError';
  }
}

export interface SealOptions {
  readonly office: Identity;
  readonly roundId: string;
  readonly outDir: string;
  /** Also wrap every package for this passphrase (given to experts separately). */
  readonly passphrase?: string;
  readonly now?: Date;
  readonly scryptLogN?: number;
}

export interface SealedPackage {
  readonly expertId: string;
  readonly name: string;
  readonly fingerprint: string;
  readonly file: string;
  readonly applicationIds: readonly string[];
  readonly materials: number;
  readonly size: number;
}

export interface SealReport {
  readonly roundId: string;
  readonly packages: readonly SealedPackage[];
  /** Non-blocking problems, for the office to read. */
  readonly warnings: readonly SealingProblem[];
}

/** What every package of one sealing shares, computed once. */
interface SealingContext {
  readonly c: OfficeCase;
  readonly round: OfficeRound;
  readonly plan: SealingPlan;
  readonly experts: ReadonlyMap<string, OfficeExpert>;
  readonly office: Identity;
  readonly sealedAt: string;
}

function manifestFor(
  context: SealingContext,
  recipient: SealingRecipient,
  entries: readonly WrittenEntry[],
  materials: readonly OfficeMaterial[],
): CaseManifest {
  const { c, round, plan, experts, office } = context;
  const visible = new Set(recipient.applicationIds);
  const expert = experts.get(recipient.expertId)!;
  return {
    format: CASE_MANIFEST_FORMAT,
    version: 1,
    year: c.year,
    sealedAt: context.sealedAt,
    office: { name: office.card.organisation, fingerprint: office.card.fingerprint },
    // The package goes out with the round as it will stand once sealing completes.
    round: round.round.status === 'draft' ? { ...round.round, status: 'open' } : round.round,
    recipient: {
      expertId: expert.id,
      name: expert.name,
      fingerprint: expert.keyFingerprint ?? '',
      seats: recipient.seats.map((seat) => ({ ...seat })),
    },
    groups: visibleGroups(recipient.expertId, plan).map((group) => ({
      id: group.id,
      name: group.name,
      ...(group.leaderId === undefined ? {} : { leaderId: group.leaderId }),
      members: [...(group.leaderId ? [group.leaderId] : []), ...group.memberIds].map((id) => ({
        expertId: id,
        name: experts.get(id)?.name ?? '',
        fingerprint: experts.get(id)?.keyFingerprint ?? '',
      })),
      // Never the ids of applications this person may not see, not even as ids.
      applicationIds: group.applicationIds.filter((id) => visible.has(id)),
    })),
    applications: c.applications.filter((a) => visible.has(a.id)),
    materials: materials.map((material, index) => ({
      entryId: entries[index]!.id,
      materialId: material.id,
      applicationId: material.applicationId,
      kind: material.kind,
      fileName: material.fileName,
      ...(material.mediaType === undefined ? {} : { mediaType: material.mediaType }),
      size: material.size,
      sha256: material.sha256,
    })),
  };
}

export async function sealRound(session: OfficeSession, options: SealOptions): Promise<SealReport> {
  if (options.office.card.role !== 'office') {
    throw new RangeError('只有办公室身份可以封装案卷。/ Only an office identity seals.');
  }
  const c = await session.read();
  const round = c.rounds.find((r) => r.round.id === options.roundId);
  if (!round) throw new RangeError(`评审轮次不存在：${options.roundId}`);
  const plan = sealingPlanForRound(c, options.roundId);
  const { recipients, problems } = sealingRecipients(plan);
  const blocking = problems.filter((p) => blockingSealingProblems.has(p.code));
  if (blocking.length > 0) throw new SealingBlockedError(blocking);

  await mkdir(options.outDir, { recursive: true });
  const context: SealingContext = {
    c,
    round,
    plan,
    experts: new Map(c.experts.map((e) => [e.id, e])),
    office: options.office,
    sealedAt: (options.now ?? new Date()).toISOString(),
  };
  const roundMaterials = new Set(round.materialIds);
  const workspace = session.workspace;
  const packages: SealedPackage[] = [];
  for (const recipient of recipients) {
    const expert = context.experts.get(recipient.expertId)!;
    const visible = new Set(recipient.applicationIds);
    const materials = c.materials.filter(
      (m) => visible.has(m.applicationId) && roundMaterials.has(m.id),
    );
    async function* sources(): AsyncGenerator<MaterialInput> {
      // One material in memory at a time, decrypted from the workspace and re-encrypted at once.
      for (const material of materials)
        yield { source: await workspace.readMaterial(material.sha256) };
    }
    const file = join(options.outDir, `${expert.id}.qbcase`);
    const written = await writeCasePackage({
      path: file,
      office: options.office,
      recipients: [expert.card!.ageRecipient],
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      ...(options.scryptLogN === undefined ? {} : { scryptLogN: options.scryptLogN }),
      materials: sources(),
      manifestFor: (entries) => manifestFor(context, recipient, entries, materials),
    });
    packages.push({
      expertId: expert.id,
      name: expert.name,
      fingerprint: expert.keyFingerprint ?? '',
      file,
      applicationIds: [...recipient.applicationIds],
      materials: materials.length,
      size: written.size,
    });
  }
  // Sealed and handed out: the round is open, and what the packages say can no longer change.
  await session.update((current) =>
    current.rounds.find((r) => r.round.id === options.roundId)?.round.status === 'draft'
      ? setRoundStatus(current, options.roundId, 'open')
      : current,
  );
  return {
    roundId: options.roundId,
    packages,
    warnings: problems.filter((p) => !blockingSealingProblems.has(p.code)),
  };
}

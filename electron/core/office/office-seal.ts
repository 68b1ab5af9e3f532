/**
 * Sealing (封装): one signed, encrypted case package per person of the round (members, leaders,
 * chair and vice-chair), holding only the applications that person may see; and reissuing one
 * person's package later without touching anyone else's. The visibility rule is
 * shared/office/visibility.ts; this file only writes what it allows.
 *
 * Every package carries the case's stable id, the person's next package sequence and the
 * rubric's digest in its signed manifest. With passphrases, each package gets its own random one
 * (SECURITY 21), shown once in the report. Packages of people with the same entitlement are
 * padded to one length, so a conflict cannot be read from a file size (SECURITY 24).
 */
import { availableParallelism } from 'node:os';
import { mkdir } from 'node:fs/promises';
import { nextPackageSequence, recordIssuedPackages } from '../../../shared/office/issued-package';
import type { IssuedPackage } from '../../../shared/office/issued-package';
import { sealingPlanForRound, setRoundStatus } from '../../../shared/office/office-record';
import {
  blockingSealingProblems,
  committeeSignersProblemCodes,
  committeeSignersRefusal,
  readerSealingProblems,
} from '../../../shared/office/sealing-blockers';
import { sealingRecipients } from '../../../shared/office/visibility';
import type { SealingPlan, SealingProblem } from '../../../shared/office/visibility';
import { prepareCaseKey, writeCasePackage } from '../case/write-case-package';
import type { PreparedCaseKey } from '../case/write-case-package';
import { drawPackagePassphrase } from '../crypto/draw-package-passphrase';
import { jsonDigest } from '../crypto/json-digest';
import type { Identity } from '../identity/identity';
import { pathInside } from '../storage/path-inside';
import { limiter, mapLimited } from './limited-concurrency';
import type { OfficeSession } from './office-session';
import { planPackage, targetLength } from './seal-package-plan';
import type { SealingContext } from './seal-package-plan';
import { AppError } from '../../../shared/errors';
import type { ReviewReaderBlock } from '../../../shared/errors/catalogue/review-readers';
import type { OfficeRecord } from '../../../shared/office/office-record';

export interface SealOptions {
  readonly office: Identity;
  readonly roundId: string;
  readonly outDir: string;
  /** Also wrap each package for a passphrase of its own, drawn at random, shown once. */
  readonly withPassphrases?: boolean;
  readonly now?: Date;
  readonly scryptLogN?: number;
}

export interface ReissueOptions extends SealOptions {
  readonly expertId: string;
  /** Why (a lost slip, a conflict found late…), kept with the issued package. */
  readonly note?: string;
}

export interface SealedPackage {
  readonly expertId: string;
  readonly name: string;
  readonly fingerprint: string;
  readonly file: string;
  readonly applicationIds: readonly string[];
  readonly materials: number;
  readonly size: number;
  readonly sequence: number;
  /** The package's own passphrase (32 digits), when sealed with passphrases; shown once. */
  readonly passphrase?: string;
}

export interface SealReport {
  readonly roundId: string;
  readonly roundName: string;
  readonly sealedAt: string;
  /** The case's stable id, in every package's manifest. */
  readonly caseId: string;
  readonly packages: readonly SealedPackage[];
  /** Non-blocking problems, for the office to read. */
  readonly warnings: readonly SealingProblem[];
}

/**
 * The refusal for a plan's blocking problems: the committee's signers in conflict alone, their
 * own error naming both people (or the chair, when no vice-chair is appointed); the reader rule's problems (beside that one or not: often the
 * same conflicts), one error that names each application in both languages; otherwise the plan's
 * problems as listed. The screen and `case info` list every problem either way.
 */
function blockedBy(
  blocking: readonly SealingProblem[],
  c: OfficeRecord,
  plan: SealingPlan,
): AppError {
  const others = blocking.filter((p) => !committeeSignersProblemCodes.has(p.code));
  const signers = committeeSignersRefusal(plan);
  if (others.length === 0 && signers !== null) {
    return signers.code === 'committee-signers-conflicted'
      ? new AppError(signers.code, signers.params)
      : new AppError(signers.code, signers.params);
  }
  if (others.length === 0 || !others.every((p) => readerSealingProblems.has(p.code))) {
    return new AppError('sealing-blocked', { problems: blocking.map((p) => p.message) });
  }
  return new AppError('review-readers-blocked', {
    applications: others.map((p) => ({
      applicationId: p.applicationId!,
      applicationNo: c.applications.find((a) => a.id === p.applicationId)?.applicationNo ?? '',
      problem: p.code as ReviewReaderBlock,
    })),
  });
}

interface Selection {
  readonly only?: string;
  readonly reason: IssuedPackage['reason'];
  readonly note?: string;
}

async function sealPackages(
  session: OfficeSession,
  options: SealOptions,
  selection: Selection,
): Promise<SealReport> {
  if (options.office.card.role !== 'office') throw new AppError('seal-needs-office');
  const c = await session.read();
  const round = c.rounds.find((r) => r.round.id === options.roundId);
  if (!round) throw new AppError('round-not-found', { roundId: options.roundId });
  if (selection.only !== undefined && round.round.status === 'draft') {
    throw new AppError('not-sealed-yet', { roundId: options.roundId });
  }
  const plan = sealingPlanForRound(c, options.roundId);
  const { recipients, problems } = sealingRecipients(plan);
  const concerns = (p: SealingProblem) =>
    selection.only === undefined || p.expertId === undefined || p.expertId === selection.only;
  const blocking = problems.filter((p) => blockingSealingProblems.has(p.code) && concerns(p));
  if (blocking.length > 0) throw blockedBy(blocking, c, plan);
  const chosen = recipients.filter(
    (r) => selection.only === undefined || r.expertId === selection.only,
  );
  if (selection.only !== undefined && chosen.length === 0) {
    throw new AppError('no-seat-in-round', { expertId: selection.only });
  }

  await mkdir(options.outDir, { recursive: true });
  const context: SealingContext = {
    c,
    caseId: session.workspace.workspaceId,
    round,
    plan,
    experts: new Map(c.experts.map((e) => [e.id, e])),
    office: options.office,
    sealedAt: (options.now ?? new Date()).toISOString(),
    rubricDigest: jsonDigest(round.round.rubric),
  };
  const plans = chosen.map((recipient) =>
    planPackage(
      context,
      recipient,
      nextPackageSequence(c, recipient.expertId),
      options.withPassphrases ? drawPackagePassphrase() : undefined,
    ),
  );
  const files = plans.map((p) => pathInside(options.outDir, `${p.expert.id}.qbcase`));
  // Each package's key is wrapped just before the package is written (so the first package
  // starts at once), and at most one per core at a time (scrypt takes 256 MiB per passphrase).
  const wrapping = limiter(availableParallelism());
  const keys: PreparedCaseKey[] = [];
  const workspace = session.workspace;
  let packages: SealedPackage[];
  try {
    // Several packages at once, one more than there are cores (at most 4: each keeps up to 8
    // chunks in the workers): each streams its materials from the workspace through the chunk
    // pool, which uses every core, and one package's start and final fsync overlap the
    // others' work.
    packages = await mapLimited(plans, Math.min(availableParallelism() + 1, 4), async (p, i) => {
      const key = await wrapping(() =>
        prepareCaseKey({
          recipients: [p.expert.card!.ageRecipient],
          ...(p.passphrase === undefined ? {} : { passphrase: p.passphrase }),
          ...(options.scryptLogN === undefined ? {} : { scryptLogN: options.scryptLogN }),
        }),
      );
      keys.push(key);
      const wrapsLength = key.wraps.recipientsWrap.length + key.wraps.passphraseWrap.length;
      const written = await writeCasePackage({
        path: files[i]!,
        office: options.office,
        recipients: [],
        key,
        targetLength: targetLength(context, recipients, p, wrapsLength),
        materials: p.materials.map((material, j) => ({
          id: p.entryIds[j]!,
          // One chunk at a time, from the workspace's sealed file into the package.
          source: workspace.readMaterialChunks(material.sha256),
        })),
        manifest: p.manifest,
      });
      return {
        expertId: p.expert.id,
        name: p.expert.name,
        fingerprint: p.expert.keyFingerprint ?? '',
        file: files[i]!,
        applicationIds: [...p.recipient.applicationIds],
        materials: p.materials.length,
        size: written.size,
        sequence: p.sequence,
        ...(p.passphrase === undefined ? {} : { passphrase: p.passphrase }),
      };
    });
  } finally {
    // mapLimited returns once every package under way has ended: no key is still in use.
    for (const key of keys) key.dispose();
  }
  // Sealed and handed out: the round is open, what the packages say can no longer change, and
  // each person's sequence moves on.
  await session.update((current) => {
    const issued = recordIssuedPackages(
      current,
      packages.map((p) => ({
        roundId: options.roundId,
        expertId: p.expertId,
        sequence: p.sequence,
        sealedAt: context.sealedAt,
        reason: selection.reason,
        ...(selection.note ? { note: selection.note } : {}),
      })),
    );
    return issued.rounds.find((r) => r.round.id === options.roundId)?.round.status === 'draft'
      ? setRoundStatus(issued, options.roundId, 'open')
      : issued;
  });
  return {
    roundId: options.roundId,
    roundName: round.round.name,
    sealedAt: context.sealedAt,
    caseId: context.caseId,
    packages,
    warnings: problems.filter((p) => !blockingSealingProblems.has(p.code) && concerns(p)),
  };
}

/** Seals one package per person of the round. Throws AppError 'sealing-blocked' when the plan blocks it. */
export function sealRound(session: OfficeSession, options: SealOptions): Promise<SealReport> {
  return sealPackages(session, options, { reason: 'sealing' });
}

/**
 * Seals one person's package again (a replacement expert, a conflict found late, a lost slip),
 * with the next sequence, from the case as it stands; nobody else's package changes.
 */
export function reissuePackage(
  session: OfficeSession,
  options: ReissueOptions,
): Promise<SealReport> {
  return sealPackages(session, options, {
    only: options.expertId,
    reason: 'reissue',
    ...(options.note === undefined ? {} : { note: options.note }),
  });
}

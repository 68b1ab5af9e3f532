/**
 * The expert's review in main (issue 10, points 1 to 3): the round's context for the screen,
 * the undertaking and conflict declarations signed with the unlocked identity's Ed25519 key and
 * appended to their journal, and the checks every review edit and every material read passes:
 * the undertaking signed first, an application closed by a declared conflict stays closed, a
 * score within its part's range and the round's rubric. The journal keeps the records; this
 * service only decides what may be written and signs what must be.
 */
import { AppError } from '../../../shared/errors';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { ConflictKind } from '../../../shared/domain/conflict';
import { rubricParts } from '../../../shared/domain/rubric';
import type { JournalAppendEntry, JournalAppended, JournalRecord } from '../../../shared/journal';
import { CONFLICT_REASON_MAX_LENGTH } from '../../../shared/review/conflict-declaration';
import type { ReviewContext, ReviewSigner } from '../../../shared/review/review-context';
import { declaredConflictsOf, undertakingOfRound } from '../../../shared/review/review-draft';
import { signUndertaking, undertakingHolds, undertakingTextSha256 } from '../bundle/undertaking';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';
import type { CaseJournalService } from '../journal/case-journal-service';
import { signConflictDeclaration } from './conflict-declaration';
import { noReviewExportChooser } from './review-export-chooser';
import type { ReviewExportChooser } from './review-export-chooser';
import {
  createReviewSubmission,
  reviewedApplications,
  submissionStateOf,
} from './review-submission';
import type { ReviewSubmissionService } from './review-submission';

export interface ReviewServiceOptions {
  /** The open package, or null. */
  readonly openPackage: () => OpenedPackage | null;
  readonly unlockedIdentity: () => Identity | null;
  /** The journal itself, not a guarded one: the service is what guards it. */
  readonly journal: Pick<CaseJournalService, 'appendSigned' | 'liveRecords'>;
  readonly now?: () => Date;
  /** The folders a submitted bundle and a 评审意见表 go to; cancelled when left out. */
  readonly chooser?: ReviewExportChooser;
}

export interface ConflictRequest {
  readonly applicationId: string;
  readonly conflictKind: ConflictKind;
  readonly reason: string;
}

export interface ReviewService extends ReviewSubmissionService {
  context(): Promise<ReviewContext>;
  /** Signs the round's undertaking; `textSha256` is the text the person read. */
  signUndertaking(textSha256: string): Promise<JournalAppended>;
  declareConflict(request: ConflictRequest): Promise<JournalAppended>;
  /**
   * The applications closed by a declared conflict. Without a journal (no identity, a package
   * opened by passphrase) there is nothing declared to read: none.
   */
  closedApplications(): Promise<ReadonlySet<string>>;
  /** Refuses an edit the renderer asks to append (closed, unsigned, out of range, other round). */
  checkEdit(entry: JournalAppendEntry): Promise<void>;
  /**
   * Whether reading must wait for the round's undertaking: the package was opened with the
   * identity (it can sign) and its round's undertaking is not signed in the journal. A package
   * opened by passphrase alone cannot sign and keeps no journal: it is read without one.
   */
  undertakingOutstanding(): Promise<boolean>;
  /** The application of a material of the open package, for the desk's guard. */
  applicationOfMaterial(materialId: string): string | null;
  /** 申报编号 of an application, for a refusal's words. */
  applicationNo(applicationId: string): string;
}

export function createReviewService(options: ReviewServiceOptions): ReviewService {
  const now = options.now ?? (() => new Date());
  const opened = (): OpenedPackage => {
    const open = options.openPackage();
    if (open === null) throw new AppError('package-not-open');
    return open;
  };

  const signerOf = (open: OpenedPackage): ReviewSigner => {
    const identity = options.unlockedIdentity();
    if (identity === null || identity.card.fingerprint !== open.view.recipient.fingerprint) {
      return open.canSign ? 'no-identity' : 'passphrase-only';
    }
    return open.canSign ? 'ready' : 'passphrase-only';
  };

  /** The identity that signs: the recipient's, which also opened the package. */
  const signer = (open: OpenedPackage): Identity => {
    const identity = options.unlockedIdentity();
    if (signerOf(open) !== 'ready' || identity === null) {
      throw new AppError('review-needs-identity');
    }
    return identity;
  };

  const applicationNoIn = (manifest: CaseManifest, applicationId: string): string =>
    manifest.applications.find((a) => a.id === applicationId)?.applicationNo ?? applicationId;

  /** Whether the round's undertaking, as this package carries it, is signed by the person. */
  const undertakingSigned = (open: OpenedPackage, records: readonly JournalRecord[]): boolean => {
    const { manifest } = open;
    const signed = undertakingOfRound(records, manifest.round.id);
    const identity = options.unlockedIdentity();
    if (signed === null || identity === null) return false;
    const s = signed.statement;
    return (
      s.caseId === manifest.caseId &&
      s.fingerprint === identity.card.fingerprint &&
      s.textSha256 === undertakingTextSha256(manifest.undertaking.text) &&
      undertakingHolds(signed, Buffer.from(identity.card.signingPublicKey, 'base64'))
    );
  };

  const closedIn = (records: readonly JournalRecord[]): ReadonlySet<string> =>
    // Closed whatever the signature says: a declaration that fails to verify must not reopen
    // an application (the bundle refuses such a record when it is built).
    new Set(declaredConflictsOf(records).keys());

  const closedApplications = async (): Promise<ReadonlySet<string>> => {
    try {
      return closedIn(await options.journal.liveRecords());
    } catch {
      return new Set();
    }
  };

  const applicationIn = (open: OpenedPackage, applicationId: string) => {
    const found = open.manifest.applications.some((a) => a.id === applicationId);
    if (!found) throw new AppError('review-unknown-application');
  };

  return {
    async context() {
      const open = opened();
      const { manifest } = open;
      const signer = signerOf(open);
      // Without the identity there is no journal to read, and nothing was submitted.
      const records = signer === 'ready' ? await options.journal.liveRecords().catch(() => []) : [];
      const { submissions, locked } = submissionStateOf(records, manifest.round.id);
      return {
        caseId: manifest.caseId,
        round: { id: manifest.round.id, kind: manifest.round.kind, name: manifest.round.name },
        rubric: manifest.round.rubric,
        undertaking: {
          text: manifest.undertaking.text,
          sha256: undertakingTextSha256(manifest.undertaking.text),
        },
        signer,
        submissions: [...submissions],
        locked,
        reviewedApplicationIds: reviewedApplications(manifest).map((a) => a.id),
      };
    },

    async signUndertaking(textSha256) {
      const open = opened();
      const identity = signer(open);
      const { manifest } = open;
      if (textSha256 !== undertakingTextSha256(manifest.undertaking.text)) {
        throw new AppError('review-undertaking-changed');
      }
      return options.journal.appendSigned(() => ({
        kind: 'undertaking-signed',
        undertaking: signUndertaking(identity, {
          caseId: manifest.caseId,
          roundId: manifest.round.id,
          text: manifest.undertaking.text,
          signedAt: now().toISOString(),
        }),
      }));
    },

    async declareConflict(request) {
      const open = opened();
      const identity = signer(open);
      const { manifest } = open;
      applicationIn(open, request.applicationId);
      const reason = request.reason.trim();
      if (
        reason.length > CONFLICT_REASON_MAX_LENGTH ||
        (request.conflictKind === 'other' && reason === '')
      ) {
        throw new AppError('review-conflict-reason', { max: CONFLICT_REASON_MAX_LENGTH });
      }
      return options.journal.appendSigned((records) => {
        if (submissionStateOf(records, manifest.round.id).locked) {
          throw new AppError('review-submitted-locked');
        }
        if (declaredConflictsOf(records).has(request.applicationId)) {
          throw new AppError('review-conflict-already-declared', {
            applicationNo: applicationNoIn(manifest, request.applicationId),
          });
        }
        return {
          kind: 'conflict-declared',
          declaration: signConflictDeclaration(identity, {
            caseId: manifest.caseId,
            roundId: manifest.round.id,
            applicationId: request.applicationId,
            conflictKind: request.conflictKind,
            reason,
            declaredAt: now().toISOString(),
          }),
        };
      });
    },

    closedApplications,

    async checkEdit(entry) {
      if (entry.kind === 'annotation-deleted') return;
      const open = opened();
      const { manifest } = open;
      const records = await options.journal.liveRecords();
      if (closedIn(records).has(entry.applicationId)) {
        throw new AppError('review-application-closed', {
          applicationNo: applicationNoIn(manifest, entry.applicationId),
        });
      }
      if (entry.kind === 'annotation' || entry.kind === 'reading-position') return;
      if (entry.roundId !== manifest.round.id) throw new AppError('review-other-round');
      applicationIn(open, entry.applicationId);
      if (!undertakingSigned(open, records)) throw new AppError('review-undertaking-unsigned');
      if (submissionStateOf(records, manifest.round.id).locked) {
        throw new AppError('review-submitted-locked');
      }
      const { rubric } = manifest.round;
      if (entry.kind === 'review-score') {
        const part = rubricParts(rubric).find((p) => p.part.id === entry.partId)?.part;
        if (part === undefined) {
          throw new AppError('review-unknown-rubric-item', { id: entry.partId });
        }
        if (entry.score !== null && entry.score > part.maxPoints + 1e-9) {
          throw new AppError('review-score-out-of-range', {
            partId: entry.partId,
            maxPoints: part.maxPoints,
          });
        }
      }
      if (entry.kind === 'review-comment') {
        const ids = rubric.criteria.flatMap((c) => [c.id, ...c.parts.map((p) => p.id)]);
        if (!ids.includes(entry.targetId)) {
          throw new AppError('review-unknown-rubric-item', { id: entry.targetId });
        }
      }
    },

    async undertakingOutstanding() {
      const open = opened();
      if (!open.canSign) return false;
      return !undertakingSigned(open, await options.journal.liveRecords());
    },

    applicationOfMaterial(materialId) {
      const material = opened().manifest.materials.find((m) => m.materialId === materialId);
      return material?.applicationId ?? null;
    },

    applicationNo: (applicationId) => applicationNoIn(opened().manifest, applicationId),

    ...createReviewSubmission({
      opened,
      signer,
      undertakingSigned,
      journal: options.journal,
      chooser: options.chooser ?? noReviewExportChooser,
      now,
    }),
  };
}

/**
 * The committee's re-review of an objection (Article 21) as the signer's act: against the last
 * result bundle signed here (its SHA-256 named in the act), for an application of the merge,
 * written where the save dialog says (`<objection id>.qbrereview`, only the office and the signer
 * can open it) and recorded (`re-review-signed`); the file is removed if the record fails.
 */
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type {
  ReReviewRequest,
  ReReviewSigned,
} from '../../../shared/committee-desk/committee-desk-views';
import { writeReReviewAct } from '../committee';
import type { CaseJournalService } from '../journal/case-journal-service';
import { writeFileAtomic } from '../storage/atomic-write';
import type { CommitteeDeskChooser } from './committee-desk-chooser';
import type { Computed } from './committee-desk-facts';
import { sha256Hex } from '../crypto/sha256-hex';

export interface ReReviewSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned'>;
  readonly chooser: CommitteeDeskChooser;
  /** The time the act records (ISO 8601 with offset). */
  readonly now: () => string;
}

const EFFECT = { 'objection-upheld': 'remove', 'objection-rejected': 'keep' } as const;

export async function signReReview(
  steps: ReReviewSteps,
  c: Computed,
  request: Omit<ReReviewRequest, 'caseId' | 'roundId'>,
): Promise<ReReviewSigned | null> {
  const { manifest, identity } = c.session;
  const result = c.journal.exports.at(-1);
  if (result === undefined) throw new AppError('committee-desk-no-result');
  if (!c.prepared?.merge.applications.some((a) => a.applicationId === request.applicationId)) {
    throw new AppError('committee-desk-application-unknown');
  }
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new AppError('re-review-invalid');
  const path = await steps.chooser.chooseReReviewFile(`${request.objectionId}.qbrereview`);
  if (path === null) return null;
  const bytes = await writeReReviewAct({
    identity,
    roster,
    decision: {
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      resultDigest: result.sha256,
      objectionId: request.objectionId,
      applicationId: request.applicationId,
      outcome: request.outcome,
      effect: EFFECT[request.outcome],
      opinion: request.opinion.trim(),
      decidedAt: steps.now(),
    },
  });
  const fileName = basename(path);
  await writeFileAtomic(path, bytes);
  try {
    const { record } = await steps.journal.appendSigned(() => ({
      kind: 're-review-signed',
      roundId: manifest.round.id,
      objectionId: request.objectionId,
      applicationId: request.applicationId,
      outcome: request.outcome,
      resultDigest: result.sha256,
      actSha256: sha256Hex(bytes),
      fileName,
    }));
    return {
      objectionId: request.objectionId,
      applicationId: request.applicationId,
      outcome: request.outcome,
      resultDigest: result.sha256,
      fileName,
      at: record.at,
    };
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}

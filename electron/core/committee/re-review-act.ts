/**
 * The committee's re-review of an objection (Article 21) as a signed act (docs/result-bundle-
 * format.md, "Re-review act"): the chair, or the vice-chair acting for the chair, signs the
 * statement (case, round, the result bundle re-reviewed, the office's objection id, the
 * application, the outcome, its effect on the list, the written opinion) with the signature
 * context `QBCOMMITTEE re-review v1\0`, and the act, with the office's roster statement for the
 * signer, is one age file for the office and the signer (its opinion may name the objector, so it
 * is never written in the clear). The office opens it with its identity and checks it.
 */
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import type { ReReviewAct, ReReviewStatement } from '../../../shared/committee/re-review';
import {
  RE_REVIEW_ACT_FORMAT,
  RE_REVIEW_STATEMENT_FORMAT,
  ReReviewActSchema,
  ReReviewStatementSchema,
} from '../../../shared/committee/re-review';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError, isAppError } from '../../../shared/errors';
import { rosterStatementHolds } from '../bundle/roster-statement';
import { decryptWithIdentity, encryptToRecipients } from '../crypto/age-recipients';
import { signFor, verifyFor } from '../crypto/signature-context';
import { normaliseFingerprint } from '../identity/fingerprint';
import type { Identity } from '../identity/identity';

/** What the signer decides; the format, the signer and the version are filled in. */
export type ReReviewDecision = Omit<ReReviewStatement, 'format' | 'version' | 'signer'>;

export interface ReReviewRequest {
  readonly identity: Pick<Identity, 'card' | 'signingKey'>;
  /** The signer's roster statement from the office: a chair or vice-chair seat in this round. */
  readonly roster: SignedRosterStatement;
  readonly decision: ReReviewDecision;
}

export interface ReReviewExpectations {
  readonly officeFingerprint?: string;
  readonly caseId?: string;
  readonly roundId?: string;
  /** The SHA-256 of the result bundle the office holds for the round. */
  readonly resultDigest?: string;
}

function statementBytes(statement: ReReviewStatement): Uint8Array[] {
  return [Buffer.from(canonicalJson(statement), 'utf8')];
}

/** The role the statement gives: the chair's seat signs as chair, the vice-chair's as acting. */
function roleOf(roster: SignedRosterStatement): ReReviewStatement['signer']['role'] {
  const roles = roster.statement.member.seats.map((s) => s.role);
  if (roles.includes('chair')) return 'chair';
  if (roles.includes('vice-chair')) return 'vice-chair-acting';
  throw new AppError('re-review-invalid', {}, 'no committee seat');
}

/** Checks the act's signature and its signer's seat; the statement when they hold. */
function actHolds(act: ReReviewAct): ReReviewStatement {
  const { statement, roster } = act;
  const invalid = (detail: string) => new AppError('re-review-invalid', {}, detail);
  if (!rosterStatementHolds(roster)) throw invalid('the roster statement does not verify');
  const m = roster.statement.member;
  if (m.fingerprint !== statement.signer.fingerprint || m.expertId !== statement.signer.expertId) {
    throw invalid('the statement certifies someone else');
  }
  if (roleOf(roster) !== statement.signer.role) throw invalid('another role than the seat');
  if (
    roster.statement.caseId !== statement.caseId ||
    roster.statement.roundId !== statement.roundId
  ) {
    throw invalid('certified for another case or round');
  }
  const signed = verifyFor(
    'reReview',
    Buffer.from(m.signingPublicKey, 'base64'),
    statementBytes(statement),
    Buffer.from(act.signature, 'base64'),
  );
  if (!signed) throw invalid('the signature does not hold');
  return statement;
}

/** The act's file: signed, then sealed for the office and the signer. */
export async function writeReReviewAct(request: ReReviewRequest): Promise<Uint8Array> {
  const { card } = request.identity;
  const { roster } = request;
  if (!rosterStatementHolds(roster)) {
    throw new AppError('re-review-invalid', {}, 'the roster statement does not verify');
  }
  if (
    roster.statement.member.fingerprint !== card.fingerprint ||
    roster.statement.member.signingPublicKey !== card.signingPublicKey
  ) {
    throw new AppError('bundle-signer-mismatch', {}, 'the statement certifies someone else');
  }
  const statement = ReReviewStatementSchema.parse({
    ...request.decision,
    format: RE_REVIEW_STATEMENT_FORMAT,
    version: 1,
    signer: {
      expertId: roster.statement.member.expertId,
      fingerprint: card.fingerprint,
      role: roleOf(roster),
    },
  });
  const act: ReReviewAct = {
    format: RE_REVIEW_ACT_FORMAT,
    version: 1,
    statement,
    roster,
    signature: Buffer.from(
      signFor('reReview', request.identity.signingKey, statementBytes(statement)),
    ).toString('base64'),
  };
  actHolds(act);
  return encryptToRecipients(Buffer.from(canonicalJson(act), 'utf8'), [
    roster.statement.office.ageRecipient,
    card.ageRecipient,
  ]);
}

/** Opens and checks an act with the office's (or the signer's) identity; throws when it fails. */
export async function openReReviewAct(
  bytes: Uint8Array,
  ageIdentity: string,
  expect: ReReviewExpectations = {},
): Promise<{ readonly act: ReReviewAct; readonly statement: ReReviewStatement }> {
  let text: string;
  try {
    text = Buffer.from(await decryptWithIdentity(bytes, ageIdentity)).toString('utf8');
  } catch (error) {
    if (isAppError(error)) throw new AppError('re-review-malformed', {}, error.code);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('re-review-malformed', {}, 'not JSON');
  }
  const parsed = ReReviewActSchema.safeParse(json);
  if (!parsed.success || canonicalJson(parsed.data) !== text) {
    throw new AppError('re-review-malformed', {}, 'not an act in canonical form');
  }
  const act = parsed.data;
  const statement = actHolds(act);
  if (expect.officeFingerprint !== undefined) {
    if (
      act.roster.statement.office.fingerprint !== normaliseFingerprint(expect.officeFingerprint)
    ) {
      throw new AppError('bundle-unknown-office');
    }
  }
  if (
    (expect.caseId !== undefined && expect.caseId !== statement.caseId) ||
    (expect.roundId !== undefined && expect.roundId !== statement.roundId) ||
    (expect.resultDigest !== undefined && expect.resultDigest !== statement.resultDigest)
  ) {
    throw new AppError('re-review-other-result');
  }
  return { act, statement };
}

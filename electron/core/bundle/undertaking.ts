/**
 * The expert's signed undertaking (保密承诺, Article 15): the round's text by its SHA-256, signed
 * with the context `QBREVIEW undertaking v1\0` over the canonical JSON of the statement. The
 * journal keeps it when the expert signs; every section of their bundle carries it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type {
  SignedUndertaking,
  UndertakingStatement,
} from '../../../shared/bundle/review-content';
import { UndertakingStatementSchema } from '../../../shared/bundle/review-content';
import { signFor, verifyFor } from '../crypto/signature-context';
import type { Identity } from '../identity/identity';

export interface UndertakingRequest {
  readonly caseId: string;
  readonly roundId: string;
  /** The undertaking's text as the package carries it. */
  readonly text: string;
  /** ISO 8601 with offset: the laptop's clock, shown only. */
  readonly signedAt: string;
}

export function undertakingTextSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The undertaking signed by `identity`. */
export function signUndertaking(
  identity: Pick<Identity, 'card' | 'signingKey'>,
  request: UndertakingRequest,
): SignedUndertaking {
  const statement: UndertakingStatement = UndertakingStatementSchema.parse({
    caseId: request.caseId,
    roundId: request.roundId,
    textSha256: undertakingTextSha256(request.text),
    fingerprint: identity.card.fingerprint,
    signedAt: request.signedAt,
  });
  const signature = signFor('undertaking', identity.signingKey, [
    Buffer.from(canonicalJson(statement), 'utf8'),
  ]);
  return { statement, signature: Buffer.from(signature).toString('base64') };
}

/** True when `signingPublicKey` signed this undertaking. */
export function undertakingHolds(signed: SignedUndertaking, signingPublicKey: Uint8Array): boolean {
  return verifyFor(
    'undertaking',
    signingPublicKey,
    [Buffer.from(canonicalJson(signed.statement), 'utf8')],
    Buffer.from(signed.signature, 'base64'),
  );
}

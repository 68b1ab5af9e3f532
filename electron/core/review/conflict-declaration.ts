/**
 * An expert's declared conflict of interest (声明回避), signed with their Ed25519 key under the
 * context `QBREVIEW conflict declaration v1\0` over the canonical JSON of the statement
 * (shared/review/conflict-declaration.ts), as the undertaking is (../bundle/undertaking.ts).
 */
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type {
  ConflictDeclarationStatement,
  SignedConflictDeclaration,
} from '../../../shared/review/conflict-declaration';
import { ConflictDeclarationStatementSchema } from '../../../shared/review/conflict-declaration';
import { signFor, verifyFor } from '../crypto/signature-context';
import type { Identity } from '../identity/identity';

/** The declaration signed by `identity`; the statement names them (their fingerprint). */
export function signConflictDeclaration(
  identity: Pick<Identity, 'card' | 'signingKey'>,
  request: Omit<ConflictDeclarationStatement, 'fingerprint'>,
): SignedConflictDeclaration {
  const statement = ConflictDeclarationStatementSchema.parse({
    ...request,
    fingerprint: identity.card.fingerprint,
  });
  const signature = signFor('conflictDeclaration', identity.signingKey, [
    Buffer.from(canonicalJson(statement), 'utf8'),
  ]);
  return { statement, signature: Buffer.from(signature).toString('base64') };
}

/** True when `signingPublicKey` signed exactly this declaration. */
export function conflictDeclarationHolds(
  signed: SignedConflictDeclaration,
  signingPublicKey: Uint8Array,
): boolean {
  return verifyFor(
    'conflictDeclaration',
    signingPublicKey,
    [Buffer.from(canonicalJson(signed.statement), 'utf8')],
    Buffer.from(signed.signature, 'base64'),
  );
}

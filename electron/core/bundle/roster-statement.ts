/**
 * The office's roster statement (shared/bundle/roster-statement.ts): signed by the office with
 * the context `QBCASE roster statement v1\0` over the statement's canonical JSON. Sealing signs
 * one per person (signRosterStatement); a bundle verifier checks it with no key but the office's
 * public key, which the statement names and a careful verifier compares with the fingerprint it
 * was given. A verifier of many statements (a group bundle's) passes a PublicKeyRing, so that
 * the office's KeyObject is made once.
 */
import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type {
  RosterStatement,
  SignedRosterStatement,
} from '../../../shared/bundle/roster-statement';
import { RosterStatementSchema } from '../../../shared/bundle/roster-statement';
import { rawPublicKeyOf } from '../crypto/ed25519-keys';
import type { PublicKeyRing } from '../crypto/ed25519-keys';
import { signFor, verifyFor, verifyForKey } from '../crypto/signature-context';
import { fingerprintOf } from '../identity/fingerprint';

function statementBytes(statement: RosterStatement): Uint8Array[] {
  return [Buffer.from(canonicalJson(statement), 'utf8')];
}

/** The statement signed by the office's key, which must be the one the statement names. */
export function signRosterStatement(
  officeSigningKey: KeyObject,
  statement: RosterStatement,
): SignedRosterStatement {
  const parsed = RosterStatementSchema.parse(statement);
  const publicKey = Buffer.from(rawPublicKeyOf(officeSigningKey)).toString('base64');
  if (publicKey !== parsed.office.signingPublicKey) {
    throw new RangeError("the roster statement names another office key than the signer's");
  }
  const signature = signFor('rosterStatement', officeSigningKey, statementBytes(parsed));
  return { statement: parsed, signature: Buffer.from(signature).toString('base64') };
}

/**
 * True when the office key the statement names signed it, and each person's fingerprint is the
 * one their keys give (so a verifier may compare fingerprints alone).
 */
export function rosterStatementHolds(signed: SignedRosterStatement, keys?: PublicKeyRing): boolean {
  const { statement } = signed;
  for (const person of [statement.office, statement.member]) {
    const signingPublicKey = Buffer.from(person.signingPublicKey, 'base64');
    if (
      fingerprintOf({ signingPublicKey, ageRecipient: person.ageRecipient }) !== person.fingerprint
    ) {
      return false;
    }
  }
  const signature = Buffer.from(signed.signature, 'base64');
  if (keys !== undefined) {
    const key = keys.keyOf(statement.office.signingPublicKey);
    return verifyForKey('rosterStatement', key, statementBytes(statement), signature);
  }
  return verifyFor(
    'rosterStatement',
    Buffer.from(statement.office.signingPublicKey, 'base64'),
    statementBytes(statement),
    signature,
  );
}

/**
 * The context string in front of everything we sign with Ed25519: one per kind of signed
 * thing, so a signature made for one (an identity card) can never be accepted as another (a
 * workspace state, a package). Each ends in a zero byte and none is a prefix of another
 * (a test checks it); docs/labels.md lists them all.
 */
import type { KeyObject } from 'node:crypto';
import { signMessage, verifyMessage } from './ed25519-keys';

export const SIGNATURE_CONTEXTS = {
  /** A person's public identity card, signed by its own key. */
  identityCard: 'QBREVIEW identity card v2\0',
  /** The office workspace's header (office.json): id, key wraps, fingerprint, version. */
  workspaceHeader: 'QBOFFICE workspace header v1\0',
  /** One generation of the office workspace's state (state.qbs). */
  workspaceState: 'QBOFFICE workspace state v1\0',
  /** A case package (.qbcase): header, key wraps, index location, encrypted index. */
  casePackage: 'QBCASE package v2\0',
  /** An expert's review bundle; next issue. */
  reviewBundle: 'QBBUNDLE review bundle v1\0',
  /** A group leader's bundle; a later issue. */
  groupBundle: 'QBBUNDLE group bundle v1\0',
  /** The chair's result bundle; a later issue. */
  resultBundle: 'QBBUNDLE result bundle v1\0',
  /**
   * The office's statement that one person holds seats in one case and round, with their keys:
   * carried in a review bundle so anyone can check its author is on the roster
   * (docs/bundle-format.md, "The roster statement").
   */
  rosterStatement: 'QBCASE roster statement v1\0',
  /** An expert's confidentiality undertaking (保密承诺); next issue. */
  undertaking: 'QBREVIEW undertaking v1\0',
  /** An expert's declared conflict of interest with one application (声明回避), in their journal. */
  conflictDeclaration: 'QBREVIEW conflict declaration v1\0',
  /** The header of a person's journal of one case: its id, case, owner and key wrap. */
  journalHeader: 'QBJOURNAL header v1\0',
  /** The office's follow-up record (后续工作记录) exported for anyone to verify (issue 11, point 3). */
  officeFollowUp: 'QBOFFICE follow-up record v1\0',
  /** The committee's re-review of an objection (Article 21), signed by the chair or vice-chair. */
  reReview: 'QBCOMMITTEE re-review v1\0',
} as const;

export type SignatureContext = keyof typeof SIGNATURE_CONTEXTS;

function withContext(context: SignatureContext, parts: readonly Uint8Array[]): Buffer {
  return Buffer.concat([Buffer.from(SIGNATURE_CONTEXTS[context], 'latin1'), ...parts]);
}

export function signFor(
  context: SignatureContext,
  key: KeyObject,
  parts: readonly Uint8Array[],
): Uint8Array {
  return signMessage(key, withContext(context, parts));
}

export function verifyFor(
  context: SignatureContext,
  publicKey: Uint8Array,
  parts: readonly Uint8Array[],
  signature: Uint8Array,
): boolean {
  return verifyMessage(publicKey, withContext(context, parts), signature);
}

/** verifyFor with the key as a KeyObject made once (PublicKeyRing); null verifies nothing. */
export function verifyForKey(
  context: SignatureContext,
  publicKey: KeyObject | null,
  parts: readonly Uint8Array[],
  signature: Uint8Array,
): boolean {
  return publicKey !== null && verifyMessage(publicKey, withContext(context, parts), signature);
}

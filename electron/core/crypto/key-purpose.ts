/**
 * Every symmetric key we wrap with age carries a purpose label in front of it, checked on
 * unwrap, so a key wrapped for one use (a workspace) can never be accepted for another (a case
 * package). docs/labels.md lists these labels beside every signature context.
 */
import { AppError } from '../../../shared/errors';

export const KEY_PURPOSES = {
  /** The key of one case package (.qbcase). */
  caseKey: 'QBCASE case key v2\0',
  /** The key of the office's workspace (.qboffice). */
  workspaceKey: 'QBOFFICE workspace key v1\0',
  /** The key of one section of a review, group or result bundle (.qbbundle); next issue. */
  bundleSectionKey: 'QBBUNDLE section key v1\0',
  /** The key of one person's journal of one case (docs/journal-format.md). */
  journalKey: 'QBJOURNAL journal key v1\0',
  /** The key of one section of the chair's result bundle (docs/result-bundle-format.md). */
  resultSectionKey: 'QBRESULT section key v1\0',
} as const;

export type KeyPurpose = keyof typeof KEY_PURPOSES;

/** 32-byte keys only: every key we wrap is an AES-256 or HKDF input key. */
export const WRAPPED_KEY_LENGTH = 32;

/** The age payload for `key` wrapped for `purpose`: the label, then the key. */
export function labelKey(purpose: KeyPurpose, key: Uint8Array): Uint8Array {
  if (key.length !== WRAPPED_KEY_LENGTH) throw new RangeError('a wrapped key is 32 bytes');
  const label = Buffer.from(KEY_PURPOSES[purpose], 'latin1');
  const out = new Uint8Array(label.length + key.length);
  out.set(label, 0);
  out.set(key, label.length);
  return out;
}

/**
 * The key out of an unwrapped age payload, if it is labelled for `purpose`. A payload labelled
 * for another purpose is `wrong-purpose`; anything else is `tampered`. The payload is wiped.
 */
export function unlabelKey(purpose: KeyPurpose, payload: Uint8Array): Uint8Array {
  try {
    const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    const expected = Buffer.from(KEY_PURPOSES[purpose], 'latin1');
    if (
      bytes.length === expected.length + WRAPPED_KEY_LENGTH &&
      bytes.subarray(0, expected.length).equals(expected)
    ) {
      return new Uint8Array(bytes.subarray(expected.length));
    }
    for (const [other, label] of Object.entries(KEY_PURPOSES)) {
      if (
        other !== purpose &&
        bytes.subarray(0, label.length).equals(Buffer.from(label, 'latin1'))
      ) {
        throw new AppError('wrong-purpose', {}, `a ${other} where a ${purpose} was expected`);
      }
    }
    throw new AppError('tampered', {}, `the wrapped key is not labelled as a ${purpose}`);
  } finally {
    payload.fill(0);
  }
}

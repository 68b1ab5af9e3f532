/**
 * One generation of the workspace's state (state.qbs), signed by the office:
 *
 *   "QBOS" | version 1 | generation (u64) | Ed25519 signature (64) | sealed file (sealed-file.ts)
 *   signed = "QBOFFICE workspace state v1\0" ‖ workspace id (16) ‖ generation ‖ SHA-256(sealed)
 *
 * The generation grows by one with every write; the reader compares it with the highest it has
 * seen (generation-memory.ts), so an older copy is refused. The signature is over the sealed
 * bytes, so checking it reveals nothing about the state.
 */
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { ED25519_SIGNATURE_LENGTH } from '../crypto/ed25519-keys';
import { signFor, verifyFor } from '../crypto/signature-context';

const MAGIC = Buffer.from('QBOS', 'latin1');
const VERSION = 1;
const HEADER_LENGTH = MAGIC.length + 1 + 8 + ED25519_SIGNATURE_LENGTH;

function signedParts(workspaceId: string, generation: number, sealed: Uint8Array): Uint8Array[] {
  const number = Buffer.alloc(8);
  number.writeBigUInt64BE(BigInt(generation));
  return [Buffer.from(workspaceId, 'hex'), number, createHash('sha256').update(sealed).digest()];
}

/** What the sealed state is bound to: its workspace and its generation. */
export function stateBinding(workspaceId: string, generation: number): string {
  return `qboffice state ${workspaceId} ${generation}`;
}

export function encodeStateFile(
  workspaceId: string,
  generation: number,
  sealed: Uint8Array,
  officeKey: KeyObject,
): Buffer {
  const head = Buffer.alloc(MAGIC.length + 1 + 8);
  MAGIC.copy(head, 0);
  head.writeUInt8(VERSION, MAGIC.length);
  head.writeBigUInt64BE(BigInt(generation), MAGIC.length + 1);
  const signature = signFor(
    'workspaceState',
    officeKey,
    signedParts(workspaceId, generation, sealed),
  );
  return Buffer.concat([head, signature, sealed]);
}

export interface StateFile {
  readonly generation: number;
  readonly sealed: Buffer;
}

/** Parses state.qbs and checks the office's signature. Throws an AppError of the crypto family. */
export function decodeStateFile(
  bytes: Buffer,
  workspaceId: string,
  officeSigningKey: Uint8Array,
): StateFile {
  if (bytes.length < HEADER_LENGTH) throw new AppError('truncated', {}, 'workspace state');
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AppError('tampered', {}, 'workspace state magic');
  }
  if (bytes[MAGIC.length] !== VERSION) {
    throw new AppError('unsupported-version', {}, 'workspace state');
  }
  const generation = bytes.readBigUInt64BE(MAGIC.length + 1);
  if (generation > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new AppError('tampered', {}, 'workspace state generation');
  }
  const signature = bytes.subarray(MAGIC.length + 9, HEADER_LENGTH);
  const sealed = bytes.subarray(HEADER_LENGTH);
  const parts = signedParts(workspaceId, Number(generation), sealed);
  if (!verifyFor('workspaceState', officeSigningKey, parts, signature)) {
    throw new AppError('bad-signature', {}, 'workspace state');
  }
  return { generation: Number(generation), sealed };
}

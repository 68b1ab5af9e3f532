/**
 * The workspace's plaintext header (office.json): format, version, workspace id, the office
 * fingerprint and the workspace key's two age wraps, signed by the office. Without the
 * signature anyone holding only the office's public card could wrap a key of their own for it
 * and build a workspace that opens as the office's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { KeyWraps } from '../crypto/key-wrap';
import { signFor, verifyFor } from '../crypto/signature-context';

export const WORKSPACE_HEADER_FILE = 'office.json';
export const WORKSPACE_FORMAT_VERSION = 2;

const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const HeaderSchema = z.strictObject({
  format: z.literal('qboffice'),
  version: z.literal(WORKSPACE_FORMAT_VERSION),
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  officeFingerprint: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/),
  recipientsWrap: base64(1_400_000),
  passphraseWrap: base64(8_000),
  signature: base64(100),
});

export interface WorkspaceHeader {
  readonly workspaceId: string;
  readonly officeFingerprint: string;
  readonly wraps: KeyWraps;
}

/** The signed bytes: every field, each length-prefixed, so no two headers sign the same. */
function signedParts(header: WorkspaceHeader): Uint8Array[] {
  const field = (bytes: Uint8Array) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return [length, bytes];
  };
  const version = Buffer.alloc(2);
  version.writeUInt16BE(WORKSPACE_FORMAT_VERSION);
  return [
    version,
    ...field(Buffer.from(header.workspaceId, 'hex')),
    ...field(Buffer.from(header.officeFingerprint, 'latin1')),
    ...field(header.wraps.recipientsWrap),
    ...field(header.wraps.passphraseWrap),
  ];
}

/** The header file's text, signed with the office's key. */
export function encodeWorkspaceHeader(header: WorkspaceHeader, officeKey: KeyObject): string {
  const signature = signFor('workspaceHeader', officeKey, signedParts(header));
  const json = {
    format: 'qboffice',
    version: WORKSPACE_FORMAT_VERSION,
    workspaceId: header.workspaceId,
    officeFingerprint: header.officeFingerprint,
    recipientsWrap: Buffer.from(header.wraps.recipientsWrap).toString('base64'),
    passphraseWrap: Buffer.from(header.wraps.passphraseWrap).toString('base64'),
    signature: Buffer.from(signature).toString('base64'),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export interface SignedWorkspaceHeader extends WorkspaceHeader {
  readonly signature: Uint8Array;
}

/** Reads office.json; its signature is not checked yet (see verifyWorkspaceHeader). */
export async function readWorkspaceHeader(dir: string): Promise<SignedWorkspaceHeader> {
  let text: string;
  try {
    text = await readFile(join(dir, WORKSPACE_HEADER_FILE), 'utf8');
  } catch {
    throw new AppError('not-a-workspace');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('not-a-workspace');
  }
  const head = z
    .looseObject({ format: z.literal('qboffice'), version: z.number() })
    .safeParse(json);
  if (!head.success) throw new AppError('not-a-workspace');
  if (head.data.version !== WORKSPACE_FORMAT_VERSION) {
    throw new AppError('workspace-version-unsupported', { version: head.data.version });
  }
  const parsed = HeaderSchema.safeParse(json);
  if (!parsed.success) throw new AppError('tampered', {}, 'workspace header fields');
  return {
    workspaceId: parsed.data.workspaceId,
    officeFingerprint: parsed.data.officeFingerprint,
    wraps: {
      recipientsWrap: Buffer.from(parsed.data.recipientsWrap, 'base64'),
      passphraseWrap: Buffer.from(parsed.data.passphraseWrap, 'base64'),
    },
    signature: Buffer.from(parsed.data.signature, 'base64'),
  };
}

/** Checks the header against the office's card: its fingerprint, then its signature. */
export function verifyWorkspaceHeader(
  header: SignedWorkspaceHeader,
  office: { readonly fingerprint: string; readonly signingPublicKey: Uint8Array },
): void {
  if (header.officeFingerprint !== office.fingerprint) {
    throw new AppError('not-this-office');
  }
  if (
    !verifyFor('workspaceHeader', office.signingPublicKey, signedParts(header), header.signature)
  ) {
    throw new AppError('bad-signature', {}, 'workspace header');
  }
}

/**
 * The office's working folder for one review round (`<name>.qboffice/`): everything the office
 * has received and decided, encrypted at rest.
 *
 *   office.json          plaintext header: format, version, workspace id, the office fingerprint,
 *                        and the workspace key wrapped with age for the office (and a passphrase)
 *   state.qbs            the OfficeCase as JSON, a sealed blob
 *   materials/<name>.qbs one sealed blob per received file; <name> is an HMAC of the file's
 *                        SHA-256 under the workspace key: opaque to others, stable for dedupe
 *
 * Every file is replaced atomically. See docs/office-workspace.md.
 */
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { wrapCaseKey, unwrapCaseKey } from '../case/case-key-wrap';
import { CryptoError } from '../crypto/crypto-error';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import { writeFileAtomic } from '../storage/atomic-write';
import { openBlob, sealBlob } from './sealed-blob';

export const WORKSPACE_HEADER_FILE = 'office.json';
const STATE_FILE = 'state.qbs';
const MATERIALS_DIR = 'materials';

const HeaderSchema = z.strictObject({
  format: z.literal('qboffice'),
  version: z.number().int(),
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  officeFingerprint: z.string().min(1).max(64),
  recipientsWrap: z.string().max(1_000_000),
  passphraseWrap: z.string().max(10_000),
});
type Header = z.infer<typeof HeaderSchema>;

export class WorkspaceError extends Error {
  constructor(
    readonly code:
      'not-a-workspace' | 'exists' | 'unsupported-version' | 'missing-material' | 'not-this-office',
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

export interface OfficeWorkspace {
  readonly dir: string;
  readonly workspaceId: string;
  readonly officeFingerprint: string;
  readState(): Promise<unknown>;
  writeState(state: unknown): Promise<void>;
  /** Stores a file's bytes once; a second put of the same bytes writes nothing. */
  putMaterial(sha256: string, bytes: Uint8Array): Promise<{ stored: boolean }>;
  readMaterial(sha256: string): Promise<Uint8Array>;
  hasMaterial(sha256: string): Promise<boolean>;
}

export interface CreateWorkspaceOptions {
  readonly officeFingerprint: string;
  /** The office's age recipient: the office's own identity opens the workspace. */
  readonly officeRecipient: string;
  readonly passphrase?: string;
  readonly initialState: unknown;
  readonly scryptLogN?: number;
}

function deriveKey(workspaceKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', workspaceKey, Buffer.alloc(0), `qboffice ${purpose} v1`, 32),
  );
}

function workspaceFrom(dir: string, header: Header, workspaceKey: Uint8Array): OfficeWorkspace {
  const stateKey = deriveKey(workspaceKey, 'state');
  const materialKey = deriveKey(workspaceKey, 'material');
  const nameKey = deriveKey(workspaceKey, 'material-name');
  const stateAd = `qboffice state ${header.workspaceId}`;
  const blobName = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256))
      throw new RangeError('sha256 must be 64 lower-case hex digits');
    return createHmac('sha256', nameKey).update(sha256).digest('hex');
  };
  const materialPath = (name: string) => join(dir, MATERIALS_DIR, `${name}.qbs`);
  const materialAd = (name: string) => `qboffice material ${header.workspaceId} ${name}`;
  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );

  return {
    dir,
    workspaceId: header.workspaceId,
    officeFingerprint: header.officeFingerprint,
    async readState() {
      const sealed = await readFile(join(dir, STATE_FILE));
      return JSON.parse(openBlob(stateKey, stateAd, sealed).toString('utf8'));
    },
    async writeState(state) {
      const plaintext = Buffer.from(JSON.stringify(state), 'utf8');
      await writeFileAtomic(join(dir, STATE_FILE), sealBlob(stateKey, stateAd, plaintext));
    },
    async putMaterial(sha256, bytes) {
      const name = blobName(sha256);
      if (await exists(materialPath(name))) return { stored: false };
      await writeFileAtomic(materialPath(name), sealBlob(materialKey, materialAd(name), bytes));
      return { stored: true };
    },
    async readMaterial(sha256) {
      const name = blobName(sha256);
      let sealed: Buffer;
      try {
        sealed = await readFile(materialPath(name));
      } catch {
        throw new WorkspaceError(
          'missing-material',
          '办公室工作区缺少一份材料文件。/ A material file is missing.',
        );
      }
      return openBlob(materialKey, materialAd(name), sealed);
    },
    hasMaterial: (sha256) => exists(materialPath(blobName(sha256))),
  };
}

/** Creates a new, empty workspace folder; refuses a folder that already holds anything. */
export async function createOfficeWorkspace(
  dir: string,
  options: CreateWorkspaceOptions,
): Promise<OfficeWorkspace> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) {
    throw new WorkspaceError('exists', `目录不为空，未创建工作区：${dir}`);
  }
  await mkdir(join(dir, MATERIALS_DIR));
  const workspaceKey = new Uint8Array(randomBytes(32));
  try {
    const wraps = await wrapCaseKey(workspaceKey, {
      recipients: [options.officeRecipient],
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      scryptLogN: options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N,
    });
    const header: Header = {
      format: 'qboffice',
      version: 1,
      workspaceId: randomBytes(16).toString('hex'),
      officeFingerprint: options.officeFingerprint,
      recipientsWrap: Buffer.from(wraps.recipientsWrap).toString('base64'),
      passphraseWrap: Buffer.from(wraps.passphraseWrap).toString('base64'),
    };
    const workspace = workspaceFrom(dir, header, workspaceKey);
    await workspace.writeState(options.initialState);
    // The header last: a folder without it is not (yet) a workspace.
    await writeFileAtomic(join(dir, WORKSPACE_HEADER_FILE), `${JSON.stringify(header, null, 2)}\n`);
    return workspace;
  } finally {
    workspaceKey.fill(0);
  }
}

export async function readWorkspaceHeader(dir: string): Promise<Header> {
  let text: string;
  try {
    text = await readFile(join(dir, WORKSPACE_HEADER_FILE), 'utf8');
  } catch {
    throw new WorkspaceError(
      'not-a-workspace',
      `不是办公室工作区（缺少 ${WORKSPACE_HEADER_FILE}）：${dir}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WorkspaceError('not-a-workspace', `工作区头文件已损坏：${dir}`);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== 1) {
    throw new WorkspaceError('unsupported-version', `工作区版本 ${version} 不受支持，请升级软件。`);
  }
  const parsed = HeaderSchema.safeParse(json);
  if (!parsed.success) throw new WorkspaceError('not-a-workspace', `工作区头文件无效：${dir}`);
  return parsed.data;
}

/** Opens a workspace with the office's age identity or the workspace passphrase. */
export async function openOfficeWorkspace(
  dir: string,
  credentials: { identity?: string; passphrase?: string },
): Promise<OfficeWorkspace> {
  const header = await readWorkspaceHeader(dir);
  const workspaceKey = await unwrapCaseKey(
    {
      recipientsWrap: Buffer.from(header.recipientsWrap, 'base64'),
      passphraseWrap: Buffer.from(header.passphraseWrap, 'base64'),
    },
    credentials,
  );
  if (workspaceKey.length !== 32) throw new CryptoError('tampered', 'workspace key');
  const workspace = workspaceFrom(dir, header, workspaceKey);
  workspaceKey.fill(0);
  return workspace;
}

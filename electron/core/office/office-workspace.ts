/**
 * The office's working folder for one review round (`<name>.qboffice/`): everything the office
 * has received and decided, encrypted at rest, and signed by the office so that nobody else can
 * build a workspace that opens as the office's, nor bring back an older state unnoticed.
 *
 *   office.json          signed plaintext header: format, version, workspace id, the office
 *                        fingerprint, the workspace key wrapped with age (workspace-header.ts)
 *   state.qbs            the OfficeRecord as JSON, one signed generation (workspace-state-file.ts)
 *   materials/<name>.qbs one sealed file per received file; <name> is an HMAC of the file's
 *                        SHA-256 under the workspace key: opaque to others, stable for dedupe
 *                        (workspace-materials.ts)
 *
 * Every file is replaced atomically. See docs/office-workspace.md.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { assertChosenPassphrase } from '../crypto/chosen-passphrase';
import { unwrapKey, wrapKey } from '../crypto/key-wrap';
import type { UnwrapCredentials } from '../crypto/key-wrap';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import type { Identity } from '../identity/identity';
import { signingPublicKeyOf } from '../identity/identity-card';
import type { IdentityCard } from '../identity/identity-card';
import { writeFileAtomic } from '../storage/atomic-write';
import type { GenerationMemory } from './generation-memory';
import { openSealedBytes, sealBytes } from './sealed-file';
import { MATERIALS_DIR, workspaceMaterials } from './workspace-materials';
import {
  WORKSPACE_HEADER_FILE,
  encodeWorkspaceHeader,
  readWorkspaceHeader,
  verifyWorkspaceHeader,
} from './workspace-header';
import { decodeStateFile, encodeStateFile, stateBinding } from './workspace-state-file';

export { WORKSPACE_HEADER_FILE, readWorkspaceHeader } from './workspace-header';

const STATE_FILE = 'state.qbs';

/** A restore the office asked for and this open performed. */
export interface WorkspaceRestore {
  readonly accepted: number;
  readonly previousHighest: number;
}

export interface OfficeWorkspace {
  readonly dir: string;
  readonly workspaceId: string;
  readonly officeFingerprint: string;
  /** Set when this open accepted an older state on the office's explicit request. */
  readonly restored: WorkspaceRestore | null;
  /** The generation of the state last read or written. */
  generation(): number;
  readState(): Promise<unknown>;
  /** Writes the next generation, signed; needs the office identity. */
  writeState(state: unknown): Promise<void>;
  /** Stores a file's bytes once; a second put of the same bytes writes nothing. */
  putMaterial(sha256: string, bytes: Uint8Array): Promise<{ stored: boolean }>;
  readMaterial(sha256: string): Promise<Uint8Array>;
  /** A material's bytes, one authenticated chunk at a time (for sealing large files). */
  readMaterialChunks(sha256: string): AsyncIterable<Uint8Array>;
  hasMaterial(sha256: string): Promise<boolean>;
  /**
   * Deletes what an interrupted write left behind: temp files, and material files no state
   * refers to (bytes are stored before the state that names them). Returns how many went.
   */
  sweep(referencedSha256: Iterable<string>): Promise<{ materials: number; temp: number }>;
}

export interface CreateWorkspaceOptions {
  /** The office's unlocked identity: it signs the header and every state, and opens the key. */
  readonly office: Identity;
  readonly passphrase?: string;
  readonly initialState: unknown;
  readonly scryptLogN?: number;
  readonly memory: GenerationMemory;
}

export interface OpenWorkspaceOptions {
  /** Whose workspace it must be: its header and states are checked against this card. */
  readonly office: IdentityCard;
  /** The office identity, to write new generations; without it the workspace is read-only. */
  readonly signer?: Identity;
  /** The office's age identity or the workspace passphrase. */
  readonly unlock: UnwrapCredentials;
  readonly memory: GenerationMemory;
  /** Accept this older generation (a restore from backup, logged). */
  readonly restoreGeneration?: number;
}

function deriveKey(workspaceKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', workspaceKey, Buffer.alloc(0), `qboffice ${purpose} v2`, 32),
  );
}

interface WorkspaceContext {
  readonly dir: string;
  readonly workspaceId: string;
  readonly office: IdentityCard;
  readonly signer: Identity | undefined;
  readonly memory: GenerationMemory;
  readonly workspaceKey: Uint8Array;
}

function workspaceOver(
  context: WorkspaceContext,
  start: { generation: number; restored: WorkspaceRestore | null },
): OfficeWorkspace {
  const { dir, workspaceId, office, signer, memory } = context;
  const stateKey = deriveKey(context.workspaceKey, 'state');
  const officeSigningKey = signingPublicKeyOf(office);
  // The floor below which a state in the folder is a rollback; the next write goes above it.
  let floor = start.restored ? start.restored.previousHighest : start.generation;
  let generation = start.generation;

  return {
    dir,
    workspaceId,
    officeFingerprint: office.fingerprint,
    restored: start.restored,
    generation: () => generation,
    async readState() {
      const file = decodeStateFile(
        await readFile(join(dir, STATE_FILE)),
        workspaceId,
        officeSigningKey,
      );
      const highest = Math.max(floor, (await memory.highest(workspaceId)) ?? 0);
      const accepted = start.restored !== null && file.generation === generation;
      if (file.generation < highest && !accepted) {
        throw new AppError('rolled-back', { found: file.generation, highest });
      }
      const json = await openSealedBytes(
        stateKey,
        stateBinding(workspaceId, file.generation),
        file.sealed,
      );
      if (file.generation > generation) {
        generation = file.generation;
        await memory.remember(workspaceId, generation);
      }
      return JSON.parse(json.toString('utf8'));
    },
    async writeState(state) {
      if (signer === undefined) throw new AppError('read-only');
      const next = Math.max(generation, floor, (await memory.highest(workspaceId)) ?? 0) + 1;
      const sealed = sealBytes(
        stateKey,
        stateBinding(workspaceId, next),
        Buffer.from(JSON.stringify(state), 'utf8'),
      );
      await writeFileAtomic(
        join(dir, STATE_FILE),
        encodeStateFile(workspaceId, next, sealed, signer.signingKey),
      );
      generation = next;
      floor = next;
      await memory.remember(workspaceId, next);
    },
    ...workspaceMaterials(dir, workspaceId, {
      materialKey: deriveKey(context.workspaceKey, 'material'),
      nameKey: deriveKey(context.workspaceKey, 'material-name'),
    }),
  };
}

/** Creates a new, empty workspace folder; refuses a folder that already holds anything. */
export async function createOfficeWorkspace(
  dir: string,
  options: CreateWorkspaceOptions,
): Promise<OfficeWorkspace> {
  if (options.passphrase !== undefined) {
    const { card } = options.office;
    assertChosenPassphrase(options.passphrase, [card.name, card.organisation]);
  }
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new AppError('folder-not-empty');
  await mkdir(join(dir, MATERIALS_DIR));
  const workspaceKey = new Uint8Array(randomBytes(32));
  try {
    const { office } = options;
    const wraps = await wrapKey('workspaceKey', workspaceKey, {
      recipients: [office.card.ageRecipient],
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      scryptLogN: options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N,
    });
    const header = {
      workspaceId: randomBytes(16).toString('hex'),
      officeFingerprint: office.card.fingerprint,
      wraps,
    };
    const workspace = workspaceOver(
      {
        dir,
        workspaceId: header.workspaceId,
        office: office.card,
        signer: office,
        memory: options.memory,
        workspaceKey,
      },
      { generation: 0, restored: null },
    );
    await workspace.writeState(options.initialState);
    // The header last: a folder without it is not (yet) a workspace.
    await writeFileAtomic(
      join(dir, WORKSPACE_HEADER_FILE),
      encodeWorkspaceHeader(header, office.signingKey),
    );
    return workspace;
  } finally {
    workspaceKey.fill(0);
  }
}

/**
 * Opens a workspace: the header's signature and fingerprint against the office's card, the
 * workspace key with the office's age identity or the workspace passphrase, then the state's
 * signature and generation against the highest this machine has seen. Throws an AppError of the crypto family or
 * AppError ('rolled-back' names both generations).
 */
export async function openOfficeWorkspace(
  dir: string,
  options: OpenWorkspaceOptions,
): Promise<OfficeWorkspace> {
  const header = await readWorkspaceHeader(dir);
  if (
    options.signer !== undefined &&
    options.signer.card.fingerprint !== options.office.fingerprint
  ) {
    throw new AppError('not-this-office');
  }
  verifyWorkspaceHeader(header, {
    fingerprint: options.office.fingerprint,
    signingPublicKey: signingPublicKeyOf(options.office),
  });
  const workspaceKey = await unwrapKey('workspaceKey', header.wraps, options.unlock);
  try {
    const stateBytes = await readFile(join(dir, STATE_FILE)).catch(() => {
      throw new AppError('not-a-workspace');
    });
    const { generation } = decodeStateFile(
      stateBytes,
      header.workspaceId,
      signingPublicKeyOf(options.office),
    );
    const highest = (await options.memory.highest(header.workspaceId)) ?? 0;
    let restored: WorkspaceRestore | null = null;
    if (generation < highest) {
      if (options.restoreGeneration !== generation) {
        throw new AppError('rolled-back', { found: generation, highest });
      }
      restored = { accepted: generation, previousHighest: highest };
      await options.memory.recordRestore({
        workspaceId: header.workspaceId,
        accepted: generation,
        previousHighest: highest,
        at: new Date().toISOString(),
      });
    } else {
      await options.memory.remember(header.workspaceId, generation);
    }
    return workspaceOver(
      {
        dir,
        workspaceId: header.workspaceId,
        office: options.office,
        signer: options.signer,
        memory: options.memory,
        workspaceKey,
      },
      { generation, restored },
    );
  } finally {
    workspaceKey.fill(0);
  }
}

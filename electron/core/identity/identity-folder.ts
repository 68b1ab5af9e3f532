/**
 * The identities folder in the app's data directory: one identity file per identity, named by
 * its card's fingerprint ("7KQ2-M9TX-PA4R-3HVN.qbid"). Each file is the `.qbid` the CLI writes:
 * private keys sealed under the owner's passphrase, the public card in clear.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import type { IdentityCard } from './identity-card';
import { readIdentityFileCard } from './identity-file';

export const IDENTITY_FILE_EXTENSION = '.qbid';
/** An identity file is a few kilobytes; the format refuses anything over 256 KiB. */
export const MAX_IDENTITY_FILE_BYTES = 256 * 1024;

const FILE_NAME = /^([0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3})\.qbid$/;

/** An identity file listed from the folder, by its clear card (proven only by unlocking). */
export interface ListedIdentity {
  readonly fingerprint: string;
  readonly card: IdentityCard;
}

export interface IdentityFolderListing {
  readonly identities: readonly ListedIdentity[];
  /** Files named like identities that could not be read as one, or whose card names another. */
  readonly unreadable: number;
}

export function identityFileName(fingerprint: string): string {
  return `${fingerprint}${IDENTITY_FILE_EXTENSION}`;
}

/** Reads a file the person chose, refusing anything larger than an identity file can be. */
export async function readBoundedIdentityFile(path: string): Promise<Uint8Array> {
  const { size } = await stat(path);
  if (size > MAX_IDENTITY_FILE_BYTES) {
    throw new AppError('limits-exceeded', {}, 'identity file larger than 256 KiB');
  }
  return readFile(path);
}

export function identityFolder(folder: string) {
  const pathOf = (fingerprint: string) => join(folder, identityFileName(fingerprint));

  async function names(): Promise<string[]> {
    try {
      return await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  return {
    /** Every identity in the folder, oldest first; the folder need not exist yet. */
    async list(): Promise<IdentityFolderListing> {
      const identities: ListedIdentity[] = [];
      let unreadable = 0;
      for (const name of (await names()).sort()) {
        const fingerprint = FILE_NAME.exec(name)?.[1];
        if (fingerprint === undefined) continue;
        try {
          const card = readIdentityFileCard(await readBoundedIdentityFile(join(folder, name)));
          if (card.fingerprint === fingerprint) identities.push({ fingerprint, card });
          else unreadable += 1;
        } catch {
          unreadable += 1;
        }
      }
      identities.sort((a, b) => a.card.createdAt.localeCompare(b.card.createdAt));
      return { identities, unreadable };
    },

    /** The identity file's bytes; AppError 'identity-not-found' when there is none. */
    async read(fingerprint: string): Promise<Uint8Array> {
      try {
        return await readBoundedIdentityFile(pathOf(fingerprint));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new AppError('identity-not-found', { fingerprint });
        }
        throw error;
      }
    },

    async has(fingerprint: string): Promise<boolean> {
      return stat(pathOf(fingerprint)).then(
        () => true,
        () => false,
      );
    },

    /** Writes (or replaces) an identity's file atomically, fsync'd. */
    async write(fingerprint: string, bytes: Uint8Array): Promise<void> {
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(pathOf(fingerprint), bytes);
    },
  };
}

export type IdentityFolder = ReturnType<typeof identityFolder>;

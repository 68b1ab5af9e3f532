/**
 * Creating and opening a journal. Opening checks the header against the identity, reads every
 * record along the chain, then compares the journal's end with the highest record number this
 * machine has saved of the case (journal-memory.ts):
 *
 *   - bytes after the last whole record that have the shape of an unfinished append, when the
 *     records before them reach the remembered number: a torn tail, cut away and reported;
 *   - any other bytes that fail, or a failure before the remembered number: 'journal-damaged';
 *   - a clean end below the remembered number: 'journal-rolled-back' (an older copy, or one cut
 *     exactly at a record boundary); another journal of the case: 'journal-replaced'.
 */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { JournalEnvelopeShape } from '../../../shared/journal';
import type { TornTailReport } from '../../../shared/journal';
import { wrapKey } from '../crypto/key-wrap';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import type { Identity } from '../identity/identity';
import { journalDiskError } from './journal-disk-error';
import { nodeJournalFileSystem, replaceFile } from './journal-file-system';
import type { JournalFileSystem } from './journal-file-system';
import {
  JOURNAL_ID_BYTES,
  JOURNAL_KEY_BYTES,
  MAX_FRAME_BYTES,
  deriveRecordKey,
} from './journal-format';
import { chainLink } from './journal-frame';
import { decodeJournalHeader, encodeJournalHeader } from './journal-header';
import type { JournalMemory } from './journal-memory';
import { looksTorn, scanJournal, unlockJournal } from './journal-scan';
import { claimJournalPath } from './open-journals';
import { journalOver } from './journal-session';
import type { Journal } from './journal-session';
import type { JournalServices, JournalState } from './journal-state';

export interface JournalOptions {
  /** The owner's unlocked identity: it signs the header and unwraps the key. */
  readonly identity: Identity;
  readonly memory: JournalMemory;
  /** When given, the journal must be of this case. */
  readonly caseId?: string;
  /** The disk; a test gives one that fails. */
  readonly fs?: JournalFileSystem;
  readonly now?: () => Date;
  readonly randomBytes?: (size: number) => Buffer;
}

export interface CreateJournalOptions extends JournalOptions {
  readonly caseId: string;
}

function servicesOf(options: JournalOptions): JournalServices {
  return {
    identity: options.identity,
    memory: options.memory,
    fs: options.fs ?? nodeJournalFileSystem,
    now: options.now ?? (() => new Date()),
    randomBytes: options.randomBytes ?? ((size) => cryptoRandomBytes(size)),
  };
}

async function readJournalFile(fs: JournalFileSystem, path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('file-not-found');
    throw journalDiskError(error);
  }
}

/** Removes what an interrupted compaction or creation left beside the journal. */
async function sweepTempFiles(fs: JournalFileSystem, path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await fs.list(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await fs.remove(join(dirname(path), name)).catch(() => undefined);
    }
  }
}

/** Creates the journal of `options.caseId` at `path`; refuses to replace any file there. */
export async function createJournal(path: string, options: CreateJournalOptions): Promise<Journal> {
  const services = servicesOf(options);
  const { identity, fs } = services;
  if (
    await fs.readFile(path).then(
      () => true,
      () => false,
    )
  )
    throw new AppError('journal-exists');
  if (!JournalEnvelopeShape.caseId.safeParse(options.caseId).success) {
    throw new RangeError('a case id is 32 lower-case hex digits');
  }
  const release = claimJournalPath(path);
  const journalKey = services.randomBytes(JOURNAL_KEY_BYTES);
  const journalId = services.randomBytes(JOURNAL_ID_BYTES);
  try {
    const wraps = await wrapKey('journalKey', journalKey, {
      recipients: [identity.card.ageRecipient],
      scryptLogN: DEFAULT_SCRYPT_LOG_N,
    });
    const fields = { journalId, caseId: options.caseId, owner: identity.card.fingerprint };
    const bytes = encodeJournalHeader(
      { ...fields, wrap: Buffer.from(wraps.recipientsWrap) },
      identity.signingKey,
    );
    await services.memory.start(fields.owner, fields.caseId, journalId.toString('hex'));
    await replaceFile(fs, path, bytes).catch((error: unknown) => {
      throw journalDiskError(error);
    });
    const header = decodeJournalHeader(bytes);
    const state: JournalState = {
      path,
      header,
      recordKey: deriveRecordKey(journalKey, journalId),
      handle: await fs.open(path, 'update'),
      records: [],
      end: bytes.length,
      link: chainLink(bytes),
      lastNumber: 0,
      floor: 0,
      dirtyTail: false,
      broken: false,
      closed: false,
      release,
    };
    return journalOver(state, services, { tornTail: null });
  } catch (error) {
    release();
    throw error;
  } finally {
    journalKey.fill(0);
  }
}

/** Opens the journal at `path`. Throws a typed AppError; a torn tail is cut away and reported. */
export async function openJournal(path: string, options: JournalOptions): Promise<Journal> {
  return openJournalFile(path, options, null);
}

/**
 * The opening itself. `restore` is given only by restoreJournalBackup, which has verified the
 * file whole and recorded the restore: the memory's checks are then already settled, and the
 * next record comes above `restore.floor`.
 */
export async function openJournalFile(
  path: string,
  options: JournalOptions,
  restore: { readonly floor: number } | null,
): Promise<Journal> {
  const release = claimJournalPath(path);
  try {
    return await openClaimed(path, options, restore, release);
  } catch (error) {
    release();
    throw error;
  }
}

async function openClaimed(
  path: string,
  options: JournalOptions,
  restore: { readonly floor: number } | null,
  release: () => void,
): Promise<Journal> {
  const services = servicesOf(options);
  const { fs, memory } = services;
  const file = await readJournalFile(fs, path);
  const unlocked = await unlockJournal(file, services.identity, options.caseId);
  const { header } = unlocked;
  const journalId = header.journalId.toString('hex');
  const remembered = restore === null ? await memory.remembered(header.owner, header.caseId) : null;
  if (remembered !== null && remembered.journalId !== journalId) {
    throw new AppError('journal-replaced');
  }
  const highest = remembered?.highest ?? 0;
  const scan = scanJournal(file, unlocked);
  let tornTail: TornTailReport | null = null;
  if (scan.failure !== null) {
    const torn = restore === null && looksTorn(scan, file.length, MAX_FRAME_BYTES);
    if (!torn || scan.lastNumber < highest) {
      throw new AppError('journal-damaged', { afterRecord: scan.lastNumber }, scan.failure.why);
    }
    tornTail = { droppedBytes: file.length - scan.end, lastRecordNumber: scan.lastNumber };
  } else if (scan.lastNumber < highest) {
    throw new AppError('journal-rolled-back', { found: scan.lastNumber, highest });
  }
  const handle = await fs.open(path, 'update').catch((error: unknown) => {
    throw journalDiskError(error);
  });
  try {
    if (tornTail !== null) {
      await handle.truncate(scan.end);
      await handle.sync();
    }
    if (restore === null) {
      await memory.remember(header.owner, header.caseId, journalId, scan.lastNumber);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw journalDiskError(error);
  }
  await sweepTempFiles(fs, path);
  const state: JournalState = {
    path,
    header,
    recordKey: unlocked.recordKey,
    handle,
    records: scan.records,
    end: scan.end,
    link: scan.link,
    lastNumber: scan.lastNumber,
    floor: restore?.floor ?? 0,
    dirtyTail: false,
    broken: false,
    closed: false,
    release,
  };
  return journalOver(state, services, { tornTail });
}

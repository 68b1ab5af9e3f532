/** What an open journal holds in memory: its file, its key, its records and where it ends. */
import type { JournalRecord } from '../../../shared/journal';
import type { Identity } from '../identity/identity';
import type { JournalFileSystem, JournalHandle } from './journal-file-system';
import type { JournalHeader } from './journal-header';
import type { JournalMemory } from './journal-memory';

export interface JournalServices {
  readonly identity: Identity;
  readonly memory: JournalMemory;
  readonly fs: JournalFileSystem;
  readonly now: () => Date;
  readonly randomBytes: (size: number) => Buffer;
}

export interface JournalState {
  readonly path: string;
  readonly header: JournalHeader;
  readonly recordKey: Buffer;
  handle: JournalHandle;
  records: JournalRecord[];
  /** Where the last saved frame ends: the next frame is written here. */
  end: number;
  link: Buffer;
  lastNumber: number;
  /** After a restore, the next record comes above this (what the machine had seen before). */
  floor: number;
  /** A failed write may have left bytes after `end`: cut them before the next write. */
  dirtyTail: boolean;
  /** A flush failed: what the disk holds is unknown until the journal is opened again. */
  broken: boolean;
  closed: boolean;
  /** Frees the file for another open (open-journals.ts). */
  readonly release: () => void;
}

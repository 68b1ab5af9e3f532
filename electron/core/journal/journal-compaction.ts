/**
 * Compaction: the live records (the last of each subject) written into a new file beside the
 * journal, fsync'd, renamed over it, and the folder fsync'd. The rename is the one moment the
 * journal changes: before it the old file is whole, after it the new one; never neither. The
 * last record is always kept, so the journal still ends at the highest number saved, and every
 * record keeps its number (numbers may then skip; the chain still binds each to the one before).
 * The new file has the same header and key, and fresh random nonces.
 */
import { dirname } from 'node:path';
import { liveRecords } from '../../../shared/journal';
import type { JournalRecord } from '../../../shared/journal';
import { tempPathFor } from '../storage/atomic-write';
import { sealJournalFile } from './journal-chain';
import { journalDiskError } from './journal-disk-error';
import { writeFully } from './journal-file-system';
import type { JournalServices, JournalState } from './journal-state';

export interface CompactionResult {
  readonly recordsBefore: number;
  readonly recordsAfter: number;
}

/** The records a compacted journal keeps: the live ones, and the last one whatever it is. */
export function recordsToKeep(records: readonly JournalRecord[]): JournalRecord[] {
  const keep = liveRecords(records);
  const last = records.at(-1);
  if (last !== undefined && keep.at(-1) !== last) keep.push(last);
  return keep;
}

/** Rewrites the journal of `state` in place; the caller holds the journal's lock. */
export async function compactJournal(
  state: JournalState,
  services: JournalServices,
): Promise<CompactionResult> {
  const { fs } = services;
  const keep = recordsToKeep(state.records);
  const sealed = sealJournalFile(state.header, state.recordKey, keep, services.randomBytes);
  const temp = tempPathFor(state.path);
  try {
    const handle = await fs.open(temp, 'create');
    try {
      await writeFully(handle, sealed.bytes, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, state.path);
  } catch (error) {
    // Before the rename the journal is the old file, untouched; this one stays usable.
    await fs.remove(temp).catch(() => undefined);
    throw journalDiskError(error);
  }
  // The path now names the new file: the old handle writes to a file nobody will read.
  let handle;
  try {
    handle = await fs.open(state.path, 'update');
  } catch (error) {
    state.broken = true;
    throw journalDiskError(error);
  }
  await state.handle.close().catch(() => undefined);
  const recordsBefore = state.records.length;
  Object.assign(state, {
    handle,
    records: keep,
    end: sealed.bytes.length,
    link: sealed.link,
    dirtyTail: false,
  });
  try {
    await fs.syncDirectory(dirname(state.path));
  } catch (error) {
    // The old file may come back after a power cut: it holds the same records and more.
    throw journalDiskError(error);
  }
  return { recordsBefore, recordsAfter: keep.length };
}

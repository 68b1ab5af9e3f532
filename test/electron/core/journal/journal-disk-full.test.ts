/**
 * A full disk (ENOSPC, EDQUOT) or a failing one: the append is refused with a typed error, the
 * bytes it managed to write are taken back, nothing saved before is lost, and the journal goes on
 * once there is room again. The disk is simulated; the journal is the real one.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { createJournal, journalPath, openJournal } from '../../../../electron/core/journal';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import type { JsonStore } from '../../../../electron/core/storage/json-store';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import { CASE_ID, freshMemory, note, person, useScratch } from './journal-fixtures';
import { diskError, failingDisk } from './failing-disk';

const scratch = useScratch();

async function started(disk = failingDisk(), memory = freshMemory()) {
  const identity = await person('zhang');
  const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
  const journal = await createJournal(path, { identity, memory, caseId: CASE_ID, fs: disk });
  await journal.append(note(1));
  await journal.append(note(2));
  return { identity, path, journal, disk, memory };
}

describe('a full or failing disk', () => {
  for (const code of ['ENOSPC', 'EDQUOT']) {
    it(`refuses the append with journal-disk-full on ${code}, keeps everything saved, and goes on`, async () => {
      const { identity, path, journal, disk, memory } = await started();
      const saved = await readFile(path);
      disk.failNext('write', code);
      await expect(journal.append(note(3))).rejects.toMatchObject({ code: 'journal-disk-full' });
      // The half-written frame was taken back: the file is as it was.
      expect(await readFile(path)).toEqual(saved);
      expect(journal.records().map((r) => r.recordNumber)).toEqual([1, 2]);
      // Room again: the same edit is saved as record 3.
      expect(await journal.append(note(3))).toEqual({ recordNumber: 3 });
      await journal.close();
      const again = await openJournal(path, { identity, memory });
      expect(again.report.tornTail).toBeNull();
      expect(again.records().map((r) => r.recordNumber)).toEqual([1, 2, 3]);
      await again.close();
    });
  }

  it('cuts the half-written bytes before the next append when taking them back failed too', async () => {
    const { identity, path, journal, disk, memory } = await started();
    const saved = await readFile(path);
    disk.failNext('write', 'ENOSPC');
    disk.failNext('truncate', 'ENOSPC');
    await expect(journal.append(note(3))).rejects.toMatchObject({ code: 'journal-disk-full' });
    expect((await readFile(path)).length).toBeGreaterThan(saved.length); // half a frame left
    expect(await journal.append(note(3))).toEqual({ recordNumber: 3 });
    await journal.close();
    const again = await openJournal(path, { identity, memory });
    expect(again.report.tornTail).toBeNull();
    expect(again.records().map((r) => r.recordNumber)).toEqual([1, 2, 3]);
    await again.close();
  });

  it('stops writing after a failed flush until the journal is opened again, which finds it whole', async () => {
    const { identity, path, journal, disk, memory } = await started();
    disk.failNext('sync', 'EIO');
    await expect(journal.append(note(3))).rejects.toMatchObject({ code: 'journal-write-failed' });
    await expect(journal.append(note(4))).rejects.toMatchObject({ code: 'journal-write-failed' });
    await journal.close();
    // The frame may or may not be on disk: either way the journal opens with 1 and 2 intact.
    const again = await openJournal(path, { identity, memory });
    expect(
      again
        .records()
        .map((r) => r.recordNumber)
        .slice(0, 2),
    ).toEqual([1, 2]);
    await again.close();
  });

  it('keeps a saved record when its number cannot be remembered yet, and refuses the next edit until it can (the data folder is full)', async () => {
    const base = createMemoryJsonStore();
    let full = false;
    let refused = 0;
    const store: JsonStore = {
      read: (key) => base.read(key),
      write: async (key, value) => {
        if (full) {
          refused += 1;
          throw diskError('ENOSPC');
        }
        await base.write(key, value);
      },
      remove: (key) => base.remove(key),
    };
    const memory = createJournalMemory(store);
    const { identity, path, journal } = await started(failingDisk(), memory);
    full = true;
    // On disk and fsync'd: acknowledged, whatever the memory does after.
    expect(await journal.append(note(3))).toEqual({ recordNumber: 3 });
    // The memory is written just after, in the background, and fails.
    await vi.waitFor(() => expect(refused).toBeGreaterThan(0));
    const saved = await readFile(path);
    // The memory still cannot be written: the next edit is refused before anything is written.
    await expect(journal.append(note(4))).rejects.toMatchObject({ code: 'journal-disk-full' });
    expect(await readFile(path)).toEqual(saved);
    full = false;
    expect(await journal.append(note(4))).toEqual({ recordNumber: 4 });
    await journal.close();
    expect(await memory.remembered(identity.card.fingerprint, CASE_ID)).toMatchObject({
      highest: 4,
    });
    const again = await openJournal(path, { identity, memory });
    expect(again.records().map((r) => r.recordNumber)).toEqual([1, 2, 3, 4]);
    await again.close();
  });

  it('says disk-full in words that name no path', async () => {
    const { path, journal, disk } = await started();
    disk.failNext('write', 'ENOSPC');
    const error = (await journal.append(note(3)).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('磁盘空间不足');
    expect(error.message).not.toContain(path);
    expect(error.message).not.toContain('ENOSPC: simulated');
    await journal.close();
  });
});

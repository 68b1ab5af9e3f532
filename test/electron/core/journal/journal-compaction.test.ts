/**
 * Compaction keeps the live records (the last of each subject) and the last record, with their
 * numbers; a failure at any step of it leaves the old journal or the new one, never neither.
 */
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { liveRecords } from '../../../../shared/journal';
import type { JournalRecord } from '../../../../shared/journal';
import { createJournal, journalPath, openJournal } from '../../../../electron/core/journal';
import type { Identity } from '../../../../electron/core/identity/identity';
import type { JournalMemory } from '../../../../electron/core/journal';
import { CASE_ID, freshMemory, note, person, position, useScratch } from './journal-fixtures';
import { failingDisk } from './failing-disk';
import { scanJournal, unlockJournal } from '../../../../electron/core/journal/journal-scan';
import type { DiskOperation } from './failing-disk';

const scratch = useScratch();

const view = (records: readonly JournalRecord[]) =>
  liveRecords(records).map((r) => JSON.stringify(r));

async function busyJournal(identity: Identity, memory: JournalMemory, dir: string) {
  const disk = failingDisk();
  const path = journalPath(dir, CASE_ID, identity.card.fingerprint);
  const journal = await createJournal(path, { identity, memory, caseId: CASE_ID, fs: disk });
  await journal.append(note(1, 'a1'));
  await journal.append(position('m1', 0.1));
  await journal.append(note(2, 'a2'));
  await journal.append({ ...note(3, 'a1') }); // a1 edited
  await journal.append(position('m1', 0.4));
  await journal.append({ kind: 'annotation-deleted', annotationId: 'a2' });
  return { path, journal, disk };
}

describe('compaction', () => {
  it('keeps the live records and the last one, with their numbers, and the journal goes on', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const { path, journal } = await busyJournal(identity, memory, scratch());
    const before = view(journal.records());
    const sizeBefore = (await readFile(path)).length;
    expect(await journal.compact()).toEqual({ recordsBefore: 6, recordsAfter: 3 });
    // a1 as edited (4), the last position (5), and the deletion of a2 (6): the journal's end.
    expect(journal.records().map((r) => r.recordNumber)).toEqual([4, 5, 6]);
    expect(view(journal.records())).toEqual(before);
    expect((await readFile(path)).length).toBeLessThan(sizeBefore);
    expect(await journal.append(note(7))).toEqual({ recordNumber: 7 });
    await journal.close();

    const again = await openJournal(path, { identity, memory });
    expect(again.records().map((r) => r.recordNumber)).toEqual([4, 5, 6, 7]);
    await again.close();
  });

  const steps: { operation: DiskOperation; temp: boolean }[] = [
    { operation: 'open', temp: true },
    { operation: 'write', temp: true },
    { operation: 'sync', temp: true },
    { operation: 'close', temp: true },
    { operation: 'rename', temp: false },
    { operation: 'open', temp: false },
    { operation: 'syncDirectory', temp: false },
  ];

  for (const step of steps) {
    it(`leaves the old journal or the new one when ${step.operation}${step.temp ? ' of the new file' : step.operation === 'open' ? ' of the renamed file' : ''} fails`, async () => {
      const identity = await person('zhang');
      const memory = freshMemory();
      const dir = scratch();
      const { path, journal, disk } = await busyJournal(identity, memory, dir);
      const oldBytes = await readFile(path);
      const expected = view(journal.records());
      const isTemp = (p: string) => p !== path && p.endsWith('.tmp');
      disk.failNext(step.operation, 'EIO', (p) =>
        step.operation === 'syncDirectory' ? true : step.temp ? isTemp(p) : p === path,
      );
      await expect(journal.compact()).rejects.toMatchObject({ code: 'journal-write-failed' });
      // What a crash right now would leave: the old file or the new one, whole.
      const raw = await readFile(path);
      const scan = scanJournal(raw, await unlockJournal(raw, identity, CASE_ID));
      expect(scan.failure).toBeNull();
      expect(view(scan.records)).toEqual(expected);
      const wasRenamed = steps.indexOf(step) > 4;
      if (wasRenamed) expect(scan.records).toHaveLength(3);
      else expect(raw).toEqual(oldBytes);
      // The journal that met the failure goes on where it can, or says it cannot.
      const next = await journal.append(note(9)).then(
        (r) => r.recordNumber,
        (e: { code: string }) => e.code,
      );
      expect([7, 'journal-write-failed']).toContain(next);
      await journal.close();
      // Opened again, it holds everything saved, and what the compaction left beside it is gone.
      const after = await openJournal(path, { identity, memory });
      expect(after.lastRecordNumber()).toBe(next === 7 ? 7 : 6);
      expect(view(after.records()).slice(0, expected.length)).toEqual(expected);
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      await after.close();
    });
  }
});

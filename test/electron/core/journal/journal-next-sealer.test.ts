/**
 * The next frame's sealer, made while the disk flushes the frame before it, and the append queue
 * that starts a save at once when none runs: a sealer seals one record only (its nonce once);
 * one made for a place the journal is no longer at (after a failed write, a compaction) is
 * dropped, and every frame still authenticates on reopening with a nonce of its own; appends
 * asked together keep their order, one refused among them holds none of the others up, and an
 * append asked after close is refused.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import type { JournalEntry } from '../../../../shared/journal';
import { createJournal, journalPath, openJournal } from '../../../../electron/core/journal';
import { NONCE_BYTES } from '../../../../electron/core/journal/journal-format';
import { frameSealer, sealFrame } from '../../../../electron/core/journal/journal-frame';
import { CASE_ID, freshMemory, note, person, position, useScratch } from './journal-fixtures';
import { failingDisk } from './failing-disk';
import { frameSpans } from './journal-layout';

const scratch = useScratch();

const nonceOf = (file: Buffer, start: number) =>
  file.subarray(start + 12, start + 12 + NONCE_BYTES).toString('hex');

describe('the next frame’s sealer', () => {
  it('seals exactly what sealFrame seals, and one record only', () => {
    const context = {
      recordKey: randomBytes(32),
      journalId: randomBytes(16),
      link: randomBytes(32),
    };
    const nonce = randomBytes(NONCE_BYTES);
    const sealer = frameSealer(context, 5, nonce);
    const json = JSON.stringify({ kind: 'annotation-deleted', annotationId: '注释' });
    expect(sealer.seal(json)).toEqual(sealFrame(context, 5, nonce, Buffer.from(json, 'utf8')));
    // A second record under the same nonce would give away both: refused.
    expect(() => sealer.seal(json)).toThrow(/one record/);
  });

  it('is dropped after a failed write, a compaction and a closed journal; every frame authenticates and no nonce repeats', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const disk = failingDisk();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID, fs: disk });
    await journal.append(note(1));
    await journal.append(note(2));
    // Record 3 fails half-way: the sealer prepared for 4 (after 3's link) must not be used.
    disk.failNext('write', 'ENOSPC');
    await expect(journal.append(note(3))).rejects.toMatchObject({ code: 'journal-disk-full' });
    await journal.append(note(3));
    await journal.append(position('m1', 0.5));
    await journal.append(note(3, 'a1'));
    // Compaction re-seals under new links: the sealer prepared for the next number is stale.
    await journal.compact();
    await journal.append(note(7));
    await journal.append(note(8));
    await journal.close();

    const file = await readFile(path);
    const frames = frameSpans(file).frames;
    const nonces = frames.map((f) => nonceOf(file, f.start));
    expect(new Set(nonces).size).toBe(frames.length);
    const again = await openJournal(path, { identity, memory });
    expect(again.report.tornTail).toBeNull();
    expect(again.records().map((r) => r.recordNumber)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(await again.append(note(9))).toEqual({ recordNumber: 8 });
    await again.close();
    const reopened = await openJournal(path, { identity, memory });
    expect(reopened.lastRecordNumber()).toBe(8);
    await reopened.close();
  });
});

describe('the append queue', () => {
  it('keeps the order of appends asked together; a refused one holds up none of the others', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    const invalid = { ...note(3), annotationId: 'no spaces allowed' } as JournalEntry;
    const asked = [note(1), note(2), invalid, note(4), position('m1', 0.25)].map((entry) =>
      journal.append(entry).then(
        (saved) => saved.recordNumber,
        (error: unknown) => (isAppError(error) ? error.code : 'other'),
      ),
    );
    expect(await Promise.all(asked)).toEqual([1, 2, 'journal-record-invalid', 3, 4]);
    expect(journal.records().map((r) => r.recordNumber)).toEqual([1, 2, 3, 4]);
    expect(journal.records()[2]).toMatchObject(note(4));
    await journal.close();
    const again = await openJournal(path, { identity, memory });
    expect(again.records().map((r) => r.recordNumber)).toEqual([1, 2, 3, 4]);
    await again.close();
  });

  it('refuses an append asked after close, and saves the one asked before it', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    const before = journal.append(note(1));
    const closing = journal.close();
    const after = journal.append(note(2));
    await expect(before).resolves.toEqual({ recordNumber: 1 });
    await closing;
    await expect(after).rejects.toMatchObject({ code: 'journal-closed' });
    const again = await openJournal(path, { identity, memory });
    expect(again.records().map((r) => r.recordNumber)).toEqual([1]);
    await again.close();
  });
});

/**
 * The user's encrypted backup: written to a folder they choose, unreadable without their
 * identity, restored on another machine, and, restored on this one, taken as the journal from
 * then on while any older copy is refused.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createJournal,
  exportJournalBackup,
  journalPath,
  openJournal,
  restoreJournalBackup,
} from '../../../../electron/core/journal';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import { CASE_ID, NOTE_MARKER, freshMemory, note, person, useScratch } from './journal-fixtures';

const scratch = useScratch();

async function folders() {
  const root = scratch();
  const made = { data: join(root, 'data'), usb: join(root, 'usb'), other: join(root, 'other') };
  for (const dir of Object.values(made)) await mkdir(dir);
  return made;
}

describe('a journal backup', () => {
  it('is one encrypted file in the chosen folder, holding no record, case or owner in the clear', async () => {
    const identity = await person('zhang');
    const { data, usb } = await folders();
    const path = journalPath(data, CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory: freshMemory(), caseId: CASE_ID });
    await journal.append(note(1));
    const backup = await exportJournalBackup(journal, usb);
    await journal.close();
    expect(backup.lastRecordNumber).toBe(1);
    expect(await readdir(usb)).toEqual([backup.fileName]);
    expect(backup.fileName).toMatch(/\.r1\.qbjbackup$/);
    const bytes = await readFile(join(usb, backup.fileName));
    expect(bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    const owner = identity.card.fingerprint;
    for (const secret of [NOTE_MARKER, CASE_ID, owner, 'QBJL']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
  });

  it('restores on another machine with the identity, and goes on from there', async () => {
    const identity = await person('zhang');
    const { data, usb, other } = await folders();
    const journal = await createJournal(journalPath(data, CASE_ID, identity.card.fingerprint), {
      identity,
      memory: freshMemory(),
      caseId: CASE_ID,
    });
    for (let n = 1; n <= 3; n++) await journal.append(note(n));
    const { fileName } = await exportJournalBackup(journal, usb);
    await journal.close();

    const otherMemory = freshMemory(); // the new laptop has seen nothing of the case
    const restored = await restoreJournalBackup(join(usb, fileName), other, {
      identity,
      memory: otherMemory,
    });
    expect(restored.accepted).toBe(3);
    expect(restored.previousHighest).toBeNull();
    const records = restored.journal.records();
    expect(records.slice(0, 3)).toMatchObject([1, 2, 3].map((n) => note(n)));
    expect(records[3]).toMatchObject({ kind: 'journal-restored', recordNumber: 4, accepted: 3 });
    expect(await restored.journal.append(note(5))).toEqual({ recordNumber: 5 });
    await restored.journal.close();
    const again = await openJournal(journalPath(other, CASE_ID, identity.card.fingerprint), {
      identity,
      memory: otherMemory,
    });
    expect(again.lastRecordNumber()).toBe(5);
    await again.close();
  });

  it('is refused to anyone else, and when it is not a backup', async () => {
    const zhang = await person('zhang');
    const li = await person('li');
    const { data, usb, other } = await folders();
    const journal = await createJournal(journalPath(data, CASE_ID, zhang.card.fingerprint), {
      identity: zhang,
      memory: freshMemory(),
      caseId: CASE_ID,
    });
    const { fileName } = await exportJournalBackup(journal, usb);
    await journal.close();
    await expect(
      restoreJournalBackup(join(usb, fileName), other, { identity: li, memory: freshMemory() }),
    ).rejects.toMatchObject({ code: 'not-a-recipient' });
    const sealed = await readFile(join(usb, fileName));
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 5] = flipped[flipped.length - 5]! ^ 1;
    await writeFile(join(usb, 'flipped'), flipped);
    await expect(
      restoreJournalBackup(join(usb, 'flipped'), other, { identity: zhang, memory: freshMemory() }),
    ).rejects.toMatchObject({ code: 'tampered' });
    expect(await readdir(other)).toEqual([]);
  });

  it('restored on this machine numbers on above what it had seen, and the newer copy is refused after', async () => {
    const identity = await person('zhang');
    const store = createMemoryJsonStore();
    const memory = createJournalMemory(store);
    const { data, usb } = await folders();
    const path = journalPath(data, CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    await journal.append(note(1));
    const { fileName } = await exportJournalBackup(journal, usb);
    await journal.append(note(2));
    await journal.append(note(3));
    await journal.close();
    const newer = await readFile(path);

    // Not under an open journal: it would go on appending to a file nobody reads.
    const open = await openJournal(path, { identity, memory });
    await expect(
      restoreJournalBackup(join(usb, fileName), data, { identity, memory }),
    ).rejects.toMatchObject({ code: 'journal-in-use' });
    await open.close();

    const restored = await restoreJournalBackup(join(usb, fileName), data, { identity, memory });
    expect(restored).toMatchObject({ accepted: 1, previousHighest: 3 });
    expect(restored.journal.records().map((r) => r.recordNumber)).toEqual([1, 4]);
    await restored.journal.close();

    // The restore is on record: what was accepted over what.
    expect(await store.read('journal-record-numbers')).toMatchObject({
      restores: [{ caseId: CASE_ID, accepted: 1, previous: { highest: 3 } }],
    });

    await writeFile(path, newer);
    await expect(openJournal(path, { identity, memory })).rejects.toMatchObject({
      code: 'journal-rolled-back',
      params: { found: 3, highest: 4 },
    });
  });
});

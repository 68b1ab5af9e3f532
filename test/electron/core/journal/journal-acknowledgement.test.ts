/**
 * When an edit is saved: its frame written and fsync'd is the acknowledgement; the number
 * remembered outside the journal follows. A crash between the two (the memory's write never
 * happened) leaves a journal one record longer than remembered, which opens with that record.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJournal, journalPath, openJournal } from '../../../../electron/core/journal';
import type { JournalMemory } from '../../../../electron/core/journal';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import { CASE_ID, note, person, useScratch } from './journal-fixtures';

const scratch = useScratch();

/** A real memory whose `remember` can be held: the write starts and never finishes. */
function holdableMemory() {
  const store = createMemoryJsonStore();
  const memory = createJournalMemory(store);
  let held = false;
  const waiting: (() => void)[] = [];
  const asked: number[] = [];
  const holdable: JournalMemory = {
    remembered: (owner, caseId) => memory.remembered(owner, caseId),
    start: (owner, caseId, journalId) => memory.start(owner, caseId, journalId),
    recordRestore: (record, highest) => memory.recordRestore(record, highest),
    remember: async (owner, caseId, journalId, n) => {
      asked.push(n);
      if (held) await new Promise<void>((resolve) => waiting.push(resolve));
      else await memory.remember(owner, caseId, journalId, n);
    },
  };
  return {
    memory: holdable,
    /** The same memory as the next process would read it. */
    afterCrash: () => createJournalMemory(store),
    asked,
    hold: () => void (held = true),
    /** Ends the hold: the held writes end without writing, the next ones write. */
    release: () => {
      held = false;
      waiting.splice(0).forEach((resolve) => resolve());
    },
  };
}

describe('the acknowledgement', () => {
  it('comes before the number is remembered, and a crash between them loses nothing', async () => {
    const identity = await person('zhang');
    const dir = scratch();
    const path = journalPath(dir, CASE_ID, identity.card.fingerprint);
    const memory = holdableMemory();
    const journal = await createJournal(path, { identity, memory: memory.memory, caseId: CASE_ID });
    for (let n = 1; n <= 3; n++) await journal.append(note(n));
    await journal.compact(); // waits for the memory: 3 is remembered
    expect(await memory.memory.remembered(identity.card.fingerprint, CASE_ID)).toMatchObject({
      highest: 3,
    });

    memory.hold();
    // Resolved with the memory's write held: the save does not wait for it.
    expect(await journal.append(note(4))).toEqual({ recordNumber: 4 });
    expect(await journal.append(note(5))).toEqual({ recordNumber: 5 });
    expect(await memory.memory.remembered(identity.card.fingerprint, CASE_ID)).toMatchObject({
      highest: 3,
    });

    // The crash: the file as the disk holds it now, the memory as it is (3), opened afresh.
    const crashed = join(dir, 'after-crash');
    await mkdir(crashed);
    const copy = journalPath(crashed, CASE_ID, identity.card.fingerprint);
    await writeFile(copy, await readFile(path));
    const after = memory.afterCrash();
    expect(await after.remembered(identity.card.fingerprint, CASE_ID)).toMatchObject({
      highest: 3,
    });
    const reopened = await openJournal(copy, { identity, memory: after });
    expect(reopened.report).toEqual({ tornTail: null });
    expect(reopened.records().map((r) => r.recordNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(reopened.records()[4]).toMatchObject(note(5));
    await reopened.close();
    // Opening raised the memory to what the journal holds.
    expect(await after.remembered(identity.card.fingerprint, CASE_ID)).toMatchObject({
      highest: 5,
    });

    memory.release();
    await journal.close();
  });

  it('remembers the last number before the journal closes', async () => {
    const identity = await person('zhang');
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const memory = holdableMemory();
    const journal = await createJournal(path, { identity, memory: memory.memory, caseId: CASE_ID });
    for (let n = 1; n <= 7; n++) await journal.append(note(n));
    await journal.close();
    expect(await memory.memory.remembered(identity.card.fingerprint, CASE_ID)).toMatchObject({
      highest: 7,
    });
    expect(memory.asked.at(-1)).toBe(7);
  });
});

/**
 * An unfinished last write (a killed process, a power cut) is cut away and reported, and the
 * journal opens with everything that was saved; the same bytes under a record that was saved
 * are damage, refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tornTailWords } from '../../../../shared/journal';
import { createJournal, journalPath, openJournal } from '../../../../electron/core/journal';
import type { JournalMemory } from '../../../../electron/core/journal';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import type { Identity } from '../../../../electron/core/identity/identity';
import { CASE_ID, freshMemory, note, person, useScratch } from './journal-fixtures';
import { frameSpans } from './journal-layout';

const scratch = useScratch();

/** Three saved records, and the bytes of a fourth that never finished (its number not remembered). */
async function withUnfinishedFourth(identity: Identity, dir: string) {
  const path = journalPath(dir, CASE_ID, identity.card.fingerprint);
  const journal = await createJournal(path, {
    identity,
    memory: createJournalMemory(createMemoryJsonStore()),
    caseId: CASE_ID,
  });
  for (let n = 1; n <= 4; n++) await journal.append(note(n));
  await journal.close();
  const bytes = await readFile(path);
  // The memory as it was before the fourth append, which was never acknowledged: 3 saved. (The
  // journal's own memory lags its saves, so it is set here rather than read between them.)
  const memoryBeforeFourth = (): JournalMemory => {
    const memory = createJournalMemory(createMemoryJsonStore());
    // Queued before any read: the memory's document is changed and read one call at a time.
    void memory.remember(identity.card.fingerprint, CASE_ID, journal.journalId, 3);
    return memory;
  };
  return { path, bytes, fourth: frameSpans(bytes).frames[3]!, memoryBeforeFourth };
}

describe('a torn tail', () => {
  it('is cut away and reported at every length the unfinished frame could have reached', async () => {
    const identity = await person('zhang');
    const { path, bytes, fourth, memoryBeforeFourth } = await withUnfinishedFourth(
      identity,
      scratch(),
    );
    expect(await memoryBeforeFourth().remembered(identity.card.fingerprint, CASE_ID)).toMatchObject(
      { highest: 3 },
    );
    for (let cut = fourth.start + 1; cut < fourth.end; cut++) {
      await writeFile(path, bytes.subarray(0, cut));
      const memory = memoryBeforeFourth();
      const journal = await openJournal(path, { identity, memory });
      expect(journal.report.tornTail, `cut at ${cut}`).toEqual({
        droppedBytes: cut - fourth.start,
        lastRecordNumber: 3,
      });
      expect(journal.records().map((r) => r.recordNumber)).toEqual([1, 2, 3]);
      expect((await readFile(path)).length).toBe(fourth.start);
      if ((cut - fourth.start) % 50 !== 1) {
        await journal.close();
        continue;
      }
      // The journal goes on: the next record takes number 4 and survives a reopen.
      expect(await journal.append(note(40))).toEqual({ recordNumber: 4 });
      await journal.close();
      const again = await openJournal(path, { identity, memory });
      expect(again.report.tornTail).toBeNull();
      expect(again.records().at(-1)).toMatchObject(note(40));
      await again.close();
    }
  });

  it('is also a whole last frame that never reached the disk, or a block of zeros', async () => {
    const identity = await person('zhang');
    const { path, bytes, fourth, memoryBeforeFourth } = await withUnfinishedFourth(
      identity,
      scratch(),
    );
    const zeroedBody = Buffer.from(bytes);
    zeroedBody.fill(0, fourth.start + 12, fourth.end);
    const zeroBlock = Buffer.concat([bytes.subarray(0, fourth.start), Buffer.alloc(4096)]);
    for (const [what, file] of [
      ['zeroed body', zeroedBody],
      ['zero block', zeroBlock],
    ] as const) {
      await writeFile(path, file);
      const journal = await openJournal(path, { identity, memory: memoryBeforeFourth() });
      expect(journal.report.tornTail?.lastRecordNumber, what).toBe(3);
      await journal.close();
    }
  });

  it('is damage, refused, when the bytes cut belong to a record that was saved', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const { path, bytes, fourth } = await withUnfinishedFourth(identity, scratch());
    await (await openJournal(path, { identity, memory })).close(); // this machine saw record 4
    for (const cut of [fourth.start + 1, fourth.end - 1]) {
      await writeFile(path, bytes.subarray(0, cut));
      await expect(openJournal(path, { identity, memory })).rejects.toMatchObject({
        code: 'journal-damaged',
        params: { afterRecord: 3 },
      });
      expect((await readFile(path)).length).toBe(cut); // nothing was cut away
    }
  });

  it('is not the shape of a tail when more records follow the bad bytes', async () => {
    const identity = await person('zhang');
    const { path, bytes, memoryBeforeFourth } = await withUnfinishedFourth(identity, scratch());
    const third = frameSpans(bytes).frames[2]!;
    const flipped = Buffer.from(bytes);
    flipped[third.start + 20] = flipped[third.start + 20]! ^ 0x01;
    await writeFile(path, flipped);
    await expect(
      openJournal(path, { identity, memory: memoryBeforeFourth() }),
    ).rejects.toMatchObject({
      code: 'journal-damaged',
    });
  });

  it('is told in both languages with the bytes dropped', () => {
    const words = tornTailWords({ droppedBytes: 57, lastRecordNumber: 12 });
    expect(words.zh).toContain('57 字节');
    expect(words.zh).toContain('第 12 条');
    expect(words.en).toContain('57 bytes');
  });
});

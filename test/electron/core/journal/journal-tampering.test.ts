/**
 * A flipped byte anywhere, records reordered, dropped or spliced in, an older copy or one cut at
 * a record boundary: each is refused with a typed error, never opened as the current journal.
 * Every refusal has its control: the untouched bytes open.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import { createJournal, journalPath, openJournal } from '../../../../electron/core/journal';
import type { JournalMemory } from '../../../../electron/core/journal';
import type { Identity } from '../../../../electron/core/identity/identity';
import { decodeJournalHeader } from '../../../../electron/core/journal/journal-header';
import { CASE_ID, freshMemory, note, person, position, useScratch } from './journal-fixtures';
import { frameSpans } from './journal-layout';

const scratch = useScratch();

async function journalOf(identity: Identity, memory: JournalMemory, dir: string, count: number) {
  const path = journalPath(dir, CASE_ID, identity.card.fingerprint);
  const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
  for (let n = 1; n <= count; n++) await journal.append(n % 2 ? note(n) : position('m1', n / 10));
  await journal.close();
  return { path, bytes: await readFile(path) };
}

/** The code of the refusal, or 'opened' when the journal opened. */
async function outcome(path: string, identity: Identity, memory: JournalMemory): Promise<string> {
  try {
    await (await openJournal(path, { identity, memory })).close();
    return 'opened';
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code;
  }
}

describe('a tampered journal', () => {
  it('is refused for a flipped byte anywhere, header and every record alike', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const { path, bytes } = await journalOf(identity, memory, scratch(), 2);
    const seen = new Set<string>();
    const header = decodeJournalHeader(bytes);
    const wrapStart = header.signed.length - header.wrap.length;
    // Every byte, but only every fifth inside the age file (the signature covers it whole).
    const positions = [...bytes.keys()].filter(
      (at) => at < wrapStart || at >= header.signed.length || at % 5 === 0,
    );
    for (const at of positions) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      await writeFile(path, flipped);
      const result = await outcome(path, identity, memory);
      expect(result, `byte ${at}`).not.toBe('opened');
      seen.add(result);
    }
    await writeFile(path, bytes);
    expect(await outcome(path, identity, memory)).toBe('opened');
    // The header's flips meet the header's checks; every record's meet the chain's.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining(['bad-signature', 'journal-damaged', 'not-a-journal']),
    );
  });

  it('is refused for a flipped byte inside any earlier record even on a machine that never saw it', async () => {
    const identity = await person('zhang');
    const { path, bytes } = await journalOf(identity, freshMemory(), scratch(), 4);
    const { frames } = frameSpans(bytes);
    for (const frame of frames.slice(0, -1)) {
      for (const at of [frame.start, frame.start + 9, frame.start + 30, frame.end - 1]) {
        const flipped = Buffer.from(bytes);
        flipped[at] = flipped[at]! ^ 0x80;
        await writeFile(path, flipped);
        expect(await outcome(path, identity, freshMemory()), `byte ${at}`).toBe('journal-damaged');
      }
    }
  });

  it('is refused with records swapped, one dropped in the middle, or one spliced from another journal', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const { path, bytes } = await journalOf(identity, memory, scratch(), 4);
    const { headerEnd, frames } = frameSpans(bytes);
    const part = (i: number) => bytes.subarray(frames[i]!.start, frames[i]!.end);
    const header = bytes.subarray(0, headerEnd);

    await writeFile(path, Buffer.concat([header, part(0), part(2), part(1), part(3)]));
    expect(await outcome(path, identity, memory)).toBe('journal-damaged');
    await writeFile(path, Buffer.concat([header, part(0), part(2), part(3)]));
    expect(await outcome(path, identity, memory)).toBe('journal-damaged');

    // Another journal of the same person and case (made on another machine, say).
    const foreign = await journalOf(identity, freshMemory(), await mkdtemp(`${scratch()}/o-`), 4);
    const foreignSpans = frameSpans(foreign.bytes);
    const foreignFrame = foreign.bytes.subarray(
      foreignSpans.frames[1]!.start,
      foreignSpans.frames[1]!.end,
    );
    await writeFile(path, Buffer.concat([header, part(0), foreignFrame, part(2), part(3)]));
    expect(await outcome(path, identity, memory)).toBe('journal-damaged');

    await writeFile(path, bytes);
    expect(await outcome(path, identity, memory)).toBe('opened');
  });

  it('refuses an older copy, or one cut exactly at a record boundary, naming both numbers', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const dir = scratch();
    const path = journalPath(dir, CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    await journal.append(note(1));
    await journal.append(note(2));
    const older = await readFile(path);
    await journal.append(note(3));
    await journal.close();
    const current = await readFile(path);

    await writeFile(path, older);
    const error = await openJournal(path, { identity, memory }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'journal-rolled-back', params: { found: 2, highest: 3 } });
    expect(String((error as Error).message)).not.toContain(dir);

    const { frames } = frameSpans(current);
    await writeFile(path, current.subarray(0, frames[2]!.start));
    expect(await outcome(path, identity, memory)).toBe('journal-rolled-back');

    await writeFile(path, current);
    expect(await outcome(path, identity, memory)).toBe('opened');
  });

  it('refuses another journal of the case than the one this machine writes', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const { path } = await journalOf(identity, memory, scratch(), 2);
    const elsewhere = await journalOf(identity, freshMemory(), await mkdtemp(`${scratch()}/x-`), 5);
    await writeFile(path, elsewhere.bytes);
    expect(await outcome(path, identity, memory)).toBe('journal-replaced');
  });
});

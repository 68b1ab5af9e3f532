/** The frames' nonces: drawn a batch at a time, each handed out once, in every frame different. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { createJournal, journalPath } from '../../../../electron/core/journal';
import { NONCE_BYTES } from '../../../../electron/core/journal/journal-format';
import { NONCES_PER_DRAW, nonceSource } from '../../../../electron/core/journal/journal-nonces';
import { CASE_ID, freshMemory, note, person, useScratch } from './journal-fixtures';
import { frameSpans } from './journal-layout';

const scratch = useScratch();

/** Counting bytes, so every byte drawn is different from its neighbours and traceable. */
function countingRandom() {
  let next = 0;
  return vi.fn((size: number) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = (next + i) % 251;
    next += size;
    return bytes;
  });
}

describe('the nonces', () => {
  it('are 12 bytes, handed out in the order drawn, one draw per batch', () => {
    const random = countingRandom();
    const next = nonceSource(random);
    const nonces = Array.from({ length: NONCES_PER_DRAW * 2 + 1 }, () => Buffer.from(next()));
    expect(random).toHaveBeenCalledTimes(3);
    expect(random).toHaveBeenCalledWith(NONCE_BYTES * NONCES_PER_DRAW);
    expect(nonces.every((n) => n.length === NONCE_BYTES)).toBe(true);
    const drawn = Buffer.concat(random.mock.results.map((r) => r.value as Buffer));
    expect(Buffer.concat(nonces)).toEqual(drawn.subarray(0, nonces.length * NONCE_BYTES));
  });

  it('refuses a draw shorter than asked rather than reuse bytes', () => {
    const next = nonceSource((size) => Buffer.alloc(size - 1));
    expect(() => next()).toThrow(RangeError);
  });

  it('differ in every frame of a journal, across draws', async () => {
    const identity = await person('zhang');
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory: freshMemory(), caseId: CASE_ID });
    const count = NONCES_PER_DRAW + 10;
    for (let n = 1; n <= count; n++) await journal.append(note(n));
    await journal.close();
    const file = await readFile(path);
    // frame = length (4) | record number (8) | nonce (12) | …
    const nonces = frameSpans(file).frames.map((f) =>
      file.subarray(f.start + 12, f.start + 12 + NONCE_BYTES).toString('hex'),
    );
    expect(nonces).toHaveLength(count);
    expect(new Set(nonces).size).toBe(count);
  });
});

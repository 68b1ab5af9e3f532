/**
 * A writer process is killed with SIGKILL at random moments (seeded) across many appends, over
 * and over on the same journal. After every kill the journal opens; every record the writer was
 * told was saved is there, in order, with its content; nothing is there beyond the one append
 * that was in flight; and when the file ended inside a frame, the torn tail was reported.
 * A third of the rounds write through a disk that takes 8 bytes at a time, so a kill can land
 * inside a frame; a third through one that stalls inside a frame, so a kill lands there for
 * certain, at a seeded byte.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createJournalMemory, journalPath, openJournal } from '../../../../electron/core/journal';
import { createFileJsonStore } from '../../../../electron/core/storage/json-store';
import { person, useScratch } from './journal-fixtures';
import { frameSpans } from './journal-layout';
import { CASE_ID_FOR_WRITER, entryNumbered } from './fixtures/writer-protocol';
import type { WriterDisk, WriterMessage, WriterOrder } from './fixtures/writer-protocol';
import { seededRandom as seeded } from '../../../fixtures/seeded-random';

const scratch = useScratch();
const WRITER = fileURLToPath(new URL('./fixtures/journal-writer.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ROUNDS = 12;

interface Round {
  readonly opened: number;
  readonly acked: number[];
  readonly signal: string | null;
}

/**
 * Runs the writer until its `killAfter`-th acknowledgement, or until its disk stalls, then kills
 * it (at once, after the next turn of the event loop, or a millisecond later).
 */
function runWriter(order: WriterOrder, killAfter: number, delay: 0 | 1 | 2): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(WRITER, [], {
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let opened = -1;
    const acked: number[] = [];
    const kill = () => {
      if (delay === 0) child.kill('SIGKILL');
      else if (delay === 1) setImmediate(() => child.kill('SIGKILL'));
      else setTimeout(() => child.kill('SIGKILL'), 1);
    };
    child.on('message', (message: WriterMessage) => {
      if ('failed' in message) reject(new Error(`the writer failed: ${message.failed}`));
      else if ('opened' in message) opened = message.opened;
      else if ('stalled' in message) child.kill('SIGKILL');
      else {
        acked.push(message.acked);
        if (acked.length === killAfter) kill();
      }
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve({ opened, acked, signal }));
    child.send(order);
  });
}

describe('a writer killed with SIGKILL', () => {
  it('never loses an acknowledged record, and the journal always opens', async () => {
    const identity = await person('zhang');
    const dir = scratch();
    const memoryDir = join(dir, 'memory');
    await mkdir(memoryDir);
    const path = journalPath(dir, CASE_ID_FOR_WRITER, identity.card.fingerprint);
    const random = seeded(20261129);
    let tornTails = 0;
    let acknowledged = 0;
    let stalledRounds = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const killAfter = 1 + Math.floor(random() * 20);
      const delay = Math.floor(random() * 3) as 0 | 1 | 2;
      const stalls = round % 3 === 2;
      const disk: WriterDisk = stalls
        ? { stallOnAppend: killAfter, stallAfterBytes: 1 + Math.floor(random() * 300) }
        : round % 3 === 1
          ? 'slow'
          : 'fast';
      const { opened, acked, signal } = await runWriter(
        { path, memoryDir, disk },
        killAfter,
        delay,
      );
      expect(signal, `round ${round}`).toBe('SIGKILL');
      expect(acked.length).toBe(stalls ? killAfter - 1 : Math.max(acked.length, killAfter));
      if (stalls) stalledRounds++;
      acknowledged += acked.length;
      // Numbers continue from what the writer found, one by one.
      expect(acked).toEqual(acked.map((_, i) => opened + 1 + i));

      const raw = await readFile(path);
      const { frames } = frameSpans(raw);
      const endsInsideAFrame = (frames.at(-1)?.end ?? frameSpans(raw).headerEnd) !== raw.length;
      const memory = createJournalMemory(createFileJsonStore(memoryDir));
      const journal = await openJournal(path, { identity, memory });
      const numbers = journal.records().map((r) => r.recordNumber);
      const last = acked.at(-1) ?? opened;
      // Everything acknowledged is there, in order; beyond it at most the append in flight.
      expect(numbers.slice(0, last)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      expect(numbers.length === last || numbers.length === last + 1, `round ${round}`).toBe(true);
      for (const record of journal.records()) {
        expect(record).toMatchObject(entryNumbered(record.recordNumber));
      }
      if (endsInsideAFrame) {
        tornTails++;
        expect(journal.report.tornTail).toEqual({
          droppedBytes: raw.length - frames.at(-1)!.end,
          lastRecordNumber: numbers.at(-1),
        });
      } else {
        expect(journal.report.tornTail).toBeNull();
      }
      await journal.close();
    }
    expect(acknowledged).toBeGreaterThan(ROUNDS);
    // A kill inside a frame is a torn tail, reported: certain in every stalled round.
    expect(tornTails).toBeGreaterThanOrEqual(stalledRounds);
    // Shown when run alone (vitest prints a test's console output): how often a kill tore a frame.
    console.info(
      `SIGKILL: ${ROUNDS} rounds, ${acknowledged} acknowledged, ${tornTails} torn tails`,
    );
  }, 120_000);
});

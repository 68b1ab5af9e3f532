/** Creating, appending, reopening; whose journal it is; what an append refuses. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import type { JournalEntry } from '../../../../shared/journal';
import {
  createJournal,
  journalFileName,
  journalPath,
  nodeJournalFileSystem,
  openJournal,
} from '../../../../electron/core/journal';
import type { JournalFileSystem } from '../../../../electron/core/journal';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import { sealFrame } from '../../../../electron/core/journal/journal-frame';
import { scanJournal, unlockJournal } from '../../../../electron/core/journal/journal-scan';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import {
  decodeJournalHeader,
  encodeJournalHeader,
} from '../../../../electron/core/journal/journal-header';
import {
  CASE_ID,
  OTHER_CASE_ID,
  freshMemory,
  note,
  person,
  position,
  useScratch,
} from './journal-fixtures';

const scratch = useScratch();

const code = (c: string) => (error: unknown) => isAppError(error) && error.code === c;

describe('the journal', () => {
  it('gives back every appended record, in order, after reopening', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    expect(await journal.append(note(1))).toEqual({ recordNumber: 1 });
    expect(await journal.append(position('m1', 0.5))).toEqual({ recordNumber: 2 });
    await journal.close();

    const again = await openJournal(path, { identity, memory, caseId: CASE_ID });
    expect(again.report).toEqual({ tornTail: null });
    expect(again.records().map((r) => [r.recordNumber, r.kind])).toEqual([
      [1, 'annotation'],
      [2, 'reading-position'],
    ]);
    const first = again.records()[0]!;
    expect(first.caseId).toBe(CASE_ID);
    expect(first.author).toBe(identity.card.fingerprint);
    expect(first).toMatchObject(note(1));
    expect(await again.append(note(3))).toEqual({ recordNumber: 3 });
    await again.close();
  });

  it('numbers appends made at once one after another, each on disk when it resolves', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = join(scratch(), journalFileName(CASE_ID, identity.card.fingerprint));
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    const numbers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => journal.append(note(i + 1))),
    );
    expect(numbers.map((n) => n.recordNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // One open journal per file: a second open would append over the first's records.
    await expect(openJournal(path, { identity, memory })).rejects.toSatisfy(code('journal-in-use'));
    await journal.close();
    const reader = await openJournal(path, { identity, memory });
    expect(reader.records()).toHaveLength(20);
    await reader.close();
  });

  it('resolves an append only once the disk has flushed it', async () => {
    const identity = await person('zhang');
    let release: () => void = () => {};
    let holding = false;
    const fs: JournalFileSystem = {
      ...nodeJournalFileSystem,
      async open(path, mode) {
        const handle = await nodeJournalFileSystem.open(path, mode);
        return {
          ...handle,
          sync: async () => {
            if (holding) await new Promise<void>((resolve) => (release = resolve));
            return handle.sync();
          },
        };
      },
    };
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, {
      identity,
      memory: freshMemory(),
      caseId: CASE_ID,
      fs,
    });
    holding = true;
    let resolved = false;
    const appended = journal.append(note(1)).then(() => (resolved = true));
    for (let turn = 0; turn < 20; turn++) await new Promise((r) => setImmediate(r));
    expect(resolved).toBe(false);
    holding = false;
    release();
    await appended;
    expect(resolved).toBe(true);
    await journal.close();
  });

  it('holds nothing of a record in the clear', async () => {
    const identity = await person('zhang');
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory: freshMemory(), caseId: CASE_ID });
    await journal.append(note(1));
    await journal.close();
    const bytes = await readFile(path);
    for (const secret of ['XYZZY', '质量管理体系', 'app-1', 'annotation']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      expect(bytes.toString('base64').includes(Buffer.from(secret).toString('base64'))).toBe(false);
    }
  });

  it('opens only for its owner, and only as the case asked for', async () => {
    const zhang = await person('zhang');
    const li = await person('li');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, zhang.card.fingerprint);
    await (await createJournal(path, { identity: zhang, memory, caseId: CASE_ID })).close();
    await expect(openJournal(path, { identity: li, memory })).rejects.toSatisfy(
      code('journal-not-yours'),
    );
    await expect(
      openJournal(path, { identity: zhang, memory, caseId: OTHER_CASE_ID }),
    ).rejects.toSatisfy(code('journal-other-case'));
  });

  it('refuses a journal made by someone holding only the owner’s public card', async () => {
    const zhang = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, zhang.card.fingerprint);
    await (await createJournal(path, { identity: zhang, memory, caseId: CASE_ID })).close();
    // The forger wraps a key of their own for Zhang's public recipient and signs with their key.
    const real = decodeJournalHeader(await readFile(path));
    const forged = encodeJournalHeader(real, generateKeyPairSync('ed25519').privateKey);
    await writeFile(path, forged);
    await expect(openJournal(path, { identity: zhang, memory })).rejects.toSatisfy(
      code('bad-signature'),
    );
    // The control: the genuine header opens.
    await writeFile(path, real.bytes);
    await (await openJournal(path, { identity: zhang, memory })).close();
  });

  it('never replaces a journal, and never starts over one this machine has saved records of', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    await journal.append(note(1));
    await journal.close();
    await expect(createJournal(path, { identity, memory, caseId: CASE_ID })).rejects.toSatisfy(
      code('journal-exists'),
    );
    const elsewhere = journalPath(join(scratch()), CASE_ID, identity.card.fingerprint) + '.copy';
    await expect(createJournal(elsewhere, { identity, memory, caseId: CASE_ID })).rejects.toSatisfy(
      (e) =>
        code('journal-rolled-back')(e) &&
        JSON.stringify((e as { params: unknown }).params) === '{"found":0,"highest":1}',
    );
  });

  it('refuses an invalid record and writes nothing', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    const before = (await readFile(path)).length;
    const bad = { ...note(1), target: { source: 'm1', selector: [] } } as unknown as JournalEntry;
    await expect(journal.append(bad)).rejects.toSatisfy(code('journal-record-invalid'));
    expect((await readFile(path)).length).toBe(before);
    expect(await journal.append(note(1))).toEqual({ recordNumber: 1 });
    await journal.close();
    await expect(journal.append(note(2))).rejects.toSatisfy(code('journal-closed'));
  });

  it('is created for a case id only', async () => {
    const identity = await person('zhang');
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    await expect(
      createJournal(path, { identity, memory: freshMemory(), caseId: '../case' }),
    ).rejects.toThrow(RangeError);
  });

  it('says a missing journal is not found', async () => {
    const identity = await person('zhang');
    await expect(
      openJournal(join(scratch(), 'none.qbjournal'), { identity, memory: freshMemory() }),
    ).rejects.toSatisfy(code('file-not-found'));
  });

  it('refuses to open while the memory of record numbers is damaged', async () => {
    const identity = await person('zhang');
    const store = createMemoryJsonStore();
    const memory = createJournalMemory(store);
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    await (await createJournal(path, { identity, memory, caseId: CASE_ID })).close();
    await store.write('journal-record-numbers', { version: 1, journals: 'garbage' });
    await expect(openJournal(path, { identity, memory })).rejects.toSatisfy(
      code('journal-memory-damaged'),
    );
  });

  it('refuses a record it cannot read, naming its number, rather than skip it', async () => {
    const identity = await person('zhang');
    const memory = freshMemory();
    const path = journalPath(scratch(), CASE_ID, identity.card.fingerprint);
    const journal = await createJournal(path, { identity, memory, caseId: CASE_ID });
    await journal.append(note(1));
    await journal.close();
    // A record of a kind this version does not know, sealed with the journal's own key.
    const file = await readFile(path);
    const unlocked = await unlockJournal(file, identity, CASE_ID);
    const scan = scanJournal(file, unlocked);
    const future = {
      kind: 'score',
      value: 9,
      caseId: CASE_ID,
      recordNumber: 2,
      at: '2026-11-29T08:00:00Z',
      author: identity.card.fingerprint,
    };
    const frame = sealFrame(
      { recordKey: unlocked.recordKey, journalId: unlocked.header.journalId, link: scan.link },
      2,
      Buffer.alloc(12, 9),
      Buffer.from(JSON.stringify(future)),
    );
    await writeFile(path, Buffer.concat([file, frame]));
    await expect(openJournal(path, { identity, memory })).rejects.toMatchObject({
      code: 'journal-record-unreadable',
      params: { recordNumber: 2 },
    });
  });
});

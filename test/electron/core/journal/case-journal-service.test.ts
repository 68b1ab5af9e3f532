/**
 * The journal in the app, under Node with real journals in a scratch folder: the unlocked
 * recipient's journal of the open package's case, kept across closing and reopening the package,
 * one per person and case, closed when the identity locks, a torn tail told once, and a backup
 * restored on a fresh data folder with the same identity.
 */
import { appendFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCaseJournalService } from '../../../../electron/core/journal/case-journal-service';
import type { OpenCase } from '../../../../electron/core/journal/case-journal-service';
import type { JournalBackupChooser } from '../../../../electron/core/journal/journal-backup-chooser';
import { journalPath, openJournal } from '../../../../electron/core/journal';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import type { Identity } from '../../../../electron/core/identity/identity';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import type { JsonStore } from '../../../../electron/core/storage/json-store';
import { AppError } from '../../../../shared/errors';
import type { JournalAppendEntry, JournalStatus } from '../../../../shared/journal';
import { CASE_ID, OTHER_CASE_ID, note, person, position, useScratch } from './journal-fixtures';

const scratch = useScratch();

/** One laptop: a data folder, its memory, the identity unlocked and the package open, by hand. */
function laptop(folder: string, store: JsonStore = createMemoryJsonStore()) {
  const state: { identity: Identity | null; opened: OpenCase | null } = {
    identity: null,
    opened: null,
  };
  const chooser: JournalBackupChooser & { folder: string | null; file: string | null } = {
    folder: null,
    file: null,
    chooseBackupFolder: async () => chooser.folder,
    chooseBackupFile: async () => chooser.file,
  };
  const service = createCaseJournalService({
    folder,
    memory: createJournalMemory(store),
    unlockedIdentity: () => state.identity,
    openCase: () => state.opened,
    chooser,
  });
  const openPackage = (identity: Identity, caseId = CASE_ID) => {
    state.identity = identity;
    state.opened = { caseId, recipient: identity.card.fingerprint };
  };
  return { service, state, chooser, openPackage, store };
}

function recordsOf(status: JournalStatus) {
  if (!status.open) throw new Error(`closed: ${status.reason}`);
  return status.records;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

const annotation = (n: number) => note(n) as JournalAppendEntry;

describe('the case journal service', () => {
  it('creates the journal on first use, appends, and finds it again after the package is reopened', async () => {
    const zhang = await person('zhang');
    // The folder is made on first use.
    const data = join(scratch(), 'journals');
    const { service, state, openPackage } = laptop(data);
    openPackage(zhang);
    expect(recordsOf(await service.status())).toEqual([]);
    const { record } = await service.append(annotation(1));
    expect(record).toMatchObject({ kind: 'annotation', recordNumber: 1, caseId: CASE_ID });
    expect(record.author).toBe(zhang.card.fingerprint);
    await service.append(position('m1', 0.5) as JournalAppendEntry);
    expect(await readdir(data)).toEqual([
      `${CASE_ID}.${zhang.card.fingerprint.replaceAll('-', '')}.qbjournal`,
    ]);

    state.opened = null;
    await service.reconcile();
    expect(await service.status()).toEqual({ open: false, reason: 'no-package', recipient: null });
    expect(await codeOf(service.append(annotation(2)))).toBe('package-not-open');

    openPackage(zhang);
    const again = await service.status();
    expect(recordsOf(again).map((r) => r.kind)).toEqual(['annotation', 'reading-position']);
    expect(again).toMatchObject({ lastRecordNumber: 2, tornTail: null });
  });

  it('keeps only the live records: an edit replaces, a deletion removes', async () => {
    const zhang = await person('zhang');
    const { service, openPackage } = laptop(scratch());
    openPackage(zhang);
    await service.append(annotation(1));
    await service.append(annotation(2));
    const edited = { ...annotation(1), body: { type: 'TextualBody' as const, value: '改过' } };
    await service.append(edited);
    await service.append({ kind: 'annotation-deleted', annotationId: 'a2' });
    const records = recordsOf(await service.status());
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ annotationId: 'a1', body: { value: '改过' } });
  });

  it('keeps another journal for the same person on another package, and for another person', async () => {
    const zhang = await person('zhang');
    const li = await person('li');
    const data = scratch();
    const { service, openPackage } = laptop(data);
    openPackage(zhang, CASE_ID);
    await service.append(annotation(1));
    openPackage(zhang, OTHER_CASE_ID);
    expect(recordsOf(await service.status())).toEqual([]);
    await service.append(annotation(7));
    openPackage(li, CASE_ID);
    expect(recordsOf(await service.status())).toEqual([]);
    openPackage(zhang, CASE_ID);
    expect(recordsOf(await service.status()).map((r) => r.recordNumber)).toEqual([1]);
    expect((await readdir(data)).filter((name) => name.endsWith('.qbjournal'))).toHaveLength(3);
  });

  it('closes the journal when the identity locks: the file is free and appends are refused', async () => {
    const zhang = await person('zhang');
    const data = scratch();
    const { service, state, openPackage } = laptop(data);
    openPackage(zhang);
    await service.append(annotation(1));
    state.identity = null;
    await service.reconcile();
    // Closed, not merely hidden: the file opens again, which a journal still open refuses.
    const path = journalPath(data, CASE_ID, zhang.card.fingerprint);
    const direct = await openJournal(path, {
      identity: zhang,
      memory: createJournalMemory(createMemoryJsonStore()),
    });
    expect(direct.records()).toHaveLength(1);
    await direct.close();
    expect(await service.status()).toEqual({ open: false, reason: 'no-identity', recipient: null });
    expect(await codeOf(service.append(annotation(2)))).toBe('no-identity-unlocked');
  });

  it('keeps no journal for someone who is not the package recipient', async () => {
    const zhang = await person('zhang');
    const li = await person('li');
    const { service, state, openPackage } = laptop(scratch());
    openPackage(zhang);
    state.identity = li;
    expect(await service.status()).toEqual({
      open: false,
      reason: 'not-recipient',
      recipient: zhang.card.fingerprint,
    });
    expect(await codeOf(service.append(annotation(1)))).toBe('journal-needs-recipient');
  });

  it('says a torn tail once, on the first status after opening', async () => {
    const zhang = await person('zhang');
    const data = scratch();
    const { service, state, openPackage } = laptop(data);
    openPackage(zhang);
    await service.append(annotation(1));
    await service.append(annotation(2));
    state.opened = null;
    await service.reconcile();
    // A block the file system allocated but never wrote: the unfinished third append.
    await appendFile(journalPath(data, CASE_ID, zhang.card.fingerprint), Buffer.alloc(40));
    openPackage(zhang);
    const first = await service.status();
    expect(first).toMatchObject({ tornTail: { droppedBytes: 40, lastRecordNumber: 2 } });
    expect(recordsOf(first)).toHaveLength(2);
    expect(await service.status()).toMatchObject({ tornTail: null });
    expect((await service.append(annotation(3))).record.recordNumber).toBe(3);
  });

  it('backs up to the chosen folder and restores on a fresh data folder with the same identity', async () => {
    const zhang = await person('zhang');
    const root = scratch();
    const [data, usb, fresh] = [join(root, 'data'), join(root, 'usb'), join(root, 'fresh')];
    await mkdir(usb);
    const first = laptop(data);
    first.openPackage(zhang);
    await first.service.append(annotation(1));
    await first.service.append(annotation(2));
    expect(await first.service.exportBackup()).toEqual({ backup: null });
    first.chooser.folder = usb;
    const { backup } = await first.service.exportBackup();
    expect(backup).toMatchObject({ lastRecordNumber: 2 });
    expect(await readdir(usb)).toEqual([backup!.fileName]);

    const second = laptop(fresh);
    second.openPackage(zhang);
    expect(await second.service.restoreBackup()).toMatchObject({ restored: null });
    second.chooser.file = join(usb, backup!.fileName);
    const outcome = await second.service.restoreBackup();
    // Opening the package here began an empty journal (record 0): the backup replaces it.
    expect(outcome.restored).toEqual({ accepted: 2, previousHighest: 0 });
    expect(recordsOf(outcome.status).map((r) => r.recordNumber)).toEqual([1, 2]);
    expect((await second.service.append(annotation(3))).record.recordNumber).toBe(4);
    second.state.opened = null;
    await second.service.reconcile();
    second.openPackage(zhang);
    expect(recordsOf(await second.service.status()).map((r) => r.recordNumber)).toEqual([1, 2, 4]);
  });

  it('refuses to restore a backup of another case over the open package', async () => {
    const zhang = await person('zhang');
    const root = scratch();
    const [data, usb] = [join(root, 'data'), join(root, 'usb')];
    for (const dir of [data, usb]) await mkdir(dir);
    const { service, chooser, openPackage } = laptop(data);
    openPackage(zhang, OTHER_CASE_ID);
    await service.append(annotation(1));
    chooser.folder = usb;
    const { backup } = await service.exportBackup();
    openPackage(zhang, CASE_ID);
    await service.append(annotation(5));
    chooser.file = join(usb, backup!.fileName);
    expect(await codeOf(service.restoreBackup())).toBe('journal-other-case');
    expect(recordsOf(await service.status())).toMatchObject([{ annotationId: 'a5' }]);
  });

  it('keeps nothing on a host without a journals folder', async () => {
    const zhang = await person('zhang');
    const service = createCaseJournalService({
      folder: null,
      memory: createJournalMemory(createMemoryJsonStore()),
      unlockedIdentity: () => zhang,
      openCase: () => ({ caseId: CASE_ID, recipient: zhang.card.fingerprint }),
      chooser: { chooseBackupFolder: async () => null, chooseBackupFile: async () => null },
    });
    expect(await service.status()).toEqual({ open: false, reason: 'unavailable', recipient: null });
    expect(await codeOf(service.append(annotation(1)))).toBe('journal-unavailable');
  });
});

/**
 * The journal channels through the one validating dispatch, as the renderer calls them, over a
 * round sealed by the office's own code: the unlocked recipient's journal of the package the desk
 * opened, an annotation kept across a lock, a closed package and a restart of the app, closed
 * when the identity locks, a backup through main's dialog restored on a fresh data folder, and
 * nothing but the renderer's own entries and typed refusals crossing the wire.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../electron/core/identity/identity-folder';
import type { Identity } from '../../../electron/core/identity';
import { journalPath, openJournal } from '../../../electron/core/journal';
import type { JournalBackupChooser } from '../../../electron/core/journal/journal-backup-chooser';
import { createJournalMemory } from '../../../electron/core/journal/journal-memory';
import { createCoreServices } from '../../../electron/core/services';
import {
  createFileJsonStore,
  createMemoryJsonStore,
} from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import type { Dispatch } from '../../../electron/ipc/dispatch';
import type { JournalStatus } from '../../../shared/journal';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { preparedPackageChooser } from '../core/desk/prepared-package-chooser';
import { sealedRound } from '../core/desk/desk-fixtures';
import type { SealedRound } from '../core/desk/desk-fixtures';
import { STRONG, useScratch } from '../core/office/office-fixtures';

const scratch = useScratch();

const NOTE = '批注内容标记QJXV';

/** The person's identity file in the identities folder, as the identity screens leave it. */
async function keepIdentity(folder: string, identity: Identity): Promise<void> {
  await mkdir(folder, { recursive: true });
  const file = await encodeIdentityFile(identity, STRONG, 10);
  await writeFile(join(folder, identityFileName(identity.card.fingerprint)), file);
}

/** The app on one laptop, started over its data directory `dataDir`. */
function startApp(round: SealedRound, dataDir: string) {
  const packages = preparedPackageChooser({ packageFile: round.file('e02') });
  const backups: JournalBackupChooser & { folder: string | null; file: string | null } = {
    folder: null,
    file: null,
    chooseBackupFolder: async () => backups.folder,
    chooseBackupFile: async () => backups.file,
  };
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(join(dataDir, 'identities')),
    packageChooser: packages,
    journals: { folder: join(dataDir, 'journals'), chooser: backups },
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services));
  return { dispatch, backups, services, journals: join(dataDir, 'journals') };
}

function refusal(result: unknown): string | undefined {
  const r = result as { ok: boolean; error?: { reason: { code: string } } };
  return r.ok ? undefined : r.error?.reason.code;
}

function valueOf<T>(result: unknown): T {
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

function annotation(annotationId: string, note: string) {
  return {
    kind: 'annotation',
    annotationId,
    applicationId: 'a001',
    target: {
      source: 'm1',
      selector: [{ type: 'TextQuoteSelector', exact: '质量管理', prefix: '建立', suffix: '体系' }],
    },
    body: { type: 'TextualBody', value: note },
  };
}

async function unlockAndOpen(dispatch: Dispatch, round: SealedRound, withFingerprint: boolean) {
  const expert = round.identity('e02');
  valueOf(
    await dispatch('identity:unlock', {
      fingerprint: expert.card.fingerprint,
      passphrase: STRONG,
    }),
  );
  valueOf(
    await dispatch(
      'desk:open',
      withFingerprint ? { officeFingerprint: round.office.card.fingerprint } : {},
    ),
  );
}

const recordsOf = (status: JournalStatus) => (status.open ? status.records : []);

/** The journal an edit is made in, as the renderer names it from the status it was shown. */
async function shownJournal(dispatch: Dispatch) {
  const status = valueOf<JournalStatus>(await dispatch('journal:status', {}));
  if (!status.open) throw new Error(`no journal: ${status.reason}`);
  return { caseId: status.caseId, owner: status.owner };
}

/** A journal named where none is open: the refusal says why there is none. */
const someJournal = (person: Identity) => ({
  caseId: '0'.repeat(32),
  owner: person.card.fingerprint,
});

describe('journal channels', () => {
  it('keep an annotation across a lock, a closed package and a restart of the app', async () => {
    const round = await sealedRound(scratch());
    const dataDir = join(scratch(), 'userData');
    const expert = round.identity('e02');
    await keepIdentity(join(dataDir, 'identities'), expert);
    const app = startApp(round, dataDir);

    expect(valueOf(await app.dispatch('journal:status', {}))).toEqual({
      open: false,
      reason: 'no-package',
      recipient: null,
    });
    const early = await app.dispatch('journal:append', {
      journal: someJournal(expert),
      entry: annotation('n1', NOTE),
    });
    expect(refusal(early)).toBe('package-not-open');

    await unlockAndOpen(app.dispatch, round, true);
    const opened = valueOf<JournalStatus>(await app.dispatch('journal:status', {}));
    expect(opened).toMatchObject({ open: true, owner: expert.card.fingerprint, records: [] });

    const journal = await shownJournal(app.dispatch);
    const appended = valueOf<{ record: { recordNumber: number; author: string } }>(
      await app.dispatch('journal:append', { journal, entry: annotation('n1', NOTE) }),
    );
    expect(appended.record).toMatchObject({ recordNumber: 1, author: expert.card.fingerprint });
    // The renderer may not write the journal's own records, nor an annotation without a quote.
    const restoredKind = await app.dispatch('journal:append', {
      journal,
      entry: { kind: 'journal-restored', accepted: 9, previousHighest: null },
    });
    expect(refusal(restoredKind)).toBe('invalid-input');
    const noQuote = annotation('n2', NOTE);
    noQuote.target.selector = [
      { type: 'TextPositionSelector', start: 1, end: 4 },
    ] as unknown as typeof noQuote.target.selector;
    expect(refusal(await app.dispatch('journal:append', { journal, entry: noQuote }))).toBe(
      'invalid-input',
    );

    // Locking closes the journal there and then: its file opens again, which an open one refuses.
    valueOf(await app.dispatch('identity:lock', {}));
    const path = journalPath(
      app.journals,
      opened.open ? opened.caseId : '',
      expert.card.fingerprint,
    );
    const direct = await openJournal(path, {
      identity: expert,
      memory: createJournalMemory(createMemoryJsonStore()),
    });
    expect(direct.records()).toHaveLength(1);
    await direct.close();
    expect(valueOf(await app.dispatch('journal:status', {}))).toMatchObject({
      open: false,
      reason: 'no-identity',
    });
    expect(
      refusal(await app.dispatch('journal:append', { journal, entry: annotation('n3', NOTE) })),
    ).toBe('no-identity-unlocked');

    valueOf(
      await app.dispatch('identity:unlock', {
        fingerprint: expert.card.fingerprint,
        passphrase: STRONG,
      }),
    );
    const again = valueOf<JournalStatus>(await app.dispatch('journal:status', {}));
    expect(recordsOf(again)).toMatchObject([{ annotationId: 'n1', body: { value: NOTE } }]);

    valueOf(await app.dispatch('desk:close', {}));
    expect(valueOf(await app.dispatch('journal:status', {}))).toMatchObject({
      reason: 'no-package',
    });

    // The app started again over the same data directory: the office key is pinned now.
    const restarted = startApp(round, dataDir);
    await unlockAndOpen(restarted.dispatch, round, false);
    const found = valueOf<JournalStatus>(await restarted.dispatch('journal:status', {}));
    expect(recordsOf(found)).toMatchObject([{ annotationId: 'n1', body: { value: NOTE } }]);
    expect(found).toMatchObject({ lastRecordNumber: 1, tornTail: null });
    await restarted.services.desk.close();
  });

  it('refuse an edit made in a journal that is no longer the open one', async () => {
    const round = await sealedRound(scratch());
    const dataDir = join(scratch(), 'userData');
    const expert = round.identity('e02');
    await keepIdentity(join(dataDir, 'identities'), expert);
    const app = startApp(round, dataDir);
    await unlockAndOpen(app.dispatch, round, true);
    const status = valueOf<JournalStatus>(await app.dispatch('journal:status', {}));
    if (!status.open) throw new Error('the journal did not open');
    const shown = { caseId: status.caseId, owner: status.owner };
    const stale = await app.dispatch('journal:append', {
      journal: { ...shown, caseId: 'f'.repeat(32) },
      entry: annotation('n1', NOTE),
    });
    expect(refusal(stale)).toBe('journal-other-case');
    const someoneElse = await app.dispatch('journal:append', {
      journal: { ...shown, owner: round.identity('e03').card.fingerprint },
      entry: annotation('n1', NOTE),
    });
    expect(refusal(someoneElse)).toBe('journal-not-yours');
    expect(recordsOf(valueOf(await app.dispatch('journal:status', {})))).toEqual([]);
    await app.services.desk.close();
  });

  it('back up through main dialog and restore on a fresh data folder with the same identity', async () => {
    const round = await sealedRound(scratch());
    const expert = round.identity('e02');
    const usb = join(scratch(), 'usb');
    await mkdir(usb);
    const first = startApp(round, join(scratch(), 'laptop-1'));
    await keepIdentity(join(scratch(), 'laptop-1', 'identities'), expert);
    await unlockAndOpen(first.dispatch, round, true);
    const journal = await shownJournal(first.dispatch);
    valueOf(await first.dispatch('journal:append', { journal, entry: annotation('n1', NOTE) }));
    valueOf(await first.dispatch('journal:append', { journal, entry: annotation('n2', NOTE) }));

    expect(valueOf(await first.dispatch('journal:exportBackup', {}))).toEqual({ backup: null });
    first.backups.folder = usb;
    const exported = valueOf<{ backup: { fileName: string; lastRecordNumber: number } }>(
      await first.dispatch('journal:exportBackup', {}),
    );
    expect(exported.backup.lastRecordNumber).toBe(2);
    // A file name only: the chosen folder is the user's path.
    expect(JSON.stringify(exported)).not.toContain(scratch());
    expect(await readdir(usb)).toEqual([exported.backup.fileName]);
    await first.services.desk.close();

    const second = startApp(round, join(scratch(), 'laptop-2'));
    await keepIdentity(join(scratch(), 'laptop-2', 'identities'), expert);
    await unlockAndOpen(second.dispatch, round, true);
    second.backups.file = join(usb, exported.backup.fileName);
    const restored = valueOf<{ restored: unknown; status: JournalStatus }>(
      await second.dispatch('journal:restoreBackup', {}),
    );
    expect(restored.restored).toEqual({ accepted: 2, previousHighest: null });
    expect(recordsOf(restored.status).map((r) => r.recordNumber)).toEqual([1, 2]);
    const next = valueOf<{ record: { recordNumber: number } }>(
      await second.dispatch('journal:append', { journal, entry: annotation('n3', NOTE) }),
    );
    expect(next.record.recordNumber).toBe(4);
    await second.services.desk.close();
  });

  it('keep no journal for a package opened by someone who is not its recipient', async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    const dataDir = join(scratch(), 'userData');
    const other = round.identity('e03');
    await keepIdentity(join(dataDir, 'identities'), other);
    const app = startApp(round, dataDir);
    valueOf(
      await app.dispatch('identity:unlock', {
        fingerprint: other.card.fingerprint,
        passphrase: STRONG,
      }),
    );
    // e03 unlocked cannot open e02's package: the desk refuses before any journal is kept.
    const refused = await app.dispatch('desk:open', {
      officeFingerprint: round.office.card.fingerprint,
      passphrase: round.passphrase('e02'),
    });
    expect(refusal(refused)).toBeDefined();
    expect(valueOf(await app.dispatch('journal:status', {}))).toMatchObject({
      reason: 'no-package',
    });
    // Opened with its passphrase alone, then e03 unlocked: the journal waits for e02.
    valueOf(await app.dispatch('identity:lock', {}));
    valueOf(
      await app.dispatch('desk:open', {
        officeFingerprint: round.office.card.fingerprint,
        passphrase: round.passphrase('e02'),
        source: 'last-chosen',
      }),
    );
    expect(valueOf(await app.dispatch('journal:status', {}))).toMatchObject({
      reason: 'no-identity',
    });
    valueOf(
      await app.dispatch('identity:unlock', {
        fingerprint: other.card.fingerprint,
        passphrase: STRONG,
      }),
    );
    expect(valueOf(await app.dispatch('journal:status', {}))).toEqual({
      open: false,
      reason: 'not-recipient',
      recipient: round.identity('e02').card.fingerprint,
    });
    const append = await app.dispatch('journal:append', {
      journal: someJournal(other),
      entry: annotation('n1', NOTE),
    });
    expect(refusal(append)).toBe('journal-needs-recipient');
    expect(JSON.stringify(append)).not.toContain(NOTE);
    await app.services.desk.close();
  });
});

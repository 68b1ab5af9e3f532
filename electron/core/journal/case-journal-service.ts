/**
 * The journal in the app: the unlocked person's journal of the open package's case, opened (or
 * created) in the app's data directory on first use, kept open while both stay, and closed when
 * the package closes or the identity locks or changes (the key is wiped on close). It answers
 * with the views of shared/journal/journal-views.ts. An append resolves only once the record is
 * on disk (the journal's fsync): that is when the screen may say 已保存.
 *
 * The journal belongs to the package's recipient: a package opened with its passphrase by
 * someone else, or under another identity unlocked since, keeps no journal until the recipient's
 * identity is unlocked (their key signs the journal's header and unwraps its key).
 */
import { mkdir } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { liveRecords } from '../../../shared/journal';
import type {
  JournalAppendEntry,
  JournalAppended,
  JournalBackupOutcome,
  JournalRecord,
  JournalRestoreOutcome,
  JournalStatus,
  JournalTarget,
  MainWrittenEntry,
  TornTailReport,
} from '../../../shared/journal';
import type { Identity } from '../identity/identity';
import { exportJournalBackup, restoreJournalBackup } from './journal-backup';
import type { JournalBackupChooser } from './journal-backup-chooser';
import { journalDiskError } from './journal-disk-error';
import { journalPath } from './journal-file-name';
import type { JournalFileSystem } from './journal-file-system';
import type { JournalMemory } from './journal-memory';
import { createJournal, openJournal } from './journal-open';
import type { CreateJournalOptions } from './journal-open';
import type { Journal } from './journal-session';

/** The open package, as far as its journal needs it. */
export interface OpenCase {
  /** The case's id (32 hex digits). */
  readonly caseId: string;
  /** The fingerprint of the person the package was sealed for. */
  readonly recipient: string;
}

export interface CaseJournalServiceOptions {
  /** Where journals live (the app's data directory); null: this host keeps none. */
  readonly folder: string | null;
  /** The highest record numbers, outside the journals (the app's JsonStore). */
  readonly memory: JournalMemory;
  readonly unlockedIdentity: () => Identity | null;
  /** The package open on the desk, or null. */
  readonly openCase: () => OpenCase | null;
  readonly chooser: JournalBackupChooser;
  /** The disk and the clock; tests give their own. */
  readonly fs?: JournalFileSystem;
  readonly now?: () => Date;
}

export interface CaseJournalService {
  /** The journal of the open package, opened if it is not yet; a journal's refusal throws. */
  status(): Promise<JournalStatus>;
  /**
   * Appends the user's entry; resolves with the record once it is on disk. With `target`, only
   * to that journal: an edit made before a package or an identity switched never lands in the
   * journal opened since ('journal-other-case', 'journal-not-yours').
   */
  append(entry: JournalAppendEntry, target?: JournalTarget): Promise<JournalAppended>;
  /**
   * Appends an entry main made and signed (the undertaking, a declared conflict), after `check`
   * has looked at the live records under the same lock: two declarations at once cannot both
   * pass a check that only one may.
   */
  appendSigned(
    make: (records: readonly JournalRecord[], owner: string) => MainWrittenEntry,
  ): Promise<JournalAppended>;
  /** The open journal's live records (the user's own), opening it if need be. */
  liveRecords(): Promise<JournalRecord[]>;
  /** Writes an encrypted backup into the folder the dialog gives. */
  exportBackup(): Promise<JournalBackupOutcome>;
  /** Restores the backup the dialog gives as the open package's journal, and opens it. */
  restoreBackup(): Promise<JournalRestoreOutcome>;
  /** Closes the journal if its package or identity is gone; the watchers call it on a change. */
  reconcile(): Promise<void>;
  /** Closes the journal (quitting). */
  close(): Promise<void>;
}

type ClosedStatus = Extract<JournalStatus, { open: false }>;

type Want =
  | { readonly kind: 'closed'; readonly status: ClosedStatus }
  | { readonly kind: 'open'; readonly identity: Identity; readonly caseId: string };

/** The records the screens show: the user's own, live. */
function shownRecords(journal: Journal): JournalRecord[] {
  return liveRecords(journal.records()).filter((record) => record.kind !== 'journal-restored');
}

export function createCaseJournalService(options: CaseJournalServiceOptions): CaseJournalService {
  let journal: Journal | null = null;
  /** A torn tail found by the last open, until a status has told it. */
  let untoldTornTail: TornTailReport | null = null;
  // Opening, closing and restoring one at a time, and appends in between them: two calls at once
  // never open the same file twice, and an append never lands on a journal being closed.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  const journalOptions = (identity: Identity, caseId: string): CreateJournalOptions => ({
    identity,
    memory: options.memory,
    caseId,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  const wanted = (): Want => {
    const closed = (reason: 'no-package' | 'no-identity' | 'not-recipient' | 'unavailable') => ({
      kind: 'closed' as const,
      status: {
        open: false as const,
        reason,
        recipient: reason === 'not-recipient' ? (options.openCase()?.recipient ?? null) : null,
      },
    });
    if (options.folder === null) return closed('unavailable');
    const opened = options.openCase();
    if (opened === null) return closed('no-package');
    const identity = options.unlockedIdentity();
    if (identity === null) return closed('no-identity');
    if (identity.card.fingerprint !== opened.recipient) return closed('not-recipient');
    return { kind: 'open', identity, caseId: opened.caseId };
  };

  const closeOpen = async () => {
    const open = journal;
    journal = null;
    untoldTornTail = null;
    if (open !== null) await open.close();
  };

  /** Closes a journal that is no longer the wanted one. */
  const settle = async (want: Want) => {
    if (journal === null) return;
    const same =
      want.kind === 'open' &&
      journal.caseId === want.caseId &&
      journal.owner === want.identity.card.fingerprint;
    if (!same) await closeOpen();
  };

  // Only the owner reads the folder (the files are encrypted; their names are ids and a
  // public fingerprint, which is still nobody else's business).
  const ensureFolder = () =>
    mkdir(options.folder!, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      throw journalDiskError(error);
    });

  const openWanted = async (identity: Identity, caseId: string): Promise<Journal> => {
    if (journal !== null) return journal;
    const path = journalPath(options.folder!, caseId, identity.card.fingerprint);
    const opts = journalOptions(identity, caseId);
    let next: Journal;
    try {
      next = await openJournal(path, opts);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'file-not-found')) throw error;
      // The first work on this case here. A journal this machine has saved records of and that
      // is gone is refused by createJournal (journal-rolled-back): it must be restored.
      await ensureFolder();
      next = await createJournal(path, opts);
    }
    journal = next;
    untoldTornTail = next.report.tornTail;
    return next;
  };

  /** The wanted journal, open; a typed refusal when none can be. */
  const current = async (): Promise<Journal> => {
    const want = wanted();
    await settle(want);
    if (want.kind === 'closed') throw refusalOf(want.status);
    return openWanted(want.identity, want.caseId);
  };

  const statusOf = (open: Journal, tornTail: TornTailReport | null): JournalStatus => ({
    open: true,
    caseId: open.caseId,
    owner: open.owner,
    lastRecordNumber: open.lastRecordNumber(),
    records: shownRecords(open),
    tornTail,
  });

  const status = () =>
    exclusive(async (): Promise<JournalStatus> => {
      const want = wanted();
      await settle(want);
      if (want.kind === 'closed') return want.status;
      const open = await openWanted(want.identity, want.caseId);
      const tornTail = untoldTornTail;
      untoldTornTail = null;
      return statusOf(open, tornTail);
    });

  return {
    status,

    append: (entry, target) =>
      exclusive(async () => {
        const open = await current();
        if (target && target.owner !== open.owner) throw new AppError('journal-not-yours');
        if (target && target.caseId !== open.caseId) throw new AppError('journal-other-case');
        const { recordNumber } = await open.append(entry);
        // From the end: the record just saved is the last (a search from the start cost every
        // save the length of the journal).
        const record = open.records().findLast((r) => r.recordNumber === recordNumber);
        return { record: record! };
      }),

    appendSigned: (make) =>
      exclusive(async () => {
        const open = await current();
        const { recordNumber } = await open.append(make(shownRecords(open), open.owner));
        const record = open.records().findLast((r) => r.recordNumber === recordNumber);
        return { record: record! };
      }),

    liveRecords: () => exclusive(async () => shownRecords(await current())),

    async exportBackup() {
      // The journal first: with none to back up (no package or identity, a journal that will
      // not open) no dialog is shown. The dialog itself runs outside the queue: it holds up no
      // append while the person picks a folder.
      await exclusive(current);
      const folder = await options.chooser.chooseBackupFolder();
      if (folder === null) return { backup: null };
      return exclusive(async () => {
        const backup = await exportJournalBackup(await current(), folder);
        return { backup };
      });
    },

    async restoreBackup() {
      const ready = wanted();
      if (ready.kind === 'closed') throw refusalOf(ready.status);
      const file = await options.chooser.chooseBackupFile();
      if (file === null) return { restored: null, status: await status() };
      return exclusive(async () => {
        const want = wanted();
        if (want.kind === 'closed') throw refusalOf(want.status);
        // The file is free for the restore; the restored journal is opened in its place.
        await closeOpen();
        await ensureFolder();
        const restored = await restoreJournalBackup(
          file,
          options.folder!,
          journalOptions(want.identity, want.caseId),
        );
        journal = restored.journal;
        return {
          restored: { accepted: restored.accepted, previousHighest: restored.previousHighest },
          status: statusOf(restored.journal, null),
        };
      });
    },

    reconcile: () => exclusive(async () => settle(wanted())),
    close: () => exclusive(closeOpen),
  };
}

/** Why the journal cannot be used now, as the typed error an append or a backup throws. */
function refusalOf(status: ClosedStatus): AppError {
  switch (status.reason) {
    case 'no-package':
      return new AppError('package-not-open');
    case 'no-identity':
      return new AppError('no-identity-unlocked');
    case 'not-recipient':
      return new AppError('journal-needs-recipient', { recipient: status.recipient ?? '' });
    case 'unavailable':
      return new AppError('journal-unavailable');
  }
}

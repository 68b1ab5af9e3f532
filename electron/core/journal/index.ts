/** The journal: the user's own work on a case, encrypted, authenticated, append-only. */
export { createJournal, openJournal } from './journal-open';
export type { CreateJournalOptions, JournalOptions } from './journal-open';
export type { Journal } from './journal-session';
export type { CompactionResult } from './journal-compaction';
export { exportJournalBackup, restoreJournalBackup } from './journal-backup';
export type { JournalBackup, RestoredJournal } from './journal-backup';
export { createJournalMemory } from './journal-memory';
export type { JournalMemory, RememberedJournal } from './journal-memory';
export { journalFileName, journalPath } from './journal-file-name';
export { nodeJournalFileSystem } from './journal-file-system';
export type { JournalFileSystem, JournalHandle } from './journal-file-system';

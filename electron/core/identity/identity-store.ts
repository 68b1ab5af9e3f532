/**
 * The identities on this laptop (a leader who also scores may hold two): listed by their public
 * cards, created, unlocked (which is switching: one identity is unlocked at a time), locked, the
 * public card exported, backed up and restored. The private keys stay in this process: what
 * leaves it is the public card's data (shared/identity/identity-views.ts).
 *
 * A forgotten passphrase has no back door: the keys are sealed under it and nothing else. A
 * backup is the same encrypted file, under the same passphrase; it protects against a lost or
 * broken laptop, not against a forgotten passphrase.
 */
import { basename } from 'node:path';
import type {
  IdentityOverview,
  IdentityProfileInput,
  IdentityRestoreView,
  IdentitySummary,
  SavedFileView,
} from '../../../shared/identity/identity-views';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { pathInside } from '../storage/path-inside';
import { createIdentity } from './create-identity';
import type { Identity } from './identity';
import type { IdentityCard } from './identity-card';
import type { IdentityChooser } from './identity-chooser';
import { unlockIdentity } from './identity-file';
import { identityFolder, readBoundedIdentityFile } from './identity-folder';
import { cardFileName, backupFileName } from './identity-file-names';
import type { TextClipboard } from './text-clipboard';

export interface IdentityStoreOptions {
  /** The identities folder, in the app's data directory (Electron's userData). */
  readonly folder: string;
  readonly chooser: IdentityChooser;
  readonly clipboard: TextClipboard;
  /** scrypt log2 N for new identity files; 18 unless a test needs speed. */
  readonly scryptLogN?: number;
  readonly now?: () => Date;
}

export interface IdentityStore {
  overview(): Promise<IdentityOverview>;
  /** Creates an identity in the folder and unlocks it. AppError 'weak-passphrase' first. */
  create(profile: IdentityProfileInput, passphrase: string): Promise<IdentityOverview>;
  /** Unlocks the identity of that fingerprint, locking the one unlocked before (switching). */
  unlock(fingerprint: string, passphrase: string): Promise<IdentityOverview>;
  lock(): Promise<IdentityOverview>;
  /** Saves the unlocked identity's self-signed card where the person chooses. */
  exportCard(): Promise<SavedFileView>;
  /** Copies the unlocked identity's fingerprint to the system clipboard. */
  copyFingerprint(): { readonly fingerprint: string };
  /** Copies the identity's encrypted file into a folder the person chooses. */
  backup(fingerprint: string): Promise<SavedFileView>;
  /**
   * Takes an identity file from a backup the person chooses, once it opens with `passphrase`,
   * and unlocks it. A file of the same identity already here is replaced (same keys).
   */
  restore(passphrase: string): Promise<IdentityRestoreView>;
  /** The unlocked identity with its keys, for the services in this process; never over IPC. */
  unlocked(): Identity | null;
}

function summaryOf(card: IdentityCard): IdentitySummary {
  const { fingerprint, name, organisation, region, role, createdAt } = card;
  return {
    fingerprint,
    name,
    organisation,
    ...(region === undefined ? {} : { region }),
    role,
    createdAt,
  };
}

export function createIdentityStore(options: IdentityStoreOptions): IdentityStore {
  const folder = identityFolder(options.folder);
  let current: Identity | null = null;

  async function overview(): Promise<IdentityOverview> {
    const listing = await folder.list();
    return {
      identities: listing.identities.map(({ card }) => summaryOf(card)),
      current: current === null ? null : summaryOf(current.card),
      unreadable: listing.unreadable,
    };
  }

  function unlockedOrRefuse(): Identity {
    if (current === null) throw new AppError('no-identity-unlocked');
    return current;
  }

  return {
    overview,

    async create(profile, passphrase) {
      const { identity, file } = await createIdentity(profile, passphrase, {
        ...(options.scryptLogN === undefined ? {} : { scryptLogN: options.scryptLogN }),
        ...(options.now === undefined ? {} : { now: options.now() }),
      });
      await folder.write(identity.card.fingerprint, file);
      current = identity;
      return overview();
    },

    async unlock(fingerprint, passphrase) {
      const identity = await unlockIdentity(await folder.read(fingerprint), passphrase);
      // The file's name is what the person picked: its keys must be that identity's.
      if (identity.card.fingerprint !== fingerprint) {
        throw new AppError('tampered', {}, 'the identity file holds another identity');
      }
      current = identity;
      return overview();
    },

    async lock() {
      current = null;
      return overview();
    },

    async exportCard() {
      // The card of the unlocked keys, never a file's clear copy (SECURITY 23).
      const { card } = unlockedOrRefuse();
      const path = await options.chooser.chooseCardFile(cardFileName(card));
      if (path === null) return { fileName: null };
      await writeFileAtomic(path, `${JSON.stringify(card, null, 2)}\n`);
      return { fileName: basename(path) };
    },

    copyFingerprint() {
      const { fingerprint } = unlockedOrRefuse().card;
      options.clipboard.writeText(fingerprint);
      return { fingerprint };
    },

    async backup(fingerprint) {
      const bytes = await folder.read(fingerprint);
      const chosen = await options.chooser.chooseBackupFolder();
      if (chosen === null) return { fileName: null };
      const target = pathInside(chosen, backupFileName(fingerprint));
      await writeFileAtomic(target, bytes);
      // The copy is the only one a broken laptop leaves: check it reads back whole.
      const copy = await readBoundedIdentityFile(target);
      if (Buffer.compare(Buffer.from(copy), Buffer.from(bytes)) !== 0) {
        throw new AppError('tampered', {}, 'the backup copy differs from the identity file');
      }
      return { fileName: basename(target) };
    },

    async restore(passphrase) {
      const path = await options.chooser.chooseBackupFile();
      if (path === null) return { outcome: null, overview: await overview() };
      const bytes = await readBoundedIdentityFile(path);
      // Opening it proves the file whole and the passphrase the person's own, before it is kept.
      const identity = await unlockIdentity(bytes, passphrase);
      const { fingerprint } = identity.card;
      const replaced = await folder.has(fingerprint);
      await folder.write(fingerprint, bytes);
      current = identity;
      return { outcome: replaced ? 'replaced' : 'added', overview: await overview() };
    },

    unlocked: () => current,
  };
}

/**
 * The journal follows the identity and the package: after anything that locks, switches or
 * restores an identity, or opens or closes a package, the case journal service is told, and
 * closes a journal whose person or case is gone (wiping its key) there and then, not at its next
 * use. These wrap the two services without changing what they answer.
 */
import type { ExpertDesk } from '../desk/expert-desk';
import type { IdentityStore } from '../identity/identity-store';
import type { CaseJournalService } from './case-journal-service';

type Reconciling = Pick<CaseJournalService, 'reconcile'>;

/**
 * Several services that keep something of the open package or the unlocked identity in memory
 * (the journal's key, a leader's opened member sections), told one after the other.
 */
export function reconcilingAll(...followers: readonly Reconciling[]): Reconciling {
  return {
    async reconcile() {
      for (const follower of followers) await follower.reconcile().catch(() => undefined);
    },
  };
}

/** Runs `change`, then lets the journal catch up, even when the change failed half-way. */
async function thenReconcile<T>(journal: Reconciling, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    // The service forgets a journal before closing it, so a close that fails leaves nothing
    // open to write to: the change's own answer (or refusal) is what the caller hears.
    await journal.reconcile().catch(() => undefined);
  }
}

export function identitiesFollowedByJournal(
  store: IdentityStore,
  journal: Reconciling,
): IdentityStore {
  return {
    ...store,
    create: (profile, passphrase) =>
      thenReconcile(journal, () => store.create(profile, passphrase)),
    unlock: (fingerprint, passphrase) =>
      thenReconcile(journal, () => store.unlock(fingerprint, passphrase)),
    lock: () => thenReconcile(journal, () => store.lock()),
    restore: (passphrase) => thenReconcile(journal, () => store.restore(passphrase)),
  };
}

export function deskFollowedByJournal(desk: ExpertDesk, journal: Reconciling): ExpertDesk {
  return {
    ...desk,
    open: (request) => thenReconcile(journal, () => desk.open(request)),
    close: () => thenReconcile(journal, () => desk.close()),
  };
}

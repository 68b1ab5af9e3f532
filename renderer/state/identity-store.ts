/**
 * The identities on this laptop as the renderer sees them: the last overview main sent (public
 * card data only; the keys stay in main), the call under way, and the errors to show. Every
 * change goes through identity-actions.ts and comes back as a new overview.
 */
import type { IdentityOverview } from '../../shared/identity/identity-views';
import type { ShownError } from '../ipc/shown-error';
import { createStore } from './create-store';

// ---- State

/** A call to main under way, named for the busy line. */
export type IdentityTask =
  'create' | 'unlock' | 'lock' | 'exportCard' | 'copyFingerprint' | 'backup' | 'restore';

/** Where an error is shown: beside the part of the screen whose call failed. */
export type IdentityErrorSlot = 'load' | 'create' | 'unlock' | 'card' | 'backup' | 'restore';

/** What the last file operation did, said once beside its button. */
export type IdentityNotice =
  | { readonly kind: 'card-saved' | 'backup-saved'; readonly fileName: string }
  | { readonly kind: 'restored'; readonly outcome: 'added' | 'replaced'; readonly name: string }
  | { readonly kind: 'copied'; readonly fingerprint: string };

export interface IdentityState {
  readonly overview: IdentityOverview | null;
  readonly busy: IdentityTask | null;
  readonly errors: Readonly<Partial<Record<IdentityErrorSlot, ShownError>>>;
  readonly notice: IdentityNotice | null;
}

export function getEmptyIdentityState(): IdentityState {
  return { overview: null, busy: null, errors: {}, notice: null };
}

export const useIdentityStore = createStore<IdentityState>(getEmptyIdentityState);

// ---- Transitions, called by identity-actions.ts around each call to main.

export function startIdentityTask(task: IdentityTask | null): void {
  useIdentityStore.setState({ busy: task });
}

export function keepIdentityError(slot: IdentityErrorSlot, error: ShownError | null): void {
  useIdentityStore.setState(({ errors }) => {
    if (error) return { errors: { ...errors, [slot]: error } };
    if (!(slot in errors)) return {};
    const { [slot]: _cleared, ...rest } = errors;
    return { errors: rest };
  });
}

export function showIdentities(overview: IdentityOverview): void {
  useIdentityStore.setState({ overview });
}

export function showIdentityNotice(notice: IdentityNotice | null): void {
  useIdentityStore.setState({ notice });
}

// ---- Selectors

export const selectIdentityOverview = (state: IdentityState): IdentityOverview | null =>
  state.overview;
export const selectCurrentIdentity = (state: IdentityState) => state.overview?.current ?? null;
export const selectIdentityBusy = (state: IdentityState): IdentityTask | null => state.busy;
export const selectIdentityNotice = (state: IdentityState): IdentityNotice | null => state.notice;

/** The error kept for one place of a screen, or null. */
export function selectIdentityError(
  slot: IdentityErrorSlot,
): (state: IdentityState) => ShownError | null {
  return (state) => state.errors[slot] ?? null;
}

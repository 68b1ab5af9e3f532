/**
 * The create form's rules, apart from React so they are tested alone: what the form sends, and
 * what it says of the passphrase while it is typed. Main checks the same strength again.
 */
import type {
  IdentityProfileInput,
  IdentityRoleValue,
} from '../../../shared/identity/identity-views';
import type {
  PassphraseVerdict,
  PassphraseWeakness,
} from '../../../shared/security/passphrase-strength';

export interface CreateDraft {
  readonly name: string;
  readonly organisation: string;
  readonly region: string;
  readonly role: IdentityRoleValue;
  readonly passphrase: string;
  readonly confirm: string;
}

export const emptyDraft: CreateDraft = {
  name: '',
  organisation: '',
  region: '',
  role: 'expert',
  passphrase: '',
  confirm: '',
};

/** The roles a panel member takes; the office's identity is made with `qbreview identity create`. */
export const PANEL_ROLES: readonly IdentityRoleValue[] = [
  'expert',
  'leader',
  'chair',
  'vice-chair',
];

/** What the form says of the passphrase: nothing yet, still judging, why not, or that it holds. */
export type PassphraseState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'weak'; readonly weakness: PassphraseWeakness }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'strong' };

/** What an attacker tries first, as main takes it out of the passphrase. */
export function personalWords(draft: CreateDraft): string[] {
  return [draft.name, draft.organisation, draft.region];
}

/** `verdict` is null while the estimator loads. */
export function passphraseState(
  draft: CreateDraft,
  verdict: PassphraseVerdict | null,
): PassphraseState {
  if (draft.passphrase === '') return { kind: 'empty' };
  if (verdict === null) return { kind: 'checking' };
  if (!verdict.acceptable) return { kind: 'weak', weakness: verdict.weakness ?? 'guessable' };
  if (draft.confirm !== '' && draft.confirm !== draft.passphrase) return { kind: 'mismatch' };
  return { kind: 'strong' };
}

/** The profile to send once every field is filled and the passphrase holds, typed twice alike. */
export function readyProfile(
  draft: CreateDraft,
  state: PassphraseState,
): IdentityProfileInput | null {
  const name = draft.name.trim();
  const organisation = draft.organisation.trim();
  const region = draft.region.trim();
  if (!name || !organisation || !region) return null;
  if (state.kind !== 'strong' || draft.confirm !== draft.passphrase) return null;
  return { name, organisation, region, role: draft.role };
}

/** The identities kept on this laptop: which one is meant, and whether one is unlocked. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface IdentityErrorParams {
  /** No identity file of that fingerprint in the app's identities folder. */
  'identity-not-found': { readonly fingerprint: string };
  /** Exporting the card or copying the fingerprint needs the identity unlocked first. */
  'no-identity-unlocked': NoParams;
}

export const identityCatalogue: CatalogueOf<IdentityErrorParams> = {
  'identity-not-found': {
    kind: 'not-found',
    zh: ({ fingerprint }) => `本机没有指纹为 ${fingerprint} 的身份。`,
    en: ({ fingerprint }) => `This computer holds no identity with the fingerprint ${fingerprint}.`,
  },
  'no-identity-unlocked': fixedWords(
    '请先以口令解锁身份。',
    'Unlock an identity with its passphrase first.',
    'not-found',
  ),
};

/**
 * `identity:` channels: each maps its validated request to one call of the identity service.
 * What comes back is public card data; the unlocked keys stay in the service.
 */
import type { IdentityStore } from '../core/identity/identity-store';
import type { AreaHandlers } from './handler-map';

export function identityHandlers(identities: IdentityStore): AreaHandlers<'identity'> {
  return {
    'identity:list': () => identities.overview(),
    'identity:create': ({ profile, passphrase }) => identities.create(profile, passphrase),
    'identity:unlock': ({ fingerprint, passphrase }) => identities.unlock(fingerprint, passphrase),
    'identity:lock': () => identities.lock(),
    'identity:exportCard': () => identities.exportCard(),
    'identity:copyFingerprint': () => identities.copyFingerprint(),
    'identity:backup': ({ fingerprint }) => identities.backup(fingerprint),
    'identity:restore': ({ passphrase }) => identities.restore(passphrase),
  };
}

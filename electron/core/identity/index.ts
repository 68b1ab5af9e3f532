export { createIdentity } from './create-identity';
export type { CreateIdentityOptions, CreatedIdentity } from './create-identity';
export { fingerprintOf, normaliseFingerprint } from './fingerprint';
export type { PublicKeys } from './fingerprint';
export { identityCard, identityFromKeys } from './identity';
export type { Identity } from './identity';
export { IDENTITY_ROLES, parseIdentityCard, signingPublicKeyOf } from './identity-card';
export type { IdentityCard, IdentityProfile, IdentityRole } from './identity-card';
export { encodeIdentityFile, readIdentityFileCard, unlockIdentity } from './identity-file';

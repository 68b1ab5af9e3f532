/**
 * The identity file: JSON with the public card in clear (so a file can say whose it is before
 * it is unlocked) and the private keys, with a copy of the card, in an ASCII-armoured age file
 * sealed under the owner's passphrase (scrypt, work factor 2^18, capped at 2^20 on read).
 * Unlocking checks that the private keys give the card's public keys and that the clear card is
 * the sealed one, so editing the clear card is detected.
 */
import { isDeepStrictEqual } from 'node:util';
import { armor } from 'age-encryption';
import { z } from 'zod';
import { decryptWithPassphrase, encryptWithPassphrase } from '../crypto/age-passphrase';
import { isAgeIdentity } from '../crypto/age-recipients';
import { AppError } from '../../../shared/errors';
import { signingSeedOf } from '../crypto/ed25519-keys';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import { identityFromKeys } from './identity';
import type { Identity } from './identity';
import { identityCardSchema } from './identity-card';
import type { IdentityCard } from './identity-card';

const IDENTITY_FILE_KIND = 'qbreview-identity';
const IDENTITY_FILE_VERSION = 2;
/** An identity file is a few kilobytes; refuse to parse anything near this. */
const MAX_IDENTITY_FILE_BYTES = 256 * 1024;

const identityFileSchema = z.strictObject({
  kind: z.literal(IDENTITY_FILE_KIND),
  version: z.number(),
  card: identityCardSchema,
  secret: z.string().max(MAX_IDENTITY_FILE_BYTES),
});

const sealedSecretSchema = z.strictObject({
  card: identityCardSchema,
  signingSeed: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  ageIdentity: z.string().refine(isAgeIdentity),
});

export async function encodeIdentityFile(
  identity: Identity,
  passphrase: string,
  scryptLogN: number = DEFAULT_SCRYPT_LOG_N,
): Promise<Uint8Array> {
  const secret = JSON.stringify({
    card: identity.card,
    signingSeed: Buffer.from(signingSeedOf(identity.signingKey)).toString('base64'),
    ageIdentity: identity.ageIdentity,
  });
  const sealed = await encryptWithPassphrase(Buffer.from(secret, 'utf8'), passphrase, scryptLogN);
  const file = {
    kind: IDENTITY_FILE_KIND,
    version: IDENTITY_FILE_VERSION,
    card: identity.card,
    secret: armor.encode(sealed),
  };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

/**
 * The card in an identity file's clear part, to say whose file it is before it is unlocked.
 * Nothing here is verified: whoever could write the file could change it. Never export or
 * register this card; export the card of the unlocked identity (SECURITY 23).
 */
export function readIdentityFileCard(fileBytes: Uint8Array): IdentityCard {
  return parseIdentityFile(fileBytes).card;
}

/**
 * Opens an identity file. Throws an AppError of the crypto family: wrong-passphrase, not-an-identity,
 * unsupported-version, limits-exceeded (size or work factor), tampered.
 */
export async function unlockIdentity(fileBytes: Uint8Array, passphrase: string): Promise<Identity> {
  const file = parseIdentityFile(fileBytes);
  let sealed: Uint8Array;
  try {
    sealed = armor.decode(file.secret);
  } catch {
    throw new AppError('tampered', {}, 'the sealed part is not an armoured age file');
  }
  const plaintext = await decryptWithPassphrase(sealed, passphrase);
  let secret: z.infer<typeof sealedSecretSchema>;
  try {
    secret = sealedSecretSchema.parse(JSON.parse(Buffer.from(plaintext).toString('utf8')));
  } catch {
    throw new AppError('tampered', {}, 'the sealed part is malformed');
  }
  const { card } = secret;
  const { name, organisation, region, role } = card;
  const identity = await identityFromKeys(
    { name, organisation, ...(region === undefined ? {} : { region }), role },
    card.createdAt,
    Buffer.from(secret.signingSeed, 'base64'),
    secret.ageIdentity,
  );
  if (!isDeepStrictEqual(identity.card, card) || !isDeepStrictEqual(file.card, card)) {
    throw new AppError('tampered', {}, 'the card does not match the sealed keys');
  }
  return identity;
}

function parseIdentityFile(fileBytes: Uint8Array): z.infer<typeof identityFileSchema> {
  if (fileBytes.length > MAX_IDENTITY_FILE_BYTES) {
    throw new AppError('limits-exceeded', {}, 'identity file larger than 256 KiB');
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(fileBytes).toString('utf8'));
  } catch {
    throw new AppError('not-an-identity', {}, 'not JSON');
  }
  const head = z.looseObject({ kind: z.literal(IDENTITY_FILE_KIND), version: z.number() });
  const kind = head.safeParse(json);
  if (!kind.success) throw new AppError('not-an-identity');
  if (kind.data.version !== IDENTITY_FILE_VERSION) {
    throw new AppError('unsupported-version', {}, `identity file version ${kind.data.version}`);
  }
  const parsed = identityFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('tampered', {}, 'malformed identity file');
  return parsed.data;
}

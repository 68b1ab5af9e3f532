/**
 * The age v1 X25519 recipient stanza (C2SP age, "X25519 recipient stanza") computed with
 * node:crypto: OpenSSL's X25519, HKDF-SHA-256 and ChaCha20-Poly1305 instead of age-encryption's
 * pure-JavaScript ones, which cost milliseconds per stanza; a chair's merge opens thousands.
 * The rest of the file (header, MAC, payload) is age-native.ts's. It refuses what age refuses: a share that is not 32 bytes of canonical unpadded
 * base64, a body that is not 32 bytes, a low-order share (all-zero shared secret); a failed tag
 * means "not for this identity", as in age.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  timingSafeEqual,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { Stanza } from 'age-encryption';
import type { Identity, Recipient } from 'age-encryption';
import type { AgeStanza } from './age-file';
import { hkdfSha256 } from './hkdf-sha256';

const STANZA_TYPE = 'X25519';
const LABEL = Buffer.from('age-encryption.org/v1/X25519', 'latin1');
const ZERO_NONCE = Buffer.alloc(12);
const POINT_LENGTH = 32;
const FILE_KEY_LENGTH = 16;
const TAG_LENGTH = 16;
const ALL_ZERO = Buffer.alloc(POINT_LENGTH);
/** A malformed X25519 stanza: age refuses the file rather than trying the next stanza. */
export class InvalidX25519Stanza extends Error {
  constructor(why: string) {
    super(`invalid X25519 stanza: ${why}`);
    this.name = 'InvalidX25519Stanza';
  }
}

function base64NoPad(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

/** Strict unpadded base64 (age's): anything else is not canonical and is refused. */
function decodeBase64NoPad(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return base64NoPad(bytes) === text ? bytes : null;
}

/**
 * Keys go in and out as JWK, not DER: OpenSSL 3's DER decoder costs about 170 µs a key here,
 * a JWK import about 25 µs (Node hands the raw bytes to EVP_PKEY_new_raw_*_key).
 */
function publicKeyObject(point: Uint8Array): KeyObject {
  const jwk = { kty: 'OKP', crv: 'X25519', x: Buffer.from(point).toString('base64url') };
  return createPublicKey({ key: jwk, format: 'jwk' });
}

function rawPublicKey(key: KeyObject): Buffer {
  const { x } = key.export({ format: 'jwk' });
  if (x === undefined) throw new Error('an X25519 public key exports its x');
  return Buffer.from(x, 'base64url');
}

/**
 * The private key of a scalar. Node's JWK parser requires `x` but builds a private OKP key from
 * `d` alone; the recipient used in the salt is derived from the key afterwards (rawPublicKey of
 * createPublicKey), so the empty `x` given here never reaches the computation.
 */
function privateKeyObject(scalar: Uint8Array): KeyObject {
  const jwk = { kty: 'OKP', crv: 'X25519', d: Buffer.from(scalar).toString('base64url'), x: '' };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

/** X25519(privateKey, peer); a low-order peer gives an all-zero secret, which age refuses. */
function sharedSecret(privateKey: KeyObject, peer: Uint8Array): Buffer {
  let secret: Buffer;
  try {
    secret = diffieHellman({ privateKey, publicKey: publicKeyObject(peer) });
  } catch {
    // OpenSSL itself refuses the all-zero result of a low-order point.
    throw new InvalidX25519Stanza('low-order share');
  }
  if (secret.length !== POINT_LENGTH || timingSafeEqual(secret, ALL_ZERO)) {
    secret.fill(0);
    throw new InvalidX25519Stanza('low-order share');
  }
  return secret;
}

function wrapKey(secret: Buffer, share: Uint8Array, recipient: Uint8Array): Buffer {
  const salt = Buffer.concat([share, recipient]);
  return hkdfSha256(secret, salt, LABEL, 32);
}

/** The file key sealed for one X25519 recipient (32 raw bytes), with a fresh ephemeral key. */
export function wrapX25519FileKey(fileKey: Uint8Array, recipient: Uint8Array): Stanza {
  if (fileKey.length !== FILE_KEY_LENGTH) throw new RangeError('an age file key is 16 bytes');
  if (recipient.length !== POINT_LENGTH) throw new RangeError('an X25519 key is 32 bytes');
  const ephemeral = generateKeyPairSync('x25519');
  const share = rawPublicKey(ephemeral.publicKey);
  const secret = sharedSecret(ephemeral.privateKey, recipient);
  const key = wrapKey(secret, share, recipient);
  secret.fill(0);
  const cipher = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, {
    authTagLength: TAG_LENGTH,
  });
  const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
  key.fill(0);
  return new Stanza([STANZA_TYPE, base64NoPad(share)], body);
}

/** An X25519 stanza's ephemeral share and its sealed file key, each checked as age checks them. */
export interface X25519StanzaParts {
  readonly share: Buffer;
  readonly body: Uint8Array;
}

/**
 * The share and body of `stanza` when it is an X25519 stanza, null when it is another type.
 * Throws InvalidX25519Stanza when malformed (age refuses the file then).
 */
export function x25519StanzaParts(stanza: AgeStanza): X25519StanzaParts | null {
  if (stanza.args[0] !== STANZA_TYPE) return null;
  const shareText = stanza.args[1];
  if (stanza.args.length !== 2 || shareText === undefined) {
    throw new InvalidX25519Stanza('wrong argument count');
  }
  const share = decodeBase64NoPad(shareText);
  if (share === null || share.length !== POINT_LENGTH) {
    throw new InvalidX25519Stanza('share is not 32 bytes of canonical base64');
  }
  if (stanza.body.length !== FILE_KEY_LENGTH + TAG_LENGTH) {
    throw new InvalidX25519Stanza('body is not 32 bytes');
  }
  return { share, body: stanza.body };
}

/**
 * The file key if `stanza` is an X25519 stanza for this identity; null when it is another type
 * or its tag fails (sealed for someone else). Throws InvalidX25519Stanza when malformed.
 */
export function unwrapX25519Stanza(
  stanza: AgeStanza,
  privateKey: KeyObject,
  recipient: Uint8Array,
): Uint8Array | null {
  const parts = x25519StanzaParts(stanza);
  if (parts === null) return null;
  const { share, body } = parts;
  const secret = sharedSecret(privateKey, share);
  const key = wrapKey(secret, share, recipient);
  secret.fill(0);
  const decipher = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, {
    authTagLength: TAG_LENGTH,
  });
  key.fill(0);
  decipher.setAuthTag(body.subarray(FILE_KEY_LENGTH));
  try {
    // The cipher checks the tag (in constant time) in final().
    return Buffer.concat([decipher.update(body.subarray(0, FILE_KEY_LENGTH)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The X25519 public key (32 raw bytes) of a scalar. */
export function x25519PublicKeyOf(scalar: Uint8Array): Buffer {
  if (scalar.length !== POINT_LENGTH) throw new RangeError('an X25519 key is 32 bytes');
  return rawPublicKey(createPublicKey(privateKeyObject(scalar)));
}

/** An age-encryption Recipient for one X25519 public key (32 raw bytes). */
export class NativeX25519Recipient implements Recipient {
  private readonly recipient: Uint8Array;

  constructor(recipient: Uint8Array) {
    if (recipient.length !== POINT_LENGTH) throw new RangeError('an X25519 key is 32 bytes');
    this.recipient = Uint8Array.from(recipient);
  }

  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    return [wrapX25519FileKey(fileKey, this.recipient)];
  }
}

/** An age-encryption Identity for one X25519 scalar (32 raw bytes), as age's X25519 identity. */
export class NativeX25519Identity implements Identity {
  private readonly privateKey: KeyObject;
  private readonly recipient: Buffer;

  constructor(scalar: Uint8Array) {
    if (scalar.length !== POINT_LENGTH) throw new RangeError('an X25519 key is 32 bytes');
    this.privateKey = privateKeyObject(scalar);
    this.recipient = rawPublicKey(createPublicKey(this.privateKey));
  }

  unwrapFileKey(stanzas: readonly AgeStanza[]): Uint8Array | null {
    for (const stanza of stanzas) {
      const fileKey = unwrapX25519Stanza(stanza, this.privateKey, this.recipient);
      if (fileKey !== null) return fileKey;
    }
    return null;
  }
}

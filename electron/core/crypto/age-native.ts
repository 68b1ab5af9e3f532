/**
 * A whole age v1 file for X25519 recipients, sealed and opened with node:crypto alone: the
 * header (age-file.ts), its HMAC-SHA-256 under HKDF(file key, "header"), the X25519 stanzas
 * (x25519-stanza.ts) and the STREAM payload (age-stream.ts). The bytes are age's: files from
 * age-encryption and Debian's age open here, and files sealed here open with both (tests).
 * Opening checks in age's order: the header parses, a stanza is for the identity (the first
 * that is, in file order; a malformed X25519 stanza met before it refuses the file), the MAC,
 * then every chunk of the payload.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AgeHeaderBounds, AgeStanza } from './age-file';
import { encodeAgeHeaderNoMac, encodeAgeMacLine, parseAgeFile } from './age-file';
import { InvalidAgePayload, openAgeStream, sealAgeStream } from './age-stream';
import { hkdfSha256 } from './hkdf-sha256';
import type { NativeX25519Identity } from './x25519-stanza';
import { wrapX25519FileKey } from './x25519-stanza';

const FILE_KEY_BYTES = 16;
const NONCE_BYTES = 16;
const MAC_BYTES = 32;
const EMPTY = Buffer.alloc(0);
const HEADER_LABEL = Buffer.from('header', 'latin1');
const PAYLOAD_LABEL = Buffer.from('payload', 'latin1');

/** No stanza of the file is for this identity. */
export class AgeNotForIdentity extends Error {
  constructor() {
    super('no identity matched any of the file’s recipients');
    this.name = 'AgeNotForIdentity';
  }
}

/** The header MAC does not verify under the file key a stanza gave. */
export class InvalidAgeMac extends Error {
  constructor() {
    super('invalid header HMAC');
    this.name = 'InvalidAgeMac';
  }
}

function headerMac(fileKey: Uint8Array, headerNoMac: Uint8Array): Buffer {
  const key = hkdfSha256(fileKey, EMPTY, HEADER_LABEL, 32);
  const mac = createHmac('sha256', key).update(headerNoMac).digest();
  key.fill(0);
  return mac;
}

/**
 * The age file of `payload` under `fileKey`, with these stanzas and this payload nonce: the one
 * deterministic step of sealing, apart so that a test can rebuild a library's file byte for byte.
 */
export function assembleAgeFile(request: {
  readonly fileKey: Uint8Array;
  readonly stanzas: readonly AgeStanza[];
  readonly nonce: Uint8Array;
  readonly payload: Uint8Array;
}): Buffer {
  const { fileKey, nonce } = request;
  if (fileKey.length !== FILE_KEY_BYTES) throw new RangeError('an age file key is 16 bytes');
  if (nonce.length !== NONCE_BYTES) throw new RangeError('an age payload nonce is 16 bytes');
  const headerNoMac = encodeAgeHeaderNoMac(request.stanzas);
  const mac = headerMac(fileKey, headerNoMac);
  const streamKey = hkdfSha256(fileKey, nonce, PAYLOAD_LABEL, 32);
  const sealed = sealAgeStream(streamKey, request.payload);
  streamKey.fill(0);
  return Buffer.concat([headerNoMac, encodeAgeMacLine(mac), nonce, sealed]);
}

/** `payload` sealed for X25519 recipients given as their 32-byte public keys, in this order. */
export function sealAgeFile(payload: Uint8Array, recipients: readonly Uint8Array[]): Buffer {
  if (recipients.length === 0) throw new RangeError('no recipients');
  const fileKey = randomBytes(FILE_KEY_BYTES);
  try {
    const stanzas = recipients.map((recipient) => wrapX25519FileKey(fileKey, recipient));
    return assembleAgeFile({ fileKey, stanzas, nonce: randomBytes(NONCE_BYTES), payload });
  } finally {
    fileKey.fill(0);
  }
}

/**
 * The payload of `file` for `identity`. Throws AgeNotForIdentity when no stanza is for it, and
 * InvalidAgeHeader, InvalidX25519Stanza, InvalidAgeMac or InvalidAgePayload when it is damaged.
 */
export function openAgeFile(file: Uint8Array, identity: NativeX25519Identity): Buffer {
  const parsed = parseAgeFile(file);
  const fileKey = identity.unwrapFileKey(parsed.stanzas);
  if (fileKey === null) throw new AgeNotForIdentity();
  try {
    return openAgePayload(file, parsed, fileKey);
  } finally {
    fileKey.fill(0);
  }
}

/**
 * The payload of a parsed file whose file key a stanza (or a carried key) gave: the header MAC
 * checked first, then every chunk. Throws InvalidAgeMac or InvalidAgePayload.
 */
export function openAgePayload(
  file: Uint8Array,
  parsed: AgeHeaderBounds,
  fileKey: Uint8Array,
): Buffer {
  const mac = headerMac(fileKey, parsed.headerNoMac);
  if (parsed.mac.length !== MAC_BYTES || !timingSafeEqual(parsed.mac, mac)) {
    throw new InvalidAgeMac();
  }
  const rest = file.subarray(parsed.payloadOffset);
  if (rest.length < NONCE_BYTES) throw new InvalidAgePayload('no payload nonce');
  const streamKey = hkdfSha256(fileKey, rest.subarray(0, NONCE_BYTES), PAYLOAD_LABEL, 32);
  try {
    return openAgeStream(streamKey, rest.subarray(NONCE_BYTES));
  } finally {
    streamKey.fill(0);
  }
}

/**
 * The native age file (age-native.ts: header, MAC, STREAM payload, X25519 stanzas with
 * node:crypto) against age-encryption itself: it opens the library's files at every chunk
 * boundary, rebuilds them byte for byte from their file key, stanzas and nonce, seals files the
 * library opens, and, on damaged files (every byte flipped in turn, every truncation, a chunk's
 * tag replaced, chunks swapped, a byte added), refuses exactly where the library refuses, for
 * the same reason (not for this identity, or damaged).
 */
import { randomBytes } from 'node:crypto';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { InvalidAgeHeader, parseAgeFile } from '../../../../electron/core/crypto/age-file';
import {
  AgeNotForIdentity,
  InvalidAgeMac,
  assembleAgeFile,
  openAgeFile,
  sealAgeFile,
} from '../../../../electron/core/crypto/age-native';
import {
  ageIdentityOpener,
  ageRecipientKey,
} from '../../../../electron/core/crypto/age-recipients';
import { AGE_CHUNK_BYTES, InvalidAgePayload } from '../../../../electron/core/crypto/age-stream';
import { hkdfSha256 } from '../../../../electron/core/crypto/hkdf-sha256';
import { InvalidX25519Stanza } from '../../../../electron/core/crypto/x25519-stanza';
import { hkdfSync } from 'node:crypto';

type Outcome = { readonly plaintext: string } | { readonly refused: 'not-for-me' | 'damaged' };

const reader = await generateX25519Identity();
const readerRecipient = await identityToRecipient(reader);
const opener = ageIdentityOpener(reader);
const others = await Promise.all(
  Array.from({ length: 3 }, async () => identityToRecipient(await generateX25519Identity())),
);

async function libraryFile(payload: Uint8Array, recipients = [...others, readerRecipient]) {
  const encrypter = new Encrypter();
  for (const r of recipients) encrypter.addRecipient(r);
  return Buffer.from(await encrypter.encrypt(payload));
}

async function byLibrary(file: Uint8Array): Promise<Outcome> {
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(reader);
    return { plaintext: Buffer.from(await decrypter.decrypt(file)).toString('hex') };
  } catch (error) {
    const message = (error as Error).message;
    return { refused: message.includes('no identity matched') ? 'not-for-me' : 'damaged' };
  }
}

function natively(file: Uint8Array): Outcome {
  try {
    return { plaintext: openAgeFile(file, opener).toString('hex') };
  } catch (error) {
    if (error instanceof AgeNotForIdentity) return { refused: 'not-for-me' };
    if (
      error instanceof InvalidAgeHeader ||
      error instanceof InvalidX25519Stanza ||
      error instanceof InvalidAgeMac ||
      error instanceof InvalidAgePayload
    ) {
      return { refused: 'damaged' };
    }
    throw error;
  }
}

async function expectAgreement(file: Uint8Array, what: string): Promise<Outcome> {
  const library = await byLibrary(file);
  expect(natively(file), what).toEqual(library);
  return library;
}

function flipped(bytes: Uint8Array, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

const SIZES = [
  0,
  1,
  56,
  AGE_CHUNK_BYTES - 1,
  AGE_CHUNK_BYTES,
  AGE_CHUNK_BYTES + 1,
  2 * AGE_CHUNK_BYTES,
  2 * AGE_CHUNK_BYTES + 100,
];

describe('the native age file against age-encryption', () => {
  it('derives HKDF-SHA-256 as node:crypto does', () => {
    for (const salt of [Buffer.alloc(0), randomBytes(16), randomBytes(64)]) {
      const ikm = randomBytes(32);
      const info = Buffer.from('age-encryption.org/v1/X25519');
      expect(hkdfSha256(ikm, salt, info, 32)).toEqual(
        Buffer.from(hkdfSync('sha256', ikm, salt, info, 32)),
      );
      expect(hkdfSha256(ikm, salt, info, 12)).toEqual(
        Buffer.from(hkdfSync('sha256', ikm, salt, info, 12)),
      );
    }
  });

  it('opens the library’s files at every chunk boundary, and rebuilds them byte for byte', async () => {
    for (const size of SIZES) {
      const payload = randomBytes(size);
      const file = await libraryFile(payload);
      expect(openAgeFile(file, opener)).toEqual(payload);
      const parsed = parseAgeFile(file);
      const fileKey = opener.unwrapFileKey(parsed.stanzas)!;
      const nonce = file.subarray(parsed.payloadOffset, parsed.payloadOffset + 16);
      expect(assembleAgeFile({ fileKey, stanzas: parsed.stanzas, nonce, payload })).toEqual(file);
    }
  });

  it('seals files the library opens, at every chunk boundary', async () => {
    for (const size of SIZES) {
      const payload = randomBytes(size);
      const file = sealAgeFile(payload, [...others, readerRecipient].map(ageRecipientKey));
      expect(await byLibrary(file)).toEqual({ plaintext: payload.toString('hex') });
    }
  });

  it('refuses where the library refuses: every byte of a small file flipped, every truncation', async () => {
    const file = await libraryFile(randomBytes(56));
    for (let offset = 0; offset < file.length; offset++) {
      await expectAgreement(flipped(file, offset), `byte ${offset} flipped`);
    }
    for (let length = 0; length < file.length; length++) {
      const outcome = await expectAgreement(file.subarray(0, length), `cut to ${length}`);
      expect(outcome).toHaveProperty('refused');
    }
    await expectAgreement(Buffer.concat([file, Buffer.of(0)]), 'a byte added');
  });

  it('refuses where the library refuses in a file of three chunks', async () => {
    const file = await libraryFile(randomBytes(2 * AGE_CHUNK_BYTES + 100));
    const { payloadOffset } = parseAgeFile(file);
    const chunk = AGE_CHUNK_BYTES + 16;
    const start = payloadOffset + 16;
    const offsets = [
      payloadOffset, // the nonce
      start, // chunk 0, first byte
      start + chunk - 1, // chunk 0's tag
      start + chunk + 5000, // chunk 1
      start + 2 * chunk - 16, // chunk 1's tag
      file.length - 17, // the last chunk's body
      file.length - 1, // the last chunk's tag
    ];
    for (const offset of offsets) {
      const outcome = await expectAgreement(flipped(file, offset), `byte ${offset} flipped`);
      expect(outcome).toEqual({ refused: 'damaged' });
    }
    const cuts = [
      file.length - 1, // the final chunk truncated
      file.length - 116, // the final chunk gone: chunk 1 is not marked last
      start + 2 * chunk + 16, // an empty final chunk after full ones
      start + 2 * chunk + 5, // a final chunk shorter than a tag
    ];
    for (const length of cuts) {
      const outcome = await expectAgreement(file.subarray(0, length), `cut to ${length}`);
      expect(outcome).toEqual({ refused: 'damaged' });
    }
    const wrongTag = Buffer.from(file);
    randomBytes(16).copy(wrongTag, start + chunk - 16);
    expect(await expectAgreement(wrongTag, 'a wrong tag')).toEqual({ refused: 'damaged' });
    const swapped = Buffer.concat([
      file.subarray(0, start),
      file.subarray(start + chunk, start + 2 * chunk),
      file.subarray(start, start + chunk),
      file.subarray(start + 2 * chunk),
    ]);
    expect(await expectAgreement(swapped, 'chunks swapped')).toEqual({ refused: 'damaged' });
  });

  it('says not for this identity, as the library does', async () => {
    const file = await libraryFile(randomBytes(56), others);
    expect(await expectAgreement(file, 'not for the reader')).toEqual({ refused: 'not-for-me' });
  });
});

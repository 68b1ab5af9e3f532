/**
 * Many age files opened at once with the stanzas tried on the stanza pool's worker threads
 * (age-open-many.ts) give, file by file, what opening each alone on this thread gives (and what
 * age-encryption gives): the payload, not for this identity, or refused as damaged, on real
 * files and on damaged ones (flipped bytes everywhere in a wrap, a low-order share or a
 * malformed stanza before or after the reader's own, a truncated payload, a wrong MAC).
 */
import { randomBytes } from 'node:crypto';
import {
  Decrypter,
  Encrypter,
  Stanza,
  generateX25519Identity,
  identityToRecipient,
} from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import { identityKeyBytes, recipientKeyBytes } from '../../../../electron/core/crypto/age-bech32';
import { assembleAgeFile } from '../../../../electron/core/crypto/age-native';
import type { AgeOpenOutcome } from '../../../../electron/core/crypto/age-open-many';
import { openAgeFiles } from '../../../../electron/core/crypto/age-open-many';
import { StanzaPool } from '../../../../electron/core/crypto/stanza-pool';
import { wrapX25519FileKey } from '../../../../electron/core/crypto/x25519-stanza';

const pool = new StanzaPool({ size: 2, wrapsPerJob: 3 });
afterAll(() => pool.close());

const reader = await generateX25519Identity();
const readerKey = recipientKeyBytes(await identityToRecipient(reader))!;
const others = await Promise.all(
  Array.from({ length: 7 }, async () => identityToRecipient(await generateX25519Identity())),
);
const PAYLOAD = randomBytes(56);

async function libraryFile(recipients: readonly string[]): Promise<Buffer> {
  const encrypter = new Encrypter();
  for (const r of recipients) encrypter.addRecipient(r);
  return Buffer.from(await encrypter.encrypt(PAYLOAD));
}

/** A file with these stanzas around the reader's at `place`, MAC and payload made for them. */
function fileWith(before: readonly Stanza[], after: readonly Stanza[]): Buffer {
  const fileKey = randomBytes(16);
  const mine = wrapX25519FileKey(fileKey, readerKey);
  return assembleAgeFile({
    fileKey,
    stanzas: [...before, mine, ...after],
    nonce: randomBytes(16),
    payload: PAYLOAD,
  });
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');
const lowOrder = new Stanza(['X25519', b64(Buffer.alloc(32))], randomBytes(32));
const shortBody = new Stanza(['X25519', b64(randomBytes(32))], randomBytes(31));
const extraArgument = new Stanza(['X25519', b64(randomBytes(32)), 'x'], randomBytes(32));
const otherType = new Stanza(['scrypt', b64(randomBytes(16)), '10'], randomBytes(32));

function flipped(bytes: Uint8Array, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

/** An outcome in words: the payload, not for me, or the error's code. */
function described(outcome: AgeOpenOutcome): string {
  if ('payload' in outcome) {
    return outcome.payload === null ? 'not for me' : Buffer.from(outcome.payload).toString('hex');
  }
  return isAppError(outcome.error) ? outcome.error.code : `thrown: ${String(outcome.error)}`;
}

async function byLibrary(file: Uint8Array): Promise<string> {
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(reader);
    return Buffer.from(await decrypter.decrypt(file)).toString('hex');
  } catch (error) {
    return (error as Error).message.includes('no identity matched') ? 'not for me' : 'tampered';
  }
}

describe('openAgeFiles', () => {
  it('gives, file by file, what opening each alone and age-encryption give', async () => {
    const genuine = await libraryFile([...others.slice(0, 4), await identityToRecipient(reader)]);
    const files: Buffer[] = [
      genuine,
      await libraryFile(others),
      fileWith([otherType], []),
      fileWith([lowOrder], []),
      fileWith([], [lowOrder]),
      fileWith([shortBody], []),
      fileWith([], [shortBody]),
      fileWith([extraArgument], []),
      fileWith([], [extraArgument]),
      genuine.subarray(0, genuine.length - 1),
      flipped(genuine, genuine.indexOf('\n---') + 6),
    ];
    for (let offset = 0; offset < genuine.length; offset += 7) files.push(flipped(genuine, offset));

    const pooled = (await openAgeFiles(files, reader, { pool })).map(described);
    const alone = (await openAgeFiles(files, reader, { pool: null })).map(described);
    expect(pooled).toEqual(alone);
    const library = await Promise.all(files.map(byLibrary));
    expect(pooled).toEqual(library);
    // Every kind of outcome was met.
    expect(new Set(pooled)).toEqual(new Set([PAYLOAD.toString('hex'), 'not for me', 'tampered']));
    expect(pooled.slice(0, 9)).toEqual([
      PAYLOAD.toString('hex'),
      'not for me',
      PAYLOAD.toString('hex'),
      'tampered', // a low-order share before the reader's stanza
      PAYLOAD.toString('hex'), // after it: never tried
      'tampered',
      PAYLOAD.toString('hex'),
      'tampered',
      PAYLOAD.toString('hex'),
    ]);
  });

  it('opens payloads of several chunks in the workers as alone, and refuses a damaged chunk', async () => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(reader));
    const big = Buffer.from(await encrypter.encrypt(randomBytes(2 * 64 * 1024 + 100)));
    const files = [
      big,
      flipped(big, big.length - 1), // the last chunk's tag
      flipped(big, big.length - 200), // the second chunk
      big.subarray(0, big.length - 116), // the final chunk removed
      big.subarray(0, big.length - 1), // the final chunk cut
      Buffer.concat([big, Buffer.of(0)]),
    ];
    const pooled = (await openAgeFiles(files, reader, { pool })).map(described);
    expect(pooled).toEqual((await openAgeFiles(files, reader, { pool: null })).map(described));
    expect(pooled).toEqual(await Promise.all(files.map(byLibrary)));
    expect(pooled.slice(1)).toEqual(Array(5).fill('tampered'));
  });

  it('refuses an identity that is not one', async () => {
    await expect(openAgeFiles([], 'AGE-SECRET-KEY-1', { pool })).rejects.toThrow(RangeError);
    expect(identityKeyBytes(reader)).not.toBeNull();
  });

  it('opens on this thread when the workers cannot run', async () => {
    const broken = new StanzaPool({ size: 1, source: 'throw new Error("no worker here")' });
    try {
      const files = await Promise.all(
        Array.from({ length: 5 }, () => libraryFile([...others.slice(0, 2), others[3]!])),
      );
      files.push(fileWith([], []));
      const outcomes = (await openAgeFiles(files, reader, { pool: broken })).map(described);
      expect(outcomes).toEqual([...Array(5).fill('not for me'), PAYLOAD.toString('hex')]);
    } finally {
      await broken.close();
    }
  });

  it('opens nothing for no file, still refusing an identity that is not one', async () => {
    expect(await openAgeFiles([], reader, { pool })).toEqual([]);
    expect(await openAgeFiles([], reader, { pool: null })).toEqual([]);
    await expect(openAgeFiles([], 'AGE-SECRET-KEY-1XYZ', { pool })).rejects.toThrow(RangeError);
    await expect(openAgeFiles([], readerKey.toString(), { pool })).rejects.toThrow(RangeError);
  });
});

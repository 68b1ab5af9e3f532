/**
 * SECURITY 27: no byte is released before it is verified under the office's signature. A chunk
 * re-encrypted under the case key (as any recipient could) passes GCM but not its signed hash:
 * the reader stops before handing on a byte of it, streamed or not.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../../electron/core/case';
import { writeCaseFile } from '../../../../electron/core/case/case-file-writer';
import { CHUNK_HASH_LENGTH, GCM_TAG_LENGTH } from '../../../../electron/core/case/case-format';
import { encryptChunk } from '../../../../electron/core/case/chunk-cipher';
import { deriveEntryKey } from '../../../../electron/core/case/entry-keys';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { wrapKey } from '../../../../electron/core/crypto/key-wrap';
import { patterned, testPeople, useScratchDir } from './case-fixtures';

const scratch = useScratchDir();
const CHUNK = 64;

/** A package whose case key the test knows: the position of a recipient gone rogue. */
async function packageWithKnownKey(path: string, materialSize = 192) {
  const { office, expert } = await testPeople();
  const caseKey = patterned(32, 7);
  const packageId = patterned(16, 8);
  const wraps = await wrapKey('caseKey', caseKey, {
    recipients: [expert.card.ageRecipient],
    scryptLogN: 10,
  });
  const ids = ['manifest'];
  await writeCaseFile({
    path,
    office,
    packageId,
    caseKey,
    wraps,
    chunkSizeLog2: 6,
    materials: [{ id: 'm', source: patterned(materialSize, 3) }],
    manifestFor: () => ({}),
    newEntryId: () => ids.shift()!,
  });
  const header = (await readFile(path)).subarray(0, 130);
  const entriesStart = 130 + header.readUInt32BE(122) + header.readUInt32BE(126);
  return { caseKey, packageId, entriesStart, expert, office };
}

async function readStreamUntilFailure(path: string) {
  const { office, expert } = await testPeople();
  const opened = await openCasePackage(path, {
    officeFingerprint: office.card.fingerprint,
    identity: expert.ageIdentity,
  });
  const released: Buffer[] = [];
  let failure: unknown;
  try {
    for await (const piece of opened.readEntryStream('m')) released.push(piece as Buffer);
  } catch (error) {
    failure = error;
  }
  let wholeFailure: unknown;
  await opened.readEntry('m').catch((error: unknown) => {
    wholeFailure = error;
  });
  await opened.close();
  return { released: Buffer.concat(released), failure, wholeFailure };
}

describe('reading releases only signed data', () => {
  it('stops before a chunk re-encrypted under the case key, having released only the chunk before', async () => {
    const path = join(scratch(), 'forged.qbcase');
    // 192 bytes: Padmé keeps it at 192, three full chunks.
    const { caseKey, packageId, entriesStart } = await packageWithKnownKey(path);
    const bytes = await readFile(path);
    // Chunk 1 of the material, replaced with other text under the right key and nonce: GCM holds.
    const forged = Buffer.concat(
      encryptChunk(deriveEntryKey(caseKey, packageId, 'm'), 1, false, Buffer.alloc(CHUNK, 0x41)),
    );
    forged.copy(bytes, entriesStart + (CHUNK + GCM_TAG_LENGTH));
    await writeFile(path, bytes);
    const { released, failure, wholeFailure } = await readStreamUntilFailure(path);
    expect(isCryptoError(failure, 'tampered')).toBe(true);
    expect(isCryptoError(wholeFailure, 'tampered')).toBe(true);
    expect(released.equals(Buffer.from(patterned(192, 3)).subarray(0, CHUNK))).toBe(true);
    expect(released.includes(Buffer.alloc(8, 0x41))).toBe(false);
  });

  it('releases nothing when the hash list does not match the signed digest', async () => {
    const path = join(scratch(), 'list.qbcase');
    const { entriesStart } = await packageWithKnownKey(path);
    const bytes = await readFile(path);
    const listStart = entriesStart + 3 * (CHUNK + GCM_TAG_LENGTH);
    bytes[listStart + CHUNK_HASH_LENGTH]! ^= 1;
    await writeFile(path, bytes);
    const { released, failure } = await readStreamUntilFailure(path);
    expect(isCryptoError(failure, 'tampered')).toBe(true);
    expect(released.length).toBe(0);
  });

  it('checks the padding chunks too, without decrypting them', async () => {
    const path = join(scratch(), 'padding.qbcase');
    // 1025 bytes pad to 1088 with C = 64: chunk 17 holds only padding.
    const { entriesStart, office, expert } = await packageWithKnownKey(path, 1025);
    const bytes = await readFile(path);
    bytes[entriesStart + 17 * (CHUNK + GCM_TAG_LENGTH) + 3]! ^= 1;
    await writeFile(path, bytes);
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: expert.ageIdentity,
    });
    await expect(opened.readEntry('m')).rejects.toSatisfy((e) => isCryptoError(e, 'tampered'));
    await opened.close();
  });
});

/**
 * The test vectors of docs/case-format.md, read from the document itself: each output is
 * recomputed from the spec with plain node:crypto (case-vector-spec.ts), and the whole package
 * by the writer, so the page, the code and the spec cannot drift apart.
 */
import { createHash, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../../electron/core/case';
import { writeCaseFile } from '../../../../electron/core/case/case-file-writer';
import { decryptWithPassphrase } from '../../../../electron/core/crypto/age-passphrase';
import { decryptWithIdentity } from '../../../../electron/core/crypto/age-recipients';
import { encodeCrockfordBase32 } from '../../../../electron/core/crypto/crockford-base32';
import { signingKeyFromSeed } from '../../../../electron/core/crypto/ed25519-keys';
import { identityFromKeys } from '../../../../electron/core/identity';
import type { Identity } from '../../../../electron/core/identity';
import { useScratchDir } from './case-fixtures';
import {
  sha256,
  specChunks,
  specEntry,
  specEntryKey,
  specIndexKey,
  specSlot,
} from './case-vector-spec';

const scratch = useScratchDir();
const docPath = fileURLToPath(new URL('../../../../docs/case-format.md', import.meta.url));

async function readVectors(): Promise<Map<string, string>> {
  const text = await readFile(docPath, 'utf8');
  const vectors = new Map<string, string>();
  for (const match of text.matchAll(/<!-- vector:([a-z0-9-]+) -->\s*```text\n([\s\S]*?)```/g)) {
    vectors.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return vectors;
}

function vectorText(vectors: Map<string, string>, name: string): string {
  const value = vectors.get(name);
  if (value === undefined) throw new Error(`docs/case-format.md has no vector "${name}"`);
  return value;
}

function vectorHex(vectors: Map<string, string>, name: string): Buffer {
  return Buffer.from(vectorText(vectors, name).replace(/\s+/g, ''), 'hex');
}

async function people(vectors: Map<string, string>) {
  const make = (who: 'office' | 'expert'): Promise<Identity> =>
    identityFromKeys(
      { name: `Vector ${who}`, organisation: 'QBCASE test vectors', role: who },
      '2025-01-01T00:00:00.000Z',
      vectorHex(vectors, `${who}-signing-seed`),
      vectorText(vectors, `${who}-age-identity`),
    );
  return { office: await make('office'), expert: await make('expert') };
}

/** The spec's fingerprint, written out again from the document's words. */
function specFingerprint(signingPublicKey: Uint8Array, ageRecipient: string): string {
  const digest = createHash('sha256')
    .update('QBREVIEW fingerprint v1\0')
    .update(signingPublicKey)
    .update(ageRecipient)
    .digest();
  return encodeCrockfordBase32(digest.subarray(0, 10)).match(/.{4}/g)?.join('-') ?? '';
}

/** Every part of the vector package, from the spec and the documented inputs alone. */
async function specPackage(vectors: Map<string, string>) {
  const { office } = await people(vectors);
  const caseKey = vectorHex(vectors, 'case-key');
  const packageId = vectorHex(vectors, 'package-id');
  const recipientsWrap = vectorHex(vectors, 'recipients-wrap');
  const passphraseWrap = vectorHex(vectors, 'passphrase-wrap');
  const material = specEntry(
    specEntryKey(caseKey, packageId, 'm-1'),
    vectorHex(vectors, 'material-plaintext'),
  );
  const manifestText = Buffer.from(vectorText(vectors, 'manifest-json'));
  const manifest = specEntry(specEntryKey(caseKey, packageId, 'manifest'), manifestText);
  const filler = Buffer.alloc(Number(vectorText(vectors, 'filler-length')), 0xf1);
  const header = Buffer.concat([
    Buffer.from('QBCASE\r\n'),
    Buffer.from([0, 2, 6, 0]),
    packageId,
    Buffer.from(office.card.signingPublicKey, 'base64'),
    Buffer.from(office.card.ageRecipient),
    Buffer.from([0, 0, 0, recipientsWrap.length, 0, 0, 0, passphraseWrap.length]),
  ]);
  const E = header.length + recipientsWrap.length + passphraseWrap.length;
  const manifestOffset = E + material.bytes.length;
  const fillerOffset = manifestOffset + manifest.bytes.length;
  const slots = Buffer.concat([
    specSlot(2, 'm-1', E, 100, material.paddedLength, material.digest),
    specSlot(
      1,
      'manifest',
      manifestOffset,
      manifestText.length,
      manifest.paddedLength,
      manifest.digest,
    ),
    specSlot(3, 'filler', fillerOffset, filler.length, filler.length, sha256(filler)),
  ]);
  const index = Buffer.concat([Buffer.from([0, 0, 0, 64]), slots, Buffer.alloc(61 * 122)]);
  const indexOffset = fillerOffset + filler.length;
  const indexCiphertext = Buffer.concat(specChunks(specIndexKey(caseKey, packageId), index));
  const location = Buffer.alloc(16);
  location.writeBigUInt64BE(BigInt(indexOffset), 0);
  location.writeBigUInt64BE(BigInt(index.length), 8);
  const message = Buffer.concat([
    Buffer.from('QBCASE package v2\0'),
    header,
    recipientsWrap,
    passphraseWrap,
    location,
    indexCiphertext,
  ]);
  const signature = sign(
    null,
    message,
    signingKeyFromSeed(vectorHex(vectors, 'office-signing-seed')),
  );
  const bytes = Buffer.concat([
    header,
    recipientsWrap,
    passphraseWrap,
    material.bytes,
    manifest.bytes,
    filler,
    indexCiphertext,
    location,
    signature,
    Buffer.from('QBCEND\r\n'),
  ]);
  return { header, material, manifest, slots, signature, bytes, office };
}

describe('docs/case-format.md test vectors', () => {
  it('give the documented public keys and fingerprints', async () => {
    const vectors = await readVectors();
    const { office, expert } = await people(vectors);
    for (const [who, identity] of [
      ['office', office],
      ['expert', expert],
    ] as const) {
      const publicKey = Buffer.from(identity.card.signingPublicKey, 'base64');
      expect(publicKey.toString('hex')).toBe(vectorText(vectors, `${who}-signing-public-key`));
      expect(identity.card.ageRecipient).toBe(vectorText(vectors, `${who}-age-recipient`));
      expect(identity.card.fingerprint).toBe(vectorText(vectors, `${who}-fingerprint`));
      expect(specFingerprint(publicKey, identity.card.ageRecipient)).toBe(
        identity.card.fingerprint,
      );
    }
  });

  it('unwrap the labelled case key from both documented wraps', async () => {
    const vectors = await readVectors();
    const payload = Buffer.concat([
      Buffer.from('QBCASE case key v2\0'),
      vectorHex(vectors, 'case-key'),
    ]);
    const identity = vectorText(vectors, 'expert-age-identity');
    const passphrase = vectorText(vectors, 'passphrase');
    expect(
      Buffer.from(await decryptWithIdentity(vectorHex(vectors, 'recipients-wrap'), identity)),
    ).toEqual(payload);
    expect(
      Buffer.from(await decryptWithPassphrase(vectorHex(vectors, 'passphrase-wrap'), passphrase)),
    ).toEqual(payload);
  });

  it('give the documented keys and entries, recomputed from the spec', async () => {
    const vectors = await readVectors();
    const caseKey = vectorHex(vectors, 'case-key');
    const packageId = vectorHex(vectors, 'package-id');
    expect(specEntryKey(caseKey, packageId, 'm-1').toString('hex')).toBe(
      vectorText(vectors, 'entry-key-m-1'),
    );
    expect(specEntryKey(caseKey, packageId, 'manifest').toString('hex')).toBe(
      vectorText(vectors, 'entry-key-manifest'),
    );
    expect(specIndexKey(caseKey, packageId).toString('hex')).toBe(vectorText(vectors, 'index-key'));
    const { material, manifest } = await specPackage(vectors);
    expect(material.bytes).toEqual(vectorHex(vectors, 'material-entry'));
    expect(material.digest).toEqual(vectorHex(vectors, 'material-digest'));
    expect(manifest.bytes).toEqual(vectorHex(vectors, 'manifest-entry'));
    expect(manifest.digest).toEqual(vectorHex(vectors, 'manifest-digest'));
  });

  it('give the documented header, index slots and signature, recomputed from the spec', async () => {
    const vectors = await readVectors();
    const { header, slots, signature, bytes } = await specPackage(vectors);
    expect(header).toEqual(vectorHex(vectors, 'header'));
    expect(slots).toEqual(vectorHex(vectors, 'index-slots'));
    expect(Buffer.from(signature)).toEqual(vectorHex(vectors, 'signature'));
    expect(bytes.length).toBe(Number(vectorText(vectors, 'package-length')));
    expect(sha256(bytes).toString('hex')).toBe(vectorText(vectors, 'package-sha256'));
  });

  it('are reproduced byte for byte by the writer', async () => {
    const vectors = await readVectors();
    const { office } = await people(vectors);
    const path = join(scratch(), 'vector.qbcase');
    const ids = ['manifest', 'filler'];
    await writeCaseFile({
      path,
      office,
      packageId: vectorHex(vectors, 'package-id'),
      caseKey: vectorHex(vectors, 'case-key'),
      wraps: {
        recipientsWrap: vectorHex(vectors, 'recipients-wrap'),
        passphraseWrap: vectorHex(vectors, 'passphrase-wrap'),
      },
      chunkSizeLog2: 6,
      materials: [{ id: 'm-1', source: vectorHex(vectors, 'material-plaintext') }],
      manifestFor: () => JSON.parse(vectorText(vectors, 'manifest-json')),
      newEntryId: () => ids.shift()!,
      targetLength: Number(vectorText(vectors, 'package-length')),
      fill: (bytes) => bytes.fill(0xf1),
    });
    expect(sha256(await readFile(path)).toString('hex')).toBe(
      vectorText(vectors, 'package-sha256'),
    );
  });

  it('open with the expert’s identity and with the passphrase', async () => {
    const vectors = await readVectors();
    const path = join(scratch(), 'vector.qbcase');
    await writeFile(path, (await specPackage(vectors)).bytes);
    for (const credentials of [
      { identity: vectorText(vectors, 'expert-age-identity') },
      { passphrase: vectorText(vectors, 'passphrase') },
    ]) {
      const opened = await openCasePackage(path, {
        officeFingerprint: vectorText(vectors, 'office-fingerprint'),
        ...credentials,
      });
      expect(opened.packageId).toBe(vectorText(vectors, 'package-id'));
      expect(opened.manifest).toEqual(JSON.parse(vectorText(vectors, 'manifest-json')));
      expect(opened.listEntries()).toEqual([{ id: 'm-1', size: 100 }]);
      expect(Buffer.from(await opened.readEntry('m-1'))).toEqual(
        vectorHex(vectors, 'material-plaintext'),
      );
      await opened.close();
    }
  });
});

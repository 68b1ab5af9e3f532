/**
 * The test vectors of docs/case-format.md, read from the document itself: each output is
 * recomputed from the spec with plain node:crypto, and the whole package byte for byte with
 * the writer, so the page, the code and the spec cannot drift apart.
 */
import { createCipheriv, createHash, hkdfSync, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

interface VectorPeople {
  readonly office: Identity;
  readonly expert: Identity;
}

async function people(vectors: Map<string, string>): Promise<VectorPeople> {
  const make = (who: 'office' | 'expert') =>
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

function specEntryKey(caseKey: Buffer, caseId: Buffer, id: string): Buffer {
  const info = Buffer.concat([Buffer.from('QBCASE entry key v1\0'), Buffer.from(id)]);
  return Buffer.from(hkdfSync('sha256', caseKey, caseId, info, 32));
}

function specEncryptEntry(key: Buffer, plaintext: Buffer, chunkSize: number): Buffer {
  const count = Math.max(1, Math.ceil(plaintext.length / chunkSize));
  const parts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const nonce = Buffer.alloc(12);
    nonce.writeUInt32BE(i, 7);
    nonce[11] = i === count - 1 ? 1 : 0;
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const chunk = plaintext.subarray(i * chunkSize, (i + 1) * chunkSize);
    parts.push(cipher.update(chunk), cipher.final(), cipher.getAuthTag());
  }
  return Buffer.concat(parts);
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

  it('unwrap the case key from both documented wraps', async () => {
    const vectors = await readVectors();
    const caseKey = vectorHex(vectors, 'case-key');
    const identity = vectorText(vectors, 'expert-age-identity');
    const passphrase = vectorText(vectors, 'passphrase');
    expect(
      Buffer.from(await decryptWithIdentity(vectorHex(vectors, 'recipients-wrap'), identity)),
    ).toEqual(caseKey);
    expect(
      Buffer.from(await decryptWithPassphrase(vectorHex(vectors, 'passphrase-wrap'), passphrase)),
    ).toEqual(caseKey);
  });

  it('give the documented keys, material ciphertext and hash, recomputed from the spec', async () => {
    const vectors = await readVectors();
    const caseKey = vectorHex(vectors, 'case-key');
    const caseId = vectorHex(vectors, 'case-id');
    const materialKey = specEntryKey(caseKey, caseId, 'm-1');
    expect(materialKey.toString('hex')).toBe(vectorText(vectors, 'entry-key-m-1'));
    expect(specEntryKey(caseKey, caseId, 'manifest').toString('hex')).toBe(
      vectorText(vectors, 'entry-key-manifest'),
    );
    const indexKey = hkdfSync('sha256', caseKey, caseId, Buffer.from('QBCASE index key v1'), 32);
    expect(Buffer.from(indexKey).toString('hex')).toBe(vectorText(vectors, 'index-key'));
    const ciphertext = specEncryptEntry(materialKey, vectorHex(vectors, 'material-plaintext'), 64);
    expect(ciphertext).toEqual(vectorHex(vectors, 'material-ciphertext'));
    expect(createHash('sha256').update(ciphertext).digest('hex')).toBe(
      vectorText(vectors, 'material-sha256'),
    );
  });

  it('give the documented header, index and signature, recomputed from the spec', async () => {
    const vectors = await readVectors();
    const pkg = vectorHex(vectors, 'package');
    const { office } = await people(vectors);
    const recipientsWrap = vectorHex(vectors, 'recipients-wrap');
    const passphraseWrap = vectorHex(vectors, 'passphrase-wrap');
    const header = Buffer.concat([
      Buffer.from('QBCASE\r\n'),
      Buffer.from([0, 1, 6, 0]),
      vectorHex(vectors, 'case-id'),
      Buffer.from(office.card.signingPublicKey, 'base64'),
      Buffer.from(office.card.ageRecipient),
      Buffer.from([0, 0, 0, recipientsWrap.length, 0, 0, 0, passphraseWrap.length]),
    ]);
    expect(header).toEqual(vectorHex(vectors, 'header'));
    const entriesStart = header.length + recipientsWrap.length + passphraseWrap.length;
    const materialSha = vectorHex(vectors, 'material-sha256');
    const manifest = Buffer.from(vectorText(vectors, 'manifest-json'));
    const manifestCiphertext = specEncryptEntry(
      specEntryKey(vectorHex(vectors, 'case-key'), vectorHex(vectors, 'case-id'), 'manifest'),
      manifest,
      64,
    );
    const record = (kind: number, id: string, offset: number, length: number, sha: Buffer) => {
      const numbers = Buffer.alloc(16);
      numbers.writeBigUInt64BE(BigInt(offset), 0);
      numbers.writeBigUInt64BE(BigInt(length), 8);
      return Buffer.concat([Buffer.from([kind, id.length]), Buffer.from(id), numbers, sha]);
    };
    const manifestOffset = entriesStart + 132;
    const index = Buffer.concat([
      Buffer.from([0, 0, 0, 2]),
      record(2, 'm-1', entriesStart, 100, materialSha),
      record(
        1,
        'manifest',
        manifestOffset,
        manifest.length,
        createHash('sha256').update(manifestCiphertext).digest(),
      ),
    ]);
    expect(index).toEqual(vectorHex(vectors, 'index-plaintext'));
    const indexOffset = manifestOffset + manifestCiphertext.length;
    const indexCiphertext = pkg.subarray(indexOffset, pkg.length - 88);
    const location = Buffer.alloc(16);
    location.writeBigUInt64BE(BigInt(indexOffset), 0);
    location.writeBigUInt64BE(BigInt(index.length), 8);
    const message = Buffer.concat([
      Buffer.from('QBCASE signature v1\0'),
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
    expect(signature).toEqual(vectorHex(vectors, 'signature'));
    expect(pkg.subarray(pkg.length - 88)).toEqual(
      Buffer.concat([location, signature, Buffer.from('QBCEND\r\n')]),
    );
  });

  it('are reproduced byte for byte by the writer', async () => {
    const vectors = await readVectors();
    const { office } = await people(vectors);
    const path = join(scratch(), 'vector.qbcase');
    await writeCaseFile({
      path,
      office,
      caseId: vectorHex(vectors, 'case-id'),
      caseKey: vectorHex(vectors, 'case-key'),
      wraps: {
        recipientsWrap: vectorHex(vectors, 'recipients-wrap'),
        passphraseWrap: vectorHex(vectors, 'passphrase-wrap'),
      },
      chunkSizeLog2: 6,
      materials: [{ id: 'm-1', source: vectorHex(vectors, 'material-plaintext') }],
      manifestFor: () => JSON.parse(vectorText(vectors, 'manifest-json')),
      newEntryId: () => 'manifest',
    });
    expect((await readFile(path)).toString('hex')).toBe(
      vectorHex(vectors, 'package').toString('hex'),
    );
  });

  it('open with the expert’s identity and with the passphrase', async () => {
    const vectors = await readVectors();
    const path = join(scratch(), 'vector.qbcase');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, vectorHex(vectors, 'package'));
    for (const credentials of [
      { identity: vectorText(vectors, 'expert-age-identity') },
      { passphrase: vectorText(vectors, 'passphrase') },
    ]) {
      const opened = await openCasePackage(path, {
        officeFingerprint: vectorText(vectors, 'office-fingerprint'),
        ...credentials,
      });
      expect(opened.caseId).toBe(vectorText(vectors, 'case-id'));
      expect(opened.manifest).toEqual(JSON.parse(vectorText(vectors, 'manifest-json')));
      expect(opened.listEntries()).toEqual([{ id: 'm-1', size: 100 }]);
      expect(Buffer.from(await opened.readEntry('m-1'))).toEqual(
        vectorHex(vectors, 'material-plaintext'),
      );
      await opened.close();
    }
  });
});

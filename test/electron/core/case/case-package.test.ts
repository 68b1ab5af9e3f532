import { createReadStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  inspectCasePackage,
  openCasePackage,
  writeCasePackage,
} from '../../../../electron/core/case';
import {
  PASSPHRASE,
  expectCode,
  patterned,
  testPeople,
  useScratchDir,
  writeSmallCase,
} from './case-fixtures';

const scratch = useScratchDir();

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe('case packages', () => {
  it('round-trips the manifest and every material, for the identity and for the passphrase', async () => {
    const { office, expert } = await testPeople();
    const path = join(scratch(), 'expert.qbcase');
    const written = await writeSmallCase(path);
    expect(written.entries).toEqual([
      { id: 'a', size: 150 },
      { id: 'b', size: 64 },
      { id: 'c', size: 0 },
    ]);
    expect(written.officeFingerprint).toBe(office.card.fingerprint);
    for (const credentials of [{ identity: expert.ageIdentity }, { passphrase: PASSPHRASE }]) {
      const opened = await openCasePackage(path, {
        officeFingerprint: office.card.fingerprint,
        ...credentials,
      });
      expect(opened.packageId).toBe(written.packageId);
      expect(opened.manifest).toEqual({ round: '资料评审', applications: ['A-001', 'A-002'] });
      expect(opened.officeAgeRecipient).toBe(office.card.ageRecipient);
      expect(opened.listEntries()).toEqual(written.entries);
      expect(Buffer.from(await opened.readEntry('a')).equals(patterned(150, 1))).toBe(true);
      expect(Buffer.from(await opened.readEntry('b')).equals(patterned(64, 2))).toBe(true);
      expect(await opened.readEntry('c')).toHaveLength(0);
      expect((await collect(opened.readEntryStream('a'))).equals(patterned(150, 1))).toBe(true);
      await opened.close();
    }
  });

  it('takes materials from a file path, bytes, a Node stream and an async generator', async () => {
    const { office, expert } = await testPeople();
    const dir = scratch();
    const big = patterned(3 * 1024 * 1024 + 17, 5);
    await writeFile(join(dir, 'source.bin'), big);
    async function* pieces() {
      for (let at = 0; at < big.length; at += 100_003) yield big.subarray(at, at + 100_003);
    }
    const path = join(dir, 'sources.qbcase');
    const written = await writeCasePackage({
      path,
      office,
      recipients: [expert.card.ageRecipient],
      manifest: null,
      materials: (async function* () {
        yield { id: 'file', source: join(dir, 'source.bin') };
        yield { id: 'bytes', source: big };
        yield { id: 'stream', source: createReadStream(join(dir, 'source.bin')) };
        yield { id: 'generator', source: pieces() };
        yield { id: 'text', source: Readable.from(['纯文本', '材料']) };
      })(),
    });
    expect(written.entries.map((e) => e.size)).toEqual([
      big.length,
      big.length,
      big.length,
      big.length,
      15,
    ]);
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: expert.ageIdentity,
    });
    for (const id of ['file', 'bytes', 'stream', 'generator']) {
      expect(Buffer.from(await opened.readEntry(id)).equals(big)).toBe(true);
    }
    expect((await collect(opened.readEntryStream('file'))).equals(big)).toBe(true);
    expect(Buffer.from(await opened.readEntry('text')).toString('utf8')).toBe('纯文本材料');
    await opened.close();
  });

  it('gives materials random opaque ids and lets the manifest name them', async () => {
    const { office, expert } = await testPeople();
    const path = join(scratch(), 'ids.qbcase');
    const written = await writeCasePackage({
      path,
      office,
      recipients: [expert.card.ageRecipient],
      materials: [{ source: Buffer.from('申报材料') }, { source: Buffer.from('推荐表') }],
      manifestFor: (entries) => ({ 申报材料: entries[0]?.id, 推荐表: entries[1]?.id }),
    });
    const [first, second] = written.entries;
    expect(first?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.id).not.toBe(first?.id);
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: expert.ageIdentity,
    });
    const manifest = opened.manifest as Record<string, string>;
    expect(Buffer.from(await opened.readEntry(manifest['推荐表'] ?? '')).toString()).toBe('推荐表');
    await opened.close();
    // Nothing of the plaintext, names included, is in the file.
    const raw = await readFile(path);
    for (const text of ['申报材料', '推荐表', first?.id ?? '']) {
      expect(raw.includes(Buffer.from(text))).toBe(false);
    }
  });

  it('writes atomically: no temp file is left, on success or on failure', async () => {
    const dir = scratch();
    await writeSmallCase(join(dir, 'ok.qbcase'));
    await expect(
      writeSmallCase(join(dir, 'failed.qbcase'), {
        materials: (async function* () {
          yield { id: 'x', source: Buffer.from('x') };
          throw new Error('source failed');
        })(),
      }),
    ).rejects.toThrow('source failed');
    expect(await readdir(dir)).toEqual(['ok.qbcase']);
  });

  it('refuses bad writer input before writing anything', async () => {
    const { expert } = await testPeople();
    const dir = scratch();
    await expect(writeSmallCase(join(dir, 'x'), { office: expert })).rejects.toThrow(RangeError);
    await expect(
      writeSmallCase(join(dir, 'x'), { recipients: [], passphrase: undefined }),
    ).rejects.toThrow(RangeError);
    await expect(
      writeSmallCase(join(dir, 'x'), { materials: [{ id: 'a/b', source: new Uint8Array(1) }] }),
    ).rejects.toThrow(RangeError);
    await expect(
      writeSmallCase(join(dir, 'x'), {
        materials: [
          { id: 'same', source: new Uint8Array(1) },
          { id: 'same', source: new Uint8Array(1) },
        ],
      }),
    ).rejects.toThrow(RangeError);
    await expect(writeSmallCase(join(dir, 'x'), { manifest: undefined })).rejects.toThrow(
      TypeError,
    );
    await expect(writeSmallCase(join(dir, 'x'), { chunkSizeLog2: 30 })).rejects.toThrow(RangeError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('lets the same identity open with either credential, trying the identity first', async () => {
    const { office, outsider } = await testPeople();
    const path = join(scratch(), 'both.qbcase');
    await writeSmallCase(path);
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: outsider.ageIdentity,
      passphrase: PASSPHRASE,
    });
    expect(opened.listEntries()).toHaveLength(3);
    await opened.close();
  });

  it('names an unknown entry and refuses reads after close', async () => {
    const { office, expert } = await testPeople();
    const path = join(scratch(), 'c.qbcase');
    await writeSmallCase(path);
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: expert.ageIdentity,
    });
    await expectCode(opened.readEntry('nope'), 'no-such-entry');
    await opened.close();
    await expect(opened.readEntry('a')).rejects.toThrow('closed');
  });

  it('accepts the office fingerprint as a person types it', async () => {
    const { office, expert } = await testPeople();
    const path = join(scratch(), 'typed.qbcase');
    await writeSmallCase(path);
    const typed = office.card.fingerprint.toLowerCase().replace(/-/g, ' ');
    const opened = await openCasePackage(path, {
      officeFingerprint: typed,
      identity: expert.ageIdentity,
    });
    await opened.close();
    await expect(
      openCasePackage(path, { officeFingerprint: 'XXXX', identity: expert.ageIdentity }),
    ).rejects.toThrow(RangeError);
  });

  it('inspects without keys: signer, signature, recipients, passphrase work factor', async () => {
    const { office, expert, outsider } = await testPeople();
    const path = join(scratch(), 'info.qbcase');
    const written = await writeSmallCase(path, {
      recipients: [expert.card.ageRecipient, outsider.card.ageRecipient, expert.card.ageRecipient],
    });
    expect(await inspectCasePackage(path)).toEqual({
      formatVersion: 2,
      packageId: written.packageId,
      size: written.size,
      chunkSize: 64,
      signerFingerprint: office.card.fingerprint,
      signatureValid: true,
      recipientCount: 2,
      passphrase: { scryptLogN: 10 },
    });
    const noPassphrase = join(scratch(), 'nopass.qbcase');
    await writeSmallCase(noPassphrase, { passphrase: undefined });
    expect((await inspectCasePackage(noPassphrase)).passphrase).toBeNull();
  });
});

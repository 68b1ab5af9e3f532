/**
 * A workspace's sealed file as a material for sealing: its decrypted chunks go into the package
 * without a copy, at any package chunk size (smaller, equal, larger than the sealed file's), and
 * the package holds exactly the data; iterated, it gives buffers of one's own; a tampered
 * sealed file leaves no package behind.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCasePackage, writeCasePackage } from '../../../../electron/core/case';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { sealedFileSource, writeSealedFile } from '../../../../electron/core/office/sealed-file';
import { patterned, testPeople } from '../case/case-fixtures';
import { useScratch } from './office-fixtures';

const scratch = useScratch();
const purposeKey = new Uint8Array(32).fill(3);
const MiB = 1024 * 1024;

async function sealedMaterial(dir: string, name: string, data: Uint8Array) {
  const path = join(dir, `${name}.qbs`);
  await writeSealedFile(path, purposeKey, `material ${name}`, data);
  return sealedFileSource(path, purposeKey, `material ${name}`);
}

describe('a sealed file as a material source', () => {
  it('goes into a package exactly, whatever the package’s chunk size', async () => {
    const { office, expert } = await testPeople();
    const sizes = [0, 1, MiB - 8, MiB, 2 * MiB + 5];
    const data = sizes.map((size, i) => Buffer.from(patterned(size, i + 1)));
    for (const chunkSizeLog2 of [16, 20, 22]) {
      const path = join(scratch(), `p${chunkSizeLog2}.qbcase`);
      const materials = await Promise.all(
        data.map(async (bytes, i) => ({
          id: `m${i}`,
          source: await sealedMaterial(scratch(), `${chunkSizeLog2}-${i}`, bytes),
        })),
      );
      await writeCasePackage({
        path,
        office,
        recipients: [expert.card.ageRecipient],
        manifest: {},
        chunkSizeLog2,
        materials,
      });
      const opened = await openCasePackage(path, {
        officeFingerprint: office.card.fingerprint,
        identity: expert.ageIdentity,
      });
      try {
        for (const [i, bytes] of data.entries()) {
          const read = Buffer.from(await opened.readEntry(`m${i}`));
          expect(read.equals(bytes), `material ${i} at 2^${chunkSizeLog2}`).toBe(true);
        }
      } finally {
        await opened.close();
      }
    }
  });

  it('iterates as buffers of one’s own', async () => {
    const data = Buffer.from(patterned(3 * MiB, 4));
    const source = await sealedMaterial(scratch(), 'iterated', data);
    const chunks: Uint8Array[] = [];
    for await (const chunk of source) chunks.push(chunk);
    expect(chunks.every((chunk) => !(chunk.buffer instanceof SharedArrayBuffer))).toBe(true);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
  });

  it('leaves no package when a sealed chunk fails authentication', async () => {
    const { office, expert } = await testPeople();
    const path = join(scratch(), 'm.qbs');
    await writeSealedFile(path, purposeKey, 'material m', patterned(3 * MiB, 2));
    const bytes = await readFile(path);
    bytes[2 * MiB]! ^= 1;
    await writeFile(path, bytes);
    const out = join(scratch(), 'out');
    await mkdir(out);
    const writing = writeCasePackage({
      path: join(out, 'p.qbcase'),
      office,
      recipients: [expert.card.ageRecipient],
      manifest: {},
      materials: [{ id: 'm', source: sealedFileSource(path, purposeKey, 'material m') }],
    });
    await expect(writing).rejects.toSatisfy((e) => isCryptoError(e, 'tampered'));
    expect(await readdir(out)).toEqual([]);
  });

  it('runs its check before opening the file', async () => {
    const source = sealedFileSource(join(scratch(), 'missing.qbs'), purposeKey, 'x', async () => {
      throw new Error('材料缺失 / missing');
    });
    const iterating = (async () => {
      for await (const chunk of source) void chunk;
    })();
    await expect(iterating).rejects.toThrow('missing');
  });
});

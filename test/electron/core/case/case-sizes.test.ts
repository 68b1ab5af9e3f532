/** SECURITY 24: a package's length says nothing about the number or sizes of its materials. */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCasePackage } from '../../../../electron/core/case';
import { prepareCaseKey } from '../../../../electron/core/case/write-case-package';
import { TRAILER_LENGTH } from '../../../../electron/core/case/case-format';
import { decodeCaseTrailer } from '../../../../electron/core/case/case-trailer';
import { minimumPackageLength } from '../../../../electron/core/case/case-length';
import { readAt } from '../../../../electron/core/case/read-at';
import { patterned, testPeople, useScratchDir } from './case-fixtures';

const scratch = useScratchDir();

async function trailerOf(path: string) {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    return {
      size,
      ...decodeCaseTrailer(await readAt(handle, size - TRAILER_LENGTH, TRAILER_LENGTH)),
    };
  } finally {
    await handle.close();
  }
}

async function write(path: string, sizes: readonly number[], targetLength?: number) {
  const { office, expert } = await testPeople();
  return writeCasePackage({
    path,
    office,
    recipients: [expert.card.ageRecipient],
    scryptLogN: 10,
    manifest: { n: sizes.length },
    materials: sizes.map((size, i) => ({ source: patterned(size, i + 1) })),
    ...(targetLength === undefined ? {} : { targetLength }),
  });
}

describe('sizes', () => {
  it('gives 1, 3 and 7 materials an index of the same length', async () => {
    const lengths = [];
    for (const count of [1, 3, 7]) {
      const path = join(scratch(), `${count}.qbcase`);
      await write(
        path,
        Array.from({ length: count }, () => 1000),
      );
      lengths.push((await trailerOf(path)).indexPlaintextLength);
    }
    expect(new Set(lengths).size).toBe(1);
    expect(lengths[0]).toBe(4 + 64 * 122);
  });

  it('pads each entry with Padmé: sizes within one bucket make one length', async () => {
    const a = await write(join(scratch(), 'a.qbcase'), [100_000]);
    const b = await write(join(scratch(), 'b.qbcase'), [99_000]);
    expect(a.size).toBe(b.size);
  });

  it('pads a package to exactly the length asked, and refuses one shorter than its content', async () => {
    const small = await write(join(scratch(), 'small.qbcase'), [1000], 200_000);
    expect(small.size).toBe(200_000);
    const many = await write(join(scratch(), 'many.qbcase'), [1000, 2000, 3000, 40_000], 200_000);
    expect(many.size).toBe(200_000);
    await expect(write(join(scratch(), 'short.qbcase'), [300_000], 200_000)).rejects.toThrow(
      RangeError,
    );
  });

  it('knows a package’s length before writing it', async () => {
    const { office, expert } = await testPeople();
    const key = await prepareCaseKey({ recipients: [expert.card.ageRecipient], scryptLogN: 10 });
    const wrapsLength = key.wraps.recipientsWrap.length + key.wraps.passphraseWrap.length;
    const sizes = [5, 70_000, 1_300_000];
    const manifest = { n: 3 };
    const written = await writeCasePackage({
      path: join(scratch(), 'exact.qbcase'),
      office,
      recipients: [],
      key,
      manifest,
      materials: sizes.map((size) => ({ source: patterned(size) })),
    });
    const entryLengths = [...sizes, Buffer.byteLength(JSON.stringify(manifest))];
    expect(minimumPackageLength({ wrapsLength, entryLengths, chunkSize: 2 ** 20 })).toBe(
      written.size,
    );
  });
});

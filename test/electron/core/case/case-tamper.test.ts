/**
 * Every byte of a package matters: flipping any one, or cutting the file at any length, makes
 * open-and-read-everything fail with a CryptoError, never a crash and never wrong plaintext.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../../electron/core/case';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import type { CryptoErrorCode } from '../../../../electron/core/crypto/crypto-error';
import { testPeople, useScratchDir, writeSmallCase } from './case-fixtures';

const scratch = useScratchDir();

/** Opens with the expert's identity and reads every entry; returns the error code, or 'ok'. */
async function openAndReadAll(path: string): Promise<CryptoErrorCode | 'ok'> {
  const { office, expert } = await testPeople();
  try {
    const opened = await openCasePackage(path, {
      officeFingerprint: office.card.fingerprint,
      identity: expert.ageIdentity,
    });
    try {
      for (const entry of opened.listEntries()) await opened.readEntry(entry.id);
    } finally {
      await opened.close();
    }
    return 'ok';
  } catch (error) {
    if (isCryptoError(error)) return error.code;
    throw error;
  }
}

describe('tamper evidence', () => {
  it('rejects a flipped bit at every byte position with a typed error', async () => {
    const dir = scratch();
    const original = join(dir, 'original.qbcase');
    const { size } = await writeSmallCase(original);
    const bytes = await readFile(original);
    expect(await openAndReadAll(original)).toBe('ok');
    const mutant = join(dir, 'mutant.qbcase');
    const codes = new Map<CryptoErrorCode | 'ok', number>();
    for (let position = 0; position < size; position++) {
      const altered = Buffer.from(bytes);
      altered[position] = (altered[position] ?? 0) ^ (1 << (position % 8));
      await writeFile(mutant, altered);
      const code = await openAndReadAll(mutant);
      expect(code, `byte ${position}`).not.toBe('ok');
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    // Each region answers with its own error: magic, version, office key, signature, entries, end.
    expect([...codes.keys()].sort()).toEqual([
      'bad-signature',
      'limits-exceeded',
      'not-a-case',
      'tampered',
      'truncated',
      'unknown-office',
      'unsupported-version',
    ]);
  }, 120_000);

  it('rejects the file cut at every length as truncated', async () => {
    const dir = scratch();
    const original = join(dir, 'original.qbcase');
    const { size } = await writeSmallCase(original);
    const bytes = await readFile(original);
    const cut = join(dir, 'cut.qbcase');
    for (let length = 1; length < size; length++) {
      await writeFile(cut, bytes.subarray(0, length));
      expect(await openAndReadAll(cut), `length ${length}`).toBe('truncated');
    }
    await writeFile(cut, new Uint8Array(0));
    expect(await openAndReadAll(cut)).toBe('not-a-case');
  }, 120_000);

  it('rejects bytes appended to the end', async () => {
    const dir = scratch();
    const original = join(dir, 'original.qbcase');
    await writeSmallCase(original);
    const longer = join(dir, 'longer.qbcase');
    await writeFile(longer, Buffer.concat([await readFile(original), Buffer.from('QBCEND\r\n')]));
    expect(await openAndReadAll(longer)).not.toBe('ok');
  });
});

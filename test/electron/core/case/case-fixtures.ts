/** Shared set-up for the case tests: an office, two experts, a scratch folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import type { CryptoErrorCode } from '../../../../electron/core/crypto/crypto-error';
import { createIdentity } from '../../../../electron/core/identity';
import type { Identity } from '../../../../electron/core/identity';
import { writeCasePackage } from '../../../../electron/core/case';
import type { WriteCasePackageOptions, WrittenCase } from '../../../../electron/core/case';

export interface People {
  readonly office: Identity;
  readonly otherOffice: Identity;
  readonly expert: Identity;
  readonly outsider: Identity;
}

let people: Promise<People> | undefined;

/** Created once per test file: identities are immutable. */
export function testPeople(): Promise<People> {
  people ??= (async () => {
    const make = async (name: string, role: 'office' | 'expert') =>
      (
        await createIdentity({ name, organisation: '测试单位', role }, TEST_PASSPHRASE, {
          scryptLogN: 10,
        })
      ).identity;
    return {
      office: await make('办公室', 'office'),
      otherOffice: await make('冒名办公室', 'office'),
      expert: await make('专家甲', 'expert'),
      outsider: await make('局外人', 'expert'),
    };
  })();
  return people;
}

/** A fresh scratch folder per test. */
export function useScratchDir(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbr-case-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export function patterned(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

export const PASSPHRASE = 'correct horse battery staple';
/** Strong enough for the minimum a chosen passphrase must meet; scrypt is kept cheap in tests. */
export const TEST_PASSPHRASE = 'lantern orchard velvet 1927 quiver';

/** A small package for the expert and the passphrase, with a tiny chunk size so entries span chunks. */
export async function writeSmallCase(
  path: string,
  overrides: Partial<WriteCasePackageOptions> = {},
): Promise<WrittenCase> {
  const { office, expert } = await testPeople();
  return writeCasePackage({
    path,
    office,
    recipients: [expert.card.ageRecipient],
    passphrase: PASSPHRASE,
    scryptLogN: 10,
    chunkSizeLog2: 6,
    manifest: { round: '资料评审', applications: ['A-001', 'A-002'] },
    materials: [
      { id: 'a', source: patterned(150, 1) },
      { id: 'b', source: patterned(64, 2) },
      { id: 'c', source: new Uint8Array(0) },
    ],
    ...overrides,
  });
}

export async function expectCode(promise: Promise<unknown>, code: CryptoErrorCode): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (!isCryptoError(caught, code)) {
    throw new Error(`expected CryptoError ${code}, got ${String(caught)}`);
  }
}

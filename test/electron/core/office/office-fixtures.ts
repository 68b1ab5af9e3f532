/** An office identity, a scratch folder and an in-memory generation memory for workspace tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createIdentity } from '../../../../electron/core/identity';
import type { Identity } from '../../../../electron/core/identity';
import { createGenerationMemory } from '../../../../electron/core/office/generation-memory';
import type { GenerationMemory } from '../../../../electron/core/office/generation-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';

export const STRONG = 'lantern orchard velvet 1927 quiver';

const cache = new Map<string, Promise<Identity>>();

/** Identities are immutable: one per name and role for the whole test file. */
export function person(name: string, role: 'office' | 'expert' = 'office'): Promise<Identity> {
  const key = `${role}:${name}`;
  let made = cache.get(key);
  if (!made) {
    made = createIdentity({ name, organisation: `${name}的单位`, role }, STRONG, {
      scryptLogN: 10,
    }).then((created) => created.identity);
    cache.set(key, made);
  }
  return made;
}

export function freshMemory(): GenerationMemory {
  return createGenerationMemory(createMemoryJsonStore());
}

/** A fresh scratch folder per test. */
export function useScratch(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbr-office-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Identities, a scratch folder, memories and sample entries for the journal's tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { identityFromKeys } from '../../../../electron/core/identity/identity';
import type { Identity } from '../../../../electron/core/identity/identity';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import type { JournalMemory } from '../../../../electron/core/journal/journal-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import type { JournalEntry } from '../../../../shared/journal';

export const CASE_ID = '0123456789abcdef0123456789abcdef';
export const OTHER_CASE_ID = 'fedcba9876543210fedcba9876543210';

/** Fixed keys: an identity is rebuilt the same in a child process from these. */
export const PEOPLE = {
  zhang: {
    profile: { name: '张三', organisation: '某某研究院', role: 'expert' as const },
    createdAt: '2026-11-01T08:00:00.000Z',
    seed: 7,
    ageIdentity: 'AGE-SECRET-KEY-1GQ9778VQXMMJVE8SK7J6VT8UJ4HDQAJUVSFCWCM02D8GEWQ72PVQ2Y5J33',
  },
  li: {
    profile: { name: '李四', organisation: '某某大学', role: 'expert' as const },
    createdAt: '2026-11-01T08:00:00.000Z',
    seed: 9,
    ageIdentity: 'AGE-SECRET-KEY-1QLDH7SKASYY92LVHK5VSJ6D727STS9F6JHRS0D90356DF77UH9SSMTGDE3',
  },
} as const;

export type PersonName = keyof typeof PEOPLE;

export function person(name: PersonName): Promise<Identity> {
  const p = PEOPLE[name];
  return identityFromKeys(p.profile, p.createdAt, new Uint8Array(32).fill(p.seed), p.ageIdentity);
}

export function freshMemory(): JournalMemory {
  return createJournalMemory(createMemoryJsonStore());
}

/** A fresh scratch folder per test. */
export function useScratch(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbr-journal-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** The confidential words a note may hold: a secrecy scan looks for them in every file. */
export const NOTE_MARKER = '评审意见标记XYZZY';

export function note(n: number, annotationId = `a${n}`): JournalEntry {
  return {
    kind: 'annotation',
    annotationId,
    applicationId: 'app-1',
    target: {
      source: 'm1',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: '质量管理体系',
          prefix: '建立了',
          suffix: '并持续改进',
        },
        { type: 'TextPositionSelector', start: 120, end: 126 },
      ],
    },
    body: { type: 'TextualBody', value: `${NOTE_MARKER} 第 ${n} 条` },
  };
}

export function position(materialId: string, fraction: number): JournalEntry {
  return { kind: 'reading-position', applicationId: 'app-1', materialId, fraction };
}

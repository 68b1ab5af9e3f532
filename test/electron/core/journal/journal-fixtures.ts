/** Identities, a scratch folder, memories and sample entries for the journal's tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import type { JournalMemory } from '../../../../electron/core/journal/journal-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import type { JournalEntry } from '../../../../shared/journal';

export const CASE_ID = '0123456789abcdef0123456789abcdef';
export const OTHER_CASE_ID = 'fedcba9876543210fedcba9876543210';

export { PEOPLE, person } from './people';
export type { PersonName } from './people';

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

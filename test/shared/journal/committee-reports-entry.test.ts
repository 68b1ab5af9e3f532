/**
 * The chair's reports in the journal (`committee-reports-exported`): each export is its own record
 * (its own subject, so compaction keeps them all), naming the folder made inside the one chosen
 * and every file with its SHA-256, never a path; anything else is refused by the schema.
 */
import { describe, expect, it } from 'vitest';
import {
  JournalEntrySchema,
  JournalRecordSchema,
  liveRecords,
  subjectOf,
} from '../../../shared/journal';
import type { JournalRecord } from '../../../shared/journal';

const envelope = (n: number) => ({
  caseId: '0123456789abcdef0123456789abcdef',
  recordNumber: n,
  at: '2026-11-29T08:00:00.000Z',
  author: 'ABCD-EFGH-JKMN-PQRS',
});

const sha = (c: string) => c.repeat(64);

const entry = (sequence: number) => ({
  kind: 'committee-reports-exported' as const,
  roundId: 'material',
  sequence,
  mergeDigest: sha('a'),
  folderName: '评审报告-2026年资料评审-评审委员会',
  files: [
    { name: '入围答辩名单.docx', sha256: sha('b') },
    { name: '入围答辩名单.csv', sha256: sha('c') },
  ],
});

describe('committee-reports-exported', () => {
  it('is a journal entry and record, one subject per export of the round', () => {
    expect(JournalEntrySchema.parse(entry(1))).toEqual(entry(1));
    const records = [1, 2].map(
      (n) => JournalRecordSchema.parse({ ...entry(n), ...envelope(n) }) as JournalRecord,
    );
    expect(records.map(subjectOf)).toEqual([
      'committee-reports-exported:material:1',
      'committee-reports-exported:material:2',
    ]);
    // A later export replaces no earlier one.
    expect(liveRecords(records)).toHaveLength(2);
  });

  it('refuses a record without files, with a bad digest, a path for a folder, or extra fields', () => {
    const bad = [
      { ...entry(1), files: [] },
      { ...entry(1), files: [{ name: 'a.docx', sha256: 'ABC' }] },
      { ...entry(1), mergeDigest: sha('A') },
      { ...entry(1), sequence: 0 },
      { ...entry(1), folderName: '' },
      { ...entry(1), files: [{ name: 'a.docx', sha256: sha('d'), size: 3 }] },
      { ...entry(1), path: '/home/chair/reports' },
    ];
    for (const value of bad) expect(JournalEntrySchema.safeParse(value).success).toBe(false);
  });
});

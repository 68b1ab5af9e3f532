/**
 * The group leader's reports in the journal (`group-reports-exported`), as the chair's: each export
 * is its own record (its own subject, so compaction keeps them all), naming the folder made inside
 * the one chosen, every file with its SHA-256 and the group bundle they were made from; it is no
 * deliberation record (the merge never reads it as one); anything else is refused by the schema.
 */
import { describe, expect, it } from 'vitest';
import {
  JournalEntrySchema,
  JournalRecordSchema,
  isDeliberationEntry,
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

const entry = (sequence: number, groupId = 'g1') => ({
  kind: 'group-reports-exported' as const,
  roundId: 'material',
  groupId,
  sequence,
  groupBundleSequence: 2,
  mergeDigest: sha('a'),
  folderName: '评审报告-2026年资料评审-第一组',
  files: [
    { name: '评分汇总表-第一组.docx', sha256: sha('b') },
    { name: '投票记录-第一组.docx', sha256: sha('c') },
  ],
});

describe('group-reports-exported', () => {
  it('is a journal entry and record, one subject per export of the round and group', () => {
    expect(JournalEntrySchema.parse(entry(1))).toEqual(entry(1));
    const records = [entry(1), entry(2), entry(1, 'g2')].map(
      (e, i) => JournalRecordSchema.parse({ ...e, ...envelope(i + 1) }) as JournalRecord,
    );
    expect(records.map(subjectOf)).toEqual([
      'group-reports-exported:material:g1:1',
      'group-reports-exported:material:g1:2',
      'group-reports-exported:material:g2:1',
    ]);
    // A later export replaces no earlier one.
    expect(liveRecords(records)).toHaveLength(3);
    expect(records.some(isDeliberationEntry)).toBe(false);
  });

  it('refuses a record without files, with a bad digest or number, or extra fields', () => {
    const bad = [
      { ...entry(1), files: [] },
      { ...entry(1), files: [{ name: 'a.docx', sha256: 'ABC' }] },
      { ...entry(1), mergeDigest: sha('A') },
      { ...entry(1), sequence: 0 },
      { ...entry(1), groupBundleSequence: 0 },
      { ...entry(1), groupId: '' },
      { ...entry(1), folderName: '' },
      { ...entry(1), files: [{ name: 'a.docx', sha256: sha('d'), size: 3 }] },
      { ...entry(1), path: '/home/leader/reports' },
    ];
    for (const value of bad) expect(JournalEntrySchema.safeParse(value).success).toBe(false);
  });
});

/**
 * The deliberation's journal kinds: one per record kind, the record kept exactly as
 * DeliberationRecordSchema parses it, every record its own subject (none replaces another, so
 * compaction keeps them all), and the bundles imported and exported.
 */
import { describe, expect, it } from 'vitest';
import {
  JournalRecordSchema,
  deliberationEntryOf,
  liveRecords,
  subjectOf,
} from '../../../shared/journal';
import type { JournalRecord } from '../../../shared/journal';
import { DeliberationRecordSchema } from '../../../shared/merge/deliberation-records';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';

const envelope = (n: number) => ({
  caseId: '0123456789abcdef0123456789abcdef',
  recordNumber: n,
  at: '2026-11-29T08:00:00.000Z',
  author: 'ABCD-EFGH-JKMN-PQRS',
});

const records: DeliberationRecord[] = [
  {
    kind: 'score-change',
    applicationId: 'a1',
    expertId: 'e02',
    partId: 'p1',
    from: 8,
    to: 6,
    reason: { code: 'other', text: '分项超出细则。' },
  },
  {
    kind: 'deviation-explanation',
    applicationId: 'a1',
    expertId: 'e03',
    scope: 'total',
    text: '理由。',
  },
  { kind: 'discussion-note', applicationId: 'a1', text: '讨论。' },
  { kind: 'skip-discussion', applicationId: 'a2' },
  {
    kind: 'absence',
    applicationId: 'a1',
    expertId: 'e04',
    cause: 'dropped-out',
    reason: '因病退出。',
  },
  {
    kind: 'ballot',
    applicationId: 'a1',
    ballotNo: 1,
    proposal: 'enter-defense',
    ballot: { mode: 'secret', counts: { for: 2, against: 1, abstain: 0 } },
  },
  { kind: 'dissent', applicationId: 'a1', expertId: 'e03', reasons: '不同意。' },
  { kind: 'consensus', applicationId: 'a1', score: 82.5, opinion: '同意。' },
  { kind: 'decision', applicationId: 'a1', decision: 'enter-defense' },
];

describe('deliberation journal kinds', () => {
  it('hold each record kind as deliberation-<kind>, the record exactly as parsed', () => {
    const journal = records.map((record, i) => ({
      ...deliberationEntryOf('material', i + 1, record),
      ...envelope(i + 1),
    }));
    for (const [i, record] of journal.entries()) {
      const parsed = JournalRecordSchema.parse(record);
      expect(parsed.kind).toBe(`deliberation-${records[i]!.kind}`);
      expect('record' in parsed && parsed.record).toEqual(
        DeliberationRecordSchema.parse(records[i]),
      );
    }
    // A record of another kind than its entry's is not a journal record.
    const mismatched = { ...journal[0]!, kind: 'deliberation-ballot' };
    expect(JournalRecordSchema.safeParse(mismatched).success).toBe(false);
  });

  it('keep every record: two equal notes are two subjects, and all stay live', () => {
    const note = records[2]!;
    const journal = [1, 2, 3].map((n) =>
      JournalRecordSchema.parse({ ...deliberationEntryOf('material', n, note), ...envelope(n) }),
    ) as JournalRecord[];
    expect(new Set(journal.map(subjectOf)).size).toBe(3);
    expect(liveRecords(journal)).toHaveLength(3);
    // Another round's record 1 is another subject.
    const defense = JournalRecordSchema.parse({
      ...deliberationEntryOf('defense', 1, note),
      ...envelope(4),
    });
    expect(subjectOf(defense)).not.toBe(subjectOf(journal[0]!));
  });

  it('name the member bundles of an import and a group bundle exported by sequence and hash', () => {
    const imported = JournalRecordSchema.parse({
      kind: 'member-bundles-imported',
      roundId: 'material',
      bundles: [
        {
          expertId: 'e02',
          fingerprint: 'ABCD-EFGH-JKMN-PQRS',
          sequence: 2,
          sha256: 'ab'.repeat(32),
        },
        {
          expertId: 'e03',
          fingerprint: 'ABCD-EFGH-JKMN-PQRT',
          sequence: 1,
          sha256: 'cd'.repeat(32),
        },
      ],
      ...envelope(1),
    });
    expect(subjectOf(imported)).toBe(`member-bundles:material:${'ab'.repeat(32)}`);
    const exported = JournalRecordSchema.parse({
      kind: 'group-bundle-exported',
      roundId: 'material',
      groupId: 'g1',
      sequence: 1,
      bundleSha256: 'cd'.repeat(32),
      mergeDigest: 'ef'.repeat(32),
      fileName: 'g1.qbbundle',
      ...envelope(2),
    });
    expect(subjectOf(exported)).toBe('group-bundle-exported:material:g1:1');
    expect(JournalRecordSchema.safeParse({ ...imported, sha256: 'not a hash' }).success).toBe(
      false,
    );
  });
});

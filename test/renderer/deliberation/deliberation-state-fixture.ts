/**
 * A leader's deliberation as main would send it (`deliberation:state`), computed with the real
 * pure merge and summary over the merge's fixtures: five members, A01 scored by all five (e05
 * far below), A02 chaired by a stand-in, e05's review of it missing.
 */
import type {
  AvailableDeliberation,
  DeliberationEntryView,
} from '../../../shared/deliberation/deliberation-views';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../shared/merge/group-merge';
import {
  fingerprintOf,
  mergeInput,
  review,
  rubric,
  submission,
} from '../../shared/merge/merge-fixtures';

export { rubric };

export const NAMES: Readonly<Record<string, string>> = {
  e01: '王组长',
  e02: '张专家',
  e03: '李专家',
  e04: '赵专家',
  e05: '钱专家',
};

export const merge = mergeGroup(
  mergeInput(
    [
      submission('e01', 1, { A01: review([12, 12, 12, 12, 16, 16]) }),
      submission('e02', 1, {
        A01: review([13, 13, 13, 13, 18, 18]),
        A02: review([10, 10, 10, 10, 14, 14]),
      }),
      submission('e02', 2, {
        A01: review([13, 13, 13, 13, 18, 18], {
          overall: {
            strengths: '数据翔实。',
            weaknesses: '对标不足。',
            suggestions: '补充三年数据。',
          },
        }),
        A02: review([10, 10, 10, 10, 14, 14]),
      }),
      submission('e03', 1, {
        A01: review([11, 11, 11, 11, 14, 14]),
        A02: review([9, 9, 9, 9, 9, 9]),
      }),
      submission('e04', 1, {
        A01: review([12, 12, 12, 12, 17, 17]),
        A02: review([9, 9, 9, 9, 9, 9]),
      }),
      submission('e05', 1, { A01: review([6, 6, 6, 6, 8, 8]) }),
    ],
    {
      applications: [
        { applicationId: 'A01', chairRole: 'leader' },
        { applicationId: 'A02', chairRole: 'stand-in' },
      ],
    },
  ),
);

export function stateWith(records: readonly DeliberationRecord[]): AvailableDeliberation {
  const entries: DeliberationEntryView[] = records.map((record, i) => ({
    number: i + 1,
    at: '2026-11-25T10:00:00+08:00',
    record,
  }));
  return {
    available: true,
    caseId: '5eed0000000000000000000000000001',
    round: { id: 'material', kind: 'material', name: '2026 年资料评审' },
    rubric,
    group: { id: 'g1', name: '第一组' },
    merger: { expertId: 'e01', fingerprint: fingerprintOf('e01') },
    rule: {
      quorum: { numerator: 2, denominator: 3 },
      pass: { numerator: 2, denominator: 3 },
      source: 'default',
    },
    members: merge.members.map((m) => ({
      expertId: m.expertId,
      name: NAMES[m.expertId]!,
      fingerprint: m.fingerprint,
      role: m.role,
      submitted:
        m.submitted === null
          ? null
          : {
              sequence: m.submitted.sequence,
              sha256: 'a'.repeat(64),
              superseded: m.submitted.superseded.map((s) => ({
                sequence: s.sequence,
                sha256: 'b'.repeat(64),
              })),
            },
    })),
    applications: [
      {
        applicationId: 'A01',
        applicationNo: 'ZLBG-2026-001',
        applicantName: '华东精密制造有限公司',
        experienceTitle: '以数据驱动的全面质量管理',
        chairRole: 'leader',
        opened: records.some((r) => r.applicationId === 'A01'),
      },
      {
        applicationId: 'A02',
        applicationNo: 'ZLBG-2026-002',
        applicantName: '西南电力装备股份公司',
        experienceTitle: '质量追溯体系',
        chairRole: 'stand-in',
        opened: records.some((r) => r.applicationId === 'A02'),
      },
    ],
    merge,
    mergeDigest: 'c'.repeat(64),
    deliberation: deliberationSummary({ merge, rubric, roundKind: 'material', records }),
    records: entries,
    exports: [],
    reportExports: [],
  };
}

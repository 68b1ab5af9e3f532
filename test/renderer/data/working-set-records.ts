/** Journal records, statuses and a package view for the working set's tests. */
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { JournalRecord, JournalStatus } from '../../../shared/journal';

export const CASE = '0123456789abcdef0123456789abcdef';
export const OWNER = 'AAAA-BBBB-CCCC-DDDD';

export function annotation(
  annotationId: string,
  recordNumber: number,
  options: { applicationId?: string; materialId?: string; note?: string; caseId?: string } = {},
): JournalRecord {
  return {
    kind: 'annotation',
    annotationId,
    applicationId: options.applicationId ?? 'a001',
    target: {
      source: options.materialId ?? 'm1',
      selector: [{ type: 'TextQuoteSelector', exact: '质量' }],
    },
    body: { type: 'TextualBody', value: options.note ?? '好' },
    caseId: options.caseId ?? CASE,
    recordNumber,
    at: '2026-11-29T08:00:00.000Z',
    author: OWNER,
  };
}

export function deleted(annotationId: string, recordNumber: number): JournalRecord {
  return {
    kind: 'annotation-deleted',
    annotationId,
    caseId: CASE,
    recordNumber,
    at: '2026-11-29T08:00:00.000Z',
    author: OWNER,
  };
}

export function readingPosition(materialId: string, recordNumber: number): JournalRecord {
  return {
    kind: 'reading-position',
    applicationId: 'a001',
    materialId,
    page: 2,
    fraction: 0.5,
    caseId: CASE,
    recordNumber,
    at: '2026-11-29T08:00:00.000Z',
    author: OWNER,
  };
}

export function openStatus(records: JournalRecord[]): JournalStatus {
  return {
    open: true,
    caseId: CASE,
    owner: OWNER,
    lastRecordNumber: records.at(-1)?.recordNumber ?? 0,
    records,
    tornTail: null,
  };
}

export const closedStatus: JournalStatus = { open: false, reason: 'no-package', recipient: null };

export const packageView: DeskPackageView = {
  fileName: 'e03.qbcase',
  caseId: CASE,
  packageId: 'p1',
  packageSequence: 1,
  year: 2026,
  office: { name: '办公室', fingerprint: 'BBBB-CCCC-DDDD-EEEE' },
  round: { id: 'material', kind: 'material', name: '2026年资料评审' },
  recipient: { expertId: 'e03', name: '张专家', fingerprint: OWNER, seats: [] },
  applications: [
    {
      id: 'a001',
      applicationNo: '2026001',
      applicantName: '华东精密轴承有限公司',
      experienceTitle: '精益质量管理实践',
      materials: [
        { id: 'm1', kind: 'application-text', name: '申报材料.docx', size: 1000 },
        { id: 'm2', kind: 'recommendation-form', name: '推荐表.pdf', size: 200 },
      ],
    },
    {
      id: 'a002',
      applicationNo: '2026002',
      applicantName: '西部智能装备股份有限公司',
      experienceTitle: '数字化质量管控平台',
      materials: [{ id: 'm3', kind: 'application-text', name: '申报材料.docx', size: 900 }],
    },
  ],
  unlockedWith: 'identity',
  canSign: true,
  pin: 'already-pinned',
  sequence: { kind: 'same' },
};

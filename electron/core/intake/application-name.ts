import { parseArchiveName } from '../../../shared/domain/application';
import type { ProblemFinding } from './intake-problem';

/** The archive's or folder's name is not "申报编号+申报单位全称": materials are still taken. */
const badNameFinding: ProblemFinding = {
  category: 'bad-name',
  effect: 'flagged',
  entryPath: null,
  detail: '名称应为“申报编号+申报单位全称”，请手工填写申报编号和申报单位',
  detailEn:
    'the name should be "application no.+applicant\'s full name"; type the two parts by hand',
};

/** The case's limits on the two parts (shared/domain/application.ts). */
const MAX_APPLICATION_NO = 64;
const MAX_APPLICANT_NAME = 200;

/**
 * The name's two parts, or null with the finding that says why not: a name that does not split,
 * or parts longer than the case can hold (a 申报编号 is short; such a name is not one).
 */
export function nameParts(sourceName: string): {
  parsed: ReturnType<typeof parseArchiveName>;
  findings: ProblemFinding[];
} {
  const parsed = parseArchiveName(sourceName);
  if (parsed === null) return { parsed, findings: [badNameFinding] };
  if (
    parsed.applicationNo.length > MAX_APPLICATION_NO ||
    parsed.applicantName.length > MAX_APPLICANT_NAME
  ) {
    const tooLong: ProblemFinding = {
      ...badNameFinding,
      detail: `申报编号或申报单位全称过长（上限 ${MAX_APPLICATION_NO} 和 ${MAX_APPLICANT_NAME} 个字符），请手工填写`,
      detailEn: `the application number or the applicant's name is too long (at most ${MAX_APPLICATION_NO} and ${MAX_APPLICANT_NAME} characters); type them by hand`,
    };
    return { parsed: null, findings: [tooLong] };
  }
  return { parsed, findings: [] };
}

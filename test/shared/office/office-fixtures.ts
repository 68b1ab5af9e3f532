import type { Application } from '../../../shared/domain/application';
import type { Expert } from '../../../shared/domain/expert';
import type { ExpertCard } from '../../../shared/office/expert-card';
import type { OfficeMaterial } from '../../../shared/office/office-material';

/** An application of the given id; number and name follow from it unless overridden. */
export function application(id: string, overrides: Partial<Application> = {}): Application {
  return {
    id,
    applicationNo: `BG2021-${id}`,
    applicantName: `申报单位${id}有限公司`,
    experienceTitle: `经验${id}`,
    recommendingUnitId: 'u10',
    scope: 1,
    focusArea: 'none',
    isSme: false,
    ...overrides,
  };
}

export function expert(id: string, overrides: Partial<Expert> = {}): Expert {
  return {
    id,
    name: `专家${id}`,
    organisation: `专家单位${id}`,
    region: '北京市',
    fields: [],
    industries: [],
    role: 'member',
    ...overrides,
  };
}

/** A card that passes the schema; the key values are shaped right but mean nothing. */
export function card(
  name: string,
  fingerprint: string,
  overrides: Partial<ExpertCard> = {},
): ExpertCard {
  return {
    name,
    organisation: '某大学',
    region: '北京市',
    fields: ['卓越绩效'],
    industries: ['汽车'],
    role: 'member',
    signingPublicKey: `${'A'.repeat(42)}Q=`,
    ageRecipient: `age1${'q'.repeat(58)}`,
    fingerprint,
    ...overrides,
  };
}

let sequence = 0;

/** A material with a fresh id and hash unless given. */
export function material(
  applicationId: string,
  overrides: Partial<OfficeMaterial> = {},
): OfficeMaterial {
  sequence += 1;
  return {
    id: `m${sequence}`,
    applicationId,
    kind: 'application-text',
    fileName: '申报材料.docx',
    size: 1000,
    sha256: sequence.toString(16).padStart(64, '0'),
    receivedAt: '2021-06-20T10:00:00+08:00',
    problems: [],
    ...overrides,
  };
}

import {
  OFFICE_CASE_FORMAT,
  OFFICE_CASE_VERSION,
  OfficeCaseFieldsSchema,
} from './office-case-fields';
import type { OfficeCase } from './office-case-fields';
import { officeCaseProblems } from './office-case-integrity';
import { parseOrThrow } from './parse-or-throw';

export { OFFICE_CASE_FORMAT, OFFICE_CASE_VERSION } from './office-case-fields';
export type { OfficeCase } from './office-case-fields';
export { officeCaseProblems, type OfficeCaseProblem } from './office-case-integrity';
export {
  applicationsPassingFormalCheck,
  formalCheckOf,
  sealingPlanForRound,
} from './office-case-queries';
export {
  addMaterial,
  endOfDayInBeijing,
  nextApplicationId,
  setDeadline,
  setFormalCheckItem,
  upsertApplication,
  type ApplicationInput,
} from './office-case-intake';
export {
  addConflict,
  assignApplication,
  registerExpert,
  removeConflict,
  removeGroup,
  setCommittee,
  setGroup,
  type AssignmentChange,
} from './office-case-panel';
export {
  addDefenseRound,
  addMaterialRound,
  setRoundApplications,
  setRoundStatus,
  setRubric,
  type DefenseRoundRequest,
  type MaterialRoundInput,
} from './office-case-rounds';

/** 办公室工作案卷: the fields and every reference between them checked. */
export const OfficeCaseSchema = OfficeCaseFieldsSchema.superRefine((c, ctx) => {
  for (const problem of officeCaseProblems(c)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
  }
});

/** A new year's case: nothing registered, no rounds, no deadline. */
export function emptyOfficeCase(year: number): OfficeCase {
  return parseOrThrow(
    OfficeCaseSchema,
    {
      format: OFFICE_CASE_FORMAT,
      version: OFFICE_CASE_VERSION,
      year,
      deadline: null,
      rounds: [],
      applications: [],
      materials: [],
      formalChecks: [],
      experts: [],
      groups: [],
      committee: {},
      assignments: [],
      conflicts: [],
      issuedPackages: [],
      log: [],
    },
    '办公室工作案卷',
  );
}

import {
  OFFICE_RECORD_FORMAT,
  OFFICE_RECORD_VERSION,
  OfficeRecordFieldsSchema,
} from './office-record-fields';
import type { OfficeRecord } from './office-record-fields';
import { officeRecordProblems } from './office-record-integrity';
import { parseOrThrow } from '../errors';
// Issue 11, point 3: the follow-up section's references are checked with the rest.
import { followUpProblems } from './followup/followup-integrity';

export { OFFICE_RECORD_FORMAT, OFFICE_RECORD_VERSION } from './office-record-fields';
export type { OfficeRecord } from './office-record-fields';
export { officeRecordProblems, type OfficeRecordProblem } from './office-record-integrity';
export {
  applicationsPassingFormalCheck,
  formalCheckOf,
  sealingPlanForRound,
} from './office-record-queries';
export {
  addMaterial,
  endOfDayInBeijing,
  nextApplicationId,
  setDeadline,
  setFormalCheckItem,
  upsertApplication,
  type ApplicationInput,
} from './office-record-intake';
export {
  addConflict,
  assignApplication,
  registerExpert,
  removeConflict,
  removeGroup,
  setCommittee,
  setGroup,
  type AssignmentChange,
} from './office-record-panel';
export { resetUnits, setUnits, unitsOf } from './office-record-units';
export { clearStandIn, setStandIn, standInNeeds, standInsOfRound } from './stand-ins';
export { defaultUndertaking, setUndertaking, undertakingOf } from './undertaking';
export { roundRuleOf, setRoundRule } from './round-rule';
export {
  addDefenseRound,
  addMaterialRound,
  defenseRoundIdFor,
  setRoundApplications,
  setRoundStatus,
  setRubric,
  type DefenseRoundRequest,
  type MaterialRoundInput,
} from './office-record-rounds';

/** 办公室工作案卷: the fields and every reference between them checked. */
export const OfficeRecordSchema = OfficeRecordFieldsSchema.superRefine((c, ctx) => {
  for (const problem of [...officeRecordProblems(c), ...followUpProblems(c)]) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
  }
});

/** A new year's case: nothing registered, no rounds, no deadline. */
export function emptyOfficeRecord(year: number): OfficeRecord {
  return parseOrThrow(
    OfficeRecordSchema,
    {
      format: OFFICE_RECORD_FORMAT,
      version: OFFICE_RECORD_VERSION,
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
    'office-record',
  );
}

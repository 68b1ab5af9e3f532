/**
 * `office:` channels: each maps its validated request to one call of the office's desk; a change
 * of the record is one rule of shared/office applied through `update`.
 */
import {
  addConflict,
  assignApplication,
  removeConflict,
  setCommittee,
  setDeadline,
  setFormalCheckItem,
  setGroup,
  setRoundApplications,
  setRubric,
  upsertApplication,
} from '../../shared/office/office-record';
import { setMaterialKind } from '../../shared/office/material-correction';
import type { OfficeDesk } from '../core/office/office-desk';
import type { AreaHandlers } from './handler-map';

/** The request without the keys whose value is undefined (optional fields left out). */
function definedFields<T extends object>(request: T): T {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as T;
}

export function officeHandlers(office: OfficeDesk): AreaHandlers<'office'> {
  return {
    'office:status': () => office.status(),
    'office:open': (request) => office.open(definedFields(request)),
    'office:close': () => office.close(),
    'office:overview': () => office.overview(),
    'office:intake': ({ files, password }) => office.intake(files, password),
    'office:importRegister': ({ file }) => office.importRegister(file),
    'office:updateApplication': ({ application }) =>
      office.update((c) => upsertApplication(c, application)),
    'office:setMaterialKind': ({ materialId, kind }) =>
      office.update((c) => setMaterialKind(c, materialId, kind)),
    'office:setFormalCheckItem': ({ applicationId, itemId, state, note }) =>
      office.update((c) =>
        setFormalCheckItem(c, applicationId, itemId, definedFields({ state, note })),
      ),
    'office:setDeadline': ({ deadline }) => office.update((c) => setDeadline(c, deadline)),
    'office:previewCard': ({ card }) => office.previewCard(card),
    'office:registerExpert': ({ card, ...input }) =>
      office.registerExpert(card, definedFields(input)),
    'office:setGroup': (group) => office.update((c) => setGroup(c, group)),
    'office:setCommittee': (committee) => office.update((c) => setCommittee(c, committee)),
    'office:assign': (change) => office.update((c) => assignApplication(c, change)),
    'office:addConflict': (conflict) => office.update((c) => addConflict(c, conflict)),
    'office:removeConflict': ({ expertId, applicationId }) =>
      office.update((c) => removeConflict(c, expertId, applicationId)),
    'office:setRoundApplications': ({ roundId, applicationIds }) =>
      office.update((c) => setRoundApplications(c, roundId, applicationIds)),
    'office:addDefenseRound': (request) => office.addDefenseRound(request),
    'office:setRubric': ({ roundId, rubric }) =>
      office.update((c) => setRubric(c, roundId, rubric)),
    'office:seal': ({ roundId, withPassphrases }) => office.seal(roundId, withPassphrases),
    'office:reissue': (request) => office.reissue(definedFields(request)),
    'office:writeSlips': () => office.writeSlips(),
  };
}

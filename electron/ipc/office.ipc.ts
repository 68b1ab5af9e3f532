/**
 * `office:` channels: each maps its validated request to one call of the office's desk, or of
 * the open record's service (the same OfficeService the command line calls).
 */
import type { OfficeDesk } from '../core/office/office-desk';
import type { AreaHandlers } from './handler-map';

/** The request without the keys whose value is undefined (optional fields left out). */
function definedFields<T extends object>(request: T): T {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as T;
}

export function officeHandlers(office: OfficeDesk): AreaHandlers<'office'> {
  const record = () => office.record();
  return {
    'office:status': () => office.status(),
    'office:open': (request) => office.open(definedFields(request)),
    'office:close': () => office.close(),
    'office:overview': () => record().overview(),
    'office:intake': ({ files, password }) => office.intake(files, password),
    'office:importRegister': ({ file }) => office.importRegister(file),
    'office:updateApplication': ({ application }) => record().upsertApplication(application),
    'office:setMaterialKind': ({ materialId, kind }) => record().setMaterialKind(materialId, kind),
    'office:setFormalCheckItem': ({ applicationId, itemId, state, note }) =>
      record().setFormalCheckItem(applicationId, itemId, definedFields({ state, note })),
    'office:setDeadline': ({ deadline }) => record().setDeadline(deadline),
    'office:setUnits': ({ units }) => record().setUnits(units),
    'office:resetUnits': () => record().resetUnits(),
    'office:previewCard': ({ card }) => office.previewCard(card),
    'office:registerExpert': ({ card, ...input }) =>
      record().registerExpert(card, definedFields(input)),
    'office:setGroup': (group) => record().setGroup(group),
    'office:setCommittee': (committee) => record().setCommittee(committee),
    'office:assign': (change) => record().assign(change),
    'office:addConflict': (conflict) => record().addConflict(conflict),
    'office:removeConflict': ({ expertId, applicationId }) =>
      record().removeConflict(expertId, applicationId),
    'office:setRoundApplications': ({ roundId, applicationIds }) =>
      record().setRoundApplications(roundId, applicationIds),
    'office:addDefenseRound': async (request) => (await record().addDefenseRound(request)).overview,
    'office:setRubric': ({ roundId, rubric }) => record().setRubric(roundId, rubric),
    'office:setStandIn': ({ roundId, applicationId, expertId }) =>
      record().setStandIn(roundId, applicationId, expertId),
    'office:clearStandIn': ({ roundId, applicationId }) =>
      record().clearStandIn(roundId, applicationId),
    'office:setUndertaking': ({ roundId, text }) => record().setUndertaking(roundId, text),
    'office:setRoundRule': ({ roundId, rule }) => record().setRoundRule(roundId, rule),
    'office:seal': ({ roundId, withPassphrases }) => office.seal(roundId, withPassphrases),
    'office:reissue': (request) => office.reissue(definedFields(request)),
    'office:writeSlips': () => office.writeSlips(),
  };
}

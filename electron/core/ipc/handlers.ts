/** One handler per channel, over the core services. Inputs arrive already validated by dispatch. */
import {
  addConflict,
  addDefenseRound,
  assignApplication,
  removeConflict,
  setCommittee,
  setDeadline,
  setFormalCheckItem,
  setGroup,
  setRoundApplications,
  setRubric,
  upsertApplication,
} from '../../../shared/office/office-record';
import { setMaterialKind } from '../../../shared/office/material-correction';
import type { CoreServices } from '../services';
import type { Handlers } from './dispatch';

export function createHandlers(services: CoreServices): Handlers {
  const { office } = services;
  return {
    'app:getInfo': () => ({ ...services.app }),
    'units:list': ({ year }) => services.units.list(year),
    'units:save': ({ year, units }) => services.units.save(year, units),
    'units:reset': ({ year }) => services.units.reset(year),
    'office:status': () => office.status(),
    'office:open': ({ passphrase, create, restoreGeneration }) =>
      office.open({
        passphrase,
        ...(create ? { create } : {}),
        ...(restoreGeneration === undefined ? {} : { restoreGeneration }),
      }),
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
        setFormalCheckItem(c, applicationId, itemId, {
          ...(state === undefined ? {} : { state }),
          ...(note === undefined ? {} : { note }),
        }),
      ),
    'office:setDeadline': ({ deadline }) => office.update((c) => setDeadline(c, deadline)),
    'office:previewCard': ({ card }) => office.previewCard(card),
    'office:registerExpert': ({ card, id, role, fingerprint, region, fields, industries }) =>
      office.registerExpert(card, {
        id,
        role,
        fingerprint,
        ...(region === undefined ? {} : { region }),
        fields,
        industries,
      }),
    'office:setGroup': (group) => office.update((c) => setGroup(c, group)),
    'office:setCommittee': (committee) => office.update((c) => setCommittee(c, committee)),
    'office:assign': (change) => office.update((c) => assignApplication(c, change)),
    'office:addConflict': (conflict) => office.update((c) => addConflict(c, conflict)),
    'office:removeConflict': ({ expertId, applicationId }) =>
      office.update((c) => removeConflict(c, expertId, applicationId)),
    'office:setRoundApplications': ({ roundId, applicationIds }) =>
      office.update((c) => setRoundApplications(c, roundId, applicationIds)),
    'office:addDefenseRound': ({ materialRoundId, shortlist }) =>
      office.update((c) =>
        addDefenseRound(c, {
          materialRoundId,
          shortlist,
          // One defense round per material round is the usual; a second gets its own id.
          id: c.rounds.some((r) => r.round.id === 'defense')
            ? `defense-${c.rounds.length}`
            : 'defense',
          createdAt: new Date().toISOString(),
        }),
      ),
    'office:setRubric': ({ roundId, rubric }) =>
      office.update((c) => setRubric(c, roundId, rubric)),
    'office:seal': ({ roundId, withPassphrases }) => office.seal(roundId, withPassphrases),
    'office:reissue': ({ roundId, expertId, withPassphrase, note }) =>
      office.reissue({
        roundId,
        expertId,
        withPassphrase,
        ...(note === undefined ? {} : { note }),
      }),
    'office:writeSlips': () => office.writeSlips(),
  };
}

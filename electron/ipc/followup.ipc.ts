/**
 * `followup:` channels (issue 11, point 3): each act goes to the open record's service, the same
 * OfficeService the command line calls, which stamps it with who and when.
 */
import type { OfficeDesk } from '../core/office/office-desk';
import type { AreaHandlers } from './handler-map';

export function followupHandlers(office: OfficeDesk): AreaHandlers<'followup'> {
  return {
    'followup:record': ({ act, handler }) => office.record().recordFollowUp(act, handler),
    'followup:importResult': ({ roundId, file, handler }) =>
      office.record().importResultShown(file.bytes, roundId, handler),
    'followup:openResult': ({ roundId }) => office.record().openedResult(roundId),
    'followup:exportReports': async ({ roundId, reports, handler }) => {
      const done = await office.exportReports({ roundId, reports, handler });
      if (done === null) return null;
      const { folderName, files } = done.exported;
      return { exported: { folderName, files: [...files] }, overview: done.overview };
    },
    'followup:defenseFromResult': async ({ materialRoundId }) =>
      (await office.record().addDefenseRoundFromResult(materialRoundId)).overview,
    'followup:exportRecord': () => office.exportFollowUpRecord(),
    'followup:importReReview': ({ file, handler }) =>
      office.record().importReReview(file.bytes, handler),
  };
}

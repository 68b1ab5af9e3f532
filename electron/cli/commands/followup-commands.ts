/** The office's follow-up commands (issue 11, point 3), in the order of the work (Articles 20–22). */
import type { Command } from '../command';
import { followupNotice, followupConsult, followupSiteCheck } from './followup-notice';
import {
  followupInvestigate,
  followupObjection,
  followupReReview,
  followupRefer,
} from './followup-objection';
import { followupExport, followupShow, followupVerify } from './followup-record';
import {
  followupDefenseFromResult,
  followupImportReReview,
  followupImportResult,
} from './followup-import';
import {
  followupAbsence,
  followupApprove,
  followupCalendar,
  followupDefenseOrder,
  followupFinal,
} from './followup-result';

export const followupCommands: readonly Command[] = [
  followupImportResult,
  followupDefenseFromResult,
  followupDefenseOrder,
  followupAbsence,
  followupConsult,
  followupSiteCheck,
  followupCalendar,
  followupNotice,
  followupObjection,
  followupInvestigate,
  followupRefer,
  followupReReview,
  followupImportReReview,
  followupApprove,
  followupFinal,
  followupShow,
  followupExport,
  followupVerify,
];

/**
 * An act as the office states it, as a schema: what crosses IPC from the screen. The record adds
 * seq, at and by; the notice's last day is computed, and an objection's id is the next free one
 * unless given (followup-rules.ts).
 */
import { z } from 'zod';
import {
  Approval,
  CalendarYearSet,
  Consultation,
  DefenseAbsence,
  DefenseOrder,
  FinalList,
  NoticePublished,
  ObjectionInvestigated,
  ObjectionReceived,
  ObjectionReferred,
  ObjectionReReviewed,
  OnSiteCheck,
} from './followup-acts';

const stamp = { seq: true, at: true, by: true } as const;

/**
 * What the screen may send: every act but the result's import, which only main records, from a
 * bundle it verified itself (a renderer could otherwise claim any list was signed).
 */
export const FollowUpRequestSchema = z.discriminatedUnion('kind', [
  Consultation.omit(stamp),
  OnSiteCheck.omit(stamp),
  NoticePublished.omit({ ...stamp, lastDay: true }),
  ObjectionReceived.omit(stamp).extend({
    objectionId: ObjectionReceived.shape.objectionId.optional(),
  }),
  ObjectionInvestigated.omit(stamp),
  ObjectionReferred.omit(stamp),
  ObjectionReReviewed.omit(stamp),
  Approval.omit(stamp),
  FinalList.omit(stamp),
  CalendarYearSet.omit(stamp),
  DefenseOrder.omit(stamp),
  DefenseAbsence.omit(stamp),
]);

/**
 * The rules of the office's follow-up (Articles 20–22), one function that records an act: it
 * checks the act against what is on record, stamps it with who and when, and returns the new
 * record. Refusals are AppErrors of the office-followup family; nothing is recorded then.
 */
import { AppError, parseOrThrow } from '../../errors';
import type { OfficeRecord } from '../office-record-fields';
import type { FollowUpAct, FollowUpActor, ReReviewOutcome } from './followup-acts';
import { FollowUpActSchema, FollowUpActorSchema } from './followup-acts';
import type { FollowUpState } from './followup-state';
import { followUpState, nextObjectionId, undecidedObjections } from './followup-state';
import { resultImportStanding } from './result-import-standing';
import type { IsoDate } from './iso-date';
import { beijingDateOf, isoDateParts } from './iso-date';
import type { CalendarYear } from './working-days';
import { noticePeriod, receivedInTime } from './working-days';

type ActOf<K extends FollowUpAct['kind']> = Extract<FollowUpAct, { kind: K }>;
type Stated<K extends FollowUpAct['kind']> = Omit<ActOf<K>, 'seq' | 'at' | 'by'>;
/** Every act without its stamp (distributed over the kinds, so each keeps its own fields). */
type Unstamped = { [K in FollowUpAct['kind']]: Stated<K> }[FollowUpAct['kind']];

/** An act as the office states it; the record adds the stamp (and what it computes). */
export type FollowUpRequest =
  | Stated<'consultation'>
  | Stated<'on-site-check'>
  /** The last day is computed from the start and the calendar, never stated. */
  | Omit<Stated<'notice-published'>, 'lastDay'>
  /** The id is the next free one (o001…) when left out. */
  | (Omit<Stated<'objection-received'>, 'objectionId'> & { objectionId?: string })
  | Stated<'objection-investigated'>
  | Stated<'objection-referred'>
  | Stated<'objection-re-reviewed'>
  | Stated<'approval'>
  | Stated<'final-list'>
  | Stated<'calendar-year'>
  | Stated<'defense-order'>
  | Stated<'defense-absence'>
  /** Only main records it, from a result bundle it verified (result-import.ts). */
  | Stated<'result-imported'>
  /** Only main records it, once it wrote the files (office-service.ts). */
  | Stated<'reports-exported'>;

/** What the screen may ask main to record: every act but a result's import and an export. */
export type ScreenFollowUpRequest = Exclude<
  FollowUpRequest,
  { kind: 'result-imported' | 'reports-exported' }
>;

export interface ActContext {
  /** The clock: dates the act, and no date stated may lie after its day in Beijing. */
  readonly now: Date;
  readonly by: FollowUpActor;
}

/** Records one act; returns the record with it appended. */
export function recordFollowUpAct(
  record: OfficeRecord,
  request: FollowUpRequest,
  context: ActContext,
): OfficeRecord {
  if (context.by.handler.trim() === '') throw new AppError('followup-handler-missing');
  const by = parseOrThrow(FollowUpActorSchema, context.by, 'office-record');
  const state = followUpState(record.followUp);
  const today = beijingDateOf(context.now);
  // Closed to new acts; the calendar, and reports written of what is on record, apart.
  if (
    state.finalList !== null &&
    request.kind !== 'calendar-year' &&
    request.kind !== 'reports-exported'
  ) {
    throw new AppError('followup-closed');
  }
  const completed = completeAct(record, state, request, today);
  const act = parseOrThrow(
    FollowUpActSchema,
    { ...completed, seq: state.acts.length + 1, at: context.now.toISOString(), by },
    'office-record',
  );
  return { ...record, followUp: { acts: [...state.acts, act] } };
}

/** The act checked against the record, with what the record computes filled in. */
function completeAct(
  record: OfficeRecord,
  state: FollowUpState,
  request: FollowUpRequest,
  today: IsoDate,
): Unstamped {
  const notFuture = (...dates: (IsoDate | null)[]) => {
    for (const date of dates) {
      if (date !== null && date > today) throw new AppError('followup-date-in-future', { date });
    }
  };
  const knownApplication = (applicationId: string) => {
    if (!record.applications.some((a) => a.id === applicationId)) {
      throw new AppError('followup-application-unknown', { applicationId });
    }
  };

  switch (request.kind) {
    case 'consultation':
      notFuture(request.sentOn, request.repliedOn);
      if (request.repliedOn !== null && request.repliedOn < request.sentOn) {
        throw new AppError('followup-date-order', { from: request.sentOn, to: request.repliedOn });
      }
      return request;

    case 'on-site-check':
      knownApplication(request.applicationId);
      notFuture(request.from, request.to);
      if (request.to < request.from) {
        throw new AppError('followup-date-order', { from: request.from, to: request.to });
      }
      return request;

    case 'notice-published': {
      if (state.notice !== null) throw new AppError('notice-already-published');
      request.applicationIds.forEach(knownApplication);
      repeatedIds(request.applicationIds);
      notFuture(request.start);
      const period = noticePeriod(request.start, state.calendarYears, {
        workingDays: 10,
        firstDayCounts: request.firstDayCounts,
      });
      return { ...request, lastDay: period.lastDay };
    }

    case 'objection-received': {
      const notice = state.notice;
      if (notice === null) throw new AppError('notice-not-published');
      if (!notice.applicationIds.includes(request.applicationId)) {
        throw new AppError('notice-application-not-listed', {
          applicationId: request.applicationId,
        });
      }
      notFuture(request.receivedOn);
      if (request.receivedOn < notice.start) {
        throw new AppError('objection-before-notice', {
          receivedOn: request.receivedOn,
          start: notice.start,
        });
      }
      // The period as published; the office's later calendar corrections do not move it.
      if (!receivedInTime(request.receivedOn, { lastDay: notice.lastDay })) {
        throw new AppError('objection-late', {
          receivedOn: request.receivedOn,
          lastDay: notice.lastDay,
        });
      }
      const objectionId = request.objectionId ?? nextObjectionId(state);
      if (state.objections.some((o) => o.received.objectionId === objectionId)) {
        throw new AppError('objection-id-taken', { objectionId });
      }
      return { ...request, objectionId };
    }

    case 'objection-investigated': {
      const o = openObjection(state, request.objectionId);
      notFuture(request.on);
      if (request.on < o.received.receivedOn) {
        throw new AppError('followup-date-order', { from: o.received.receivedOn, to: request.on });
      }
      return request;
    }

    case 'objection-referred': {
      const o = openObjection(state, request.objectionId);
      if (o.investigation === null) {
        throw new AppError('objection-not-investigated', { objectionId: request.objectionId });
      }
      notFuture(request.on);
      if (request.on < o.investigation.on) {
        throw new AppError('followup-date-order', { from: o.investigation.on, to: request.on });
      }
      return request;
    }

    case 'objection-re-reviewed': {
      const o = openObjection(state, request.objectionId);
      if (o.referral === null) {
        throw new AppError('objection-not-referred', { objectionId: request.objectionId });
      }
      const { chairId, viceChairId } = record.committee;
      if (request.committeeMemberId !== chairId && request.committeeMemberId !== viceChairId) {
        throw new AppError('re-review-not-committee', { expertId: request.committeeMemberId });
      }
      notFuture(request.decidedOn);
      if (request.decidedOn < o.referral.on) {
        throw new AppError('followup-date-order', { from: o.referral.on, to: request.decidedOn });
      }
      return request;
    }

    case 'approval': {
      const notice = state.notice;
      if (notice === null) throw new AppError('notice-not-published');
      notFuture(request.approvedOn);
      if (request.approvedOn <= notice.lastDay) {
        throw new AppError('notice-period-running', { lastDay: notice.lastDay });
      }
      const undecided = undecidedObjections(state);
      if (undecided.length > 0) {
        throw new AppError('objections-undecided', { objectionIds: undecided });
      }
      return request;
    }

    case 'final-list': {
      const notice = state.notice;
      if (state.approval === null || notice === null) throw new AppError('approval-missing');
      repeatedIds(request.applicationIds);
      const outside = request.applicationIds.filter((id) => !notice.applicationIds.includes(id));
      if (outside.length > 0) {
        throw new AppError('final-list-outside-notice', { applicationIds: outside });
      }
      const upheld = upheldApplications(state);
      const withUpheld = request.applicationIds.filter((id) => upheld.has(id));
      if (withUpheld.length > 0) {
        throw new AppError('final-list-has-upheld', { applicationIds: withUpheld });
      }
      notFuture(request.publishedOn);
      if (request.publishedOn < state.approval.approvedOn) {
        throw new AppError('followup-date-order', {
          from: state.approval.approvedOn,
          to: request.publishedOn,
        });
      }
      return request;
    }

    case 'calendar-year':
      checkCalendarYear(request.table);
      return request;

    case 'defense-order': {
      const round = defenseRound(record, request.roundId);
      repeatedIds(request.applicationIds);
      const missing = round.applicationIds.filter((id) => !request.applicationIds.includes(id));
      const extra = request.applicationIds.filter((id) => !round.applicationIds.includes(id));
      if (missing.length > 0 || extra.length > 0) {
        throw new AppError('defense-order-mismatch', { missing, extra });
      }
      return request;
    }

    case 'result-imported': {
      const round = record.rounds.find((r) => r.round.id === request.roundId);
      if (!round) throw new AppError('round-not-found', { roundId: request.roundId });
      // An older bundle of its signer is refused; the same file is never recorded twice.
      if (resultImportStanding(state, request).kind === 'already-imported') {
        throw new AppError('result-already-imported', { roundId: request.roundId });
      }
      const expected = round.round.kind === 'material' ? 'defense-shortlist' : 'preliminary';
      if (request.listKind !== expected) {
        throw new AppError('result-round-kind', { roundId: request.roundId });
      }
      const outside = request.applicationIds.filter((id) => !round.applicationIds.includes(id));
      if (outside.length > 0) {
        throw new AppError('result-round-incomplete', { missing: [], extra: outside });
      }
      return request;
    }

    case 'reports-exported':
      if (!record.rounds.some((r) => r.round.id === request.roundId)) {
        throw new AppError('round-not-found', { roundId: request.roundId });
      }
      return request;

    case 'defense-absence': {
      const round = defenseRound(record, request.roundId);
      if (!round.applicationIds.includes(request.applicationId)) {
        throw new AppError('defense-application-not-in-round', {
          applicationId: request.applicationId,
          roundId: request.roundId,
        });
      }
      return request;
    }
  }
}

function openObjection(state: FollowUpState, objectionId: string) {
  const o = state.objections.find((x) => x.received.objectionId === objectionId);
  if (!o) throw new AppError('objection-not-found', { objectionId });
  if (o.reReview !== null) throw new AppError('objection-decided', { objectionId });
  return o;
}

function repeatedIds(ids: readonly string[]): void {
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) {
    throw new AppError('followup-ids-repeated', { applicationIds: [...new Set(repeated)] });
  }
}

function defenseRound(record: OfficeRecord, roundId: string) {
  const round = record.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  if (round.round.kind !== 'defense') throw new AppError('not-a-defense-round', { roundId });
  return round;
}

function checkCalendarYear(table: CalendarYear): void {
  const seen = new Set<string>();
  for (const day of table.days) {
    if (isoDateParts(day.date).year !== table.year) {
      throw new AppError('calendar-day-outside-year', { date: day.date, year: table.year });
    }
    if (seen.has(day.date)) throw new AppError('calendar-day-repeated', { date: day.date });
    seen.add(day.date);
  }
}

/** The applications with an objection the committee upheld. */
export function upheldApplications(state: FollowUpState): Set<string> {
  return new Set(
    state.objections
      .filter((o) => o.reReview?.outcome === ('upheld' satisfies ReReviewOutcome))
      .map((o) => o.received.applicationId),
  );
}

/** The final list the office would publish by default: the notice's, less upheld objections. */
export function proposedFinalList(state: FollowUpState): string[] {
  const upheld = upheldApplications(state);
  return (state.notice?.applicationIds ?? []).filter((id) => !upheld.has(id));
}

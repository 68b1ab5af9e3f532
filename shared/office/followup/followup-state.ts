/**
 * What the office's follow-up stands at, folded from its acts in order: the latest consultation,
 * every on-site check, the notice, each objection with its status, the approval, the final list,
 * the office's calendar tables and each defense round's order and absences.
 */
import type { ObjectionStatus } from '../../domain/objection';
import type { FollowUp, FollowUpAct } from './followup-acts';
import type { CalendarYear } from './working-days';

type ActOf<K extends FollowUpAct['kind']> = Extract<FollowUpAct, { kind: K }>;

export interface ObjectionView {
  readonly received: ActOf<'objection-received'>;
  readonly status: ObjectionStatus;
  readonly investigation: ActOf<'objection-investigated'> | null;
  readonly referral: ActOf<'objection-referred'> | null;
  readonly reReview: ActOf<'objection-re-reviewed'> | null;
}

export interface DefenseState {
  readonly order: readonly string[] | null;
  /** The latest absence recorded per application. */
  readonly absences: readonly ActOf<'defense-absence'>[];
}

export interface FollowUpState {
  readonly acts: readonly FollowUpAct[];
  readonly consultation: ActOf<'consultation'> | null;
  readonly onSiteChecks: readonly ActOf<'on-site-check'>[];
  readonly notice: ActOf<'notice-published'> | null;
  readonly objections: readonly ObjectionView[];
  readonly approval: ActOf<'approval'> | null;
  readonly finalList: ActOf<'final-list'> | null;
  readonly calendarYears: readonly CalendarYear[];
  readonly defense: Readonly<Record<string, DefenseState>>;
  /** The latest result bundle imported per round. */
  readonly results: Readonly<Record<string, ActOf<'result-imported'>>>;
}

export const EMPTY_FOLLOW_UP: FollowUp = { acts: [] };

function statusOf(view: Omit<ObjectionView, 'status'>): ObjectionStatus {
  if (view.reReview) return view.reReview.outcome;
  if (view.referral) return 'referred-to-committee';
  if (view.investigation) return 'investigating';
  return 'received';
}

export function followUpState(followUp: FollowUp | undefined): FollowUpState {
  const acts = followUp?.acts ?? [];
  let consultation: ActOf<'consultation'> | null = null;
  let notice: ActOf<'notice-published'> | null = null;
  let approval: ActOf<'approval'> | null = null;
  let finalList: ActOf<'final-list'> | null = null;
  const onSiteChecks: ActOf<'on-site-check'>[] = [];
  const objections = new Map<string, Omit<ObjectionView, 'status'>>();
  const calendar = new Map<number, CalendarYear>();
  const defense = new Map<
    string,
    { order: string[] | null; absences: Map<string, ActOf<'defense-absence'>> }
  >();
  const defenseOf = (roundId: string) => {
    let state = defense.get(roundId);
    if (!state) defense.set(roundId, (state = { order: null, absences: new Map() }));
    return state;
  };
  const objection = (id: string) => objections.get(id);
  const results: Record<string, ActOf<'result-imported'>> = {};

  for (const act of acts) {
    switch (act.kind) {
      case 'consultation':
        consultation = act;
        break;
      case 'on-site-check':
        onSiteChecks.push(act);
        break;
      case 'notice-published':
        notice = act;
        break;
      case 'objection-received':
        objections.set(act.objectionId, {
          received: act,
          investigation: null,
          referral: null,
          reReview: null,
        });
        break;
      case 'objection-investigated': {
        const o = objection(act.objectionId);
        if (o) objections.set(act.objectionId, { ...o, investigation: act });
        break;
      }
      case 'objection-referred': {
        const o = objection(act.objectionId);
        if (o) objections.set(act.objectionId, { ...o, referral: act });
        break;
      }
      case 'objection-re-reviewed': {
        const o = objection(act.objectionId);
        if (o) objections.set(act.objectionId, { ...o, reReview: act });
        break;
      }
      case 'approval':
        approval = act;
        break;
      case 'final-list':
        finalList = act;
        break;
      case 'calendar-year':
        calendar.set(act.table.year, act.table);
        break;
      case 'defense-order':
        defenseOf(act.roundId).order = [...act.applicationIds];
        break;
      case 'defense-absence':
        defenseOf(act.roundId).absences.set(act.applicationId, act);
        break;
      case 'result-imported':
        results[act.roundId] = act;
        break;
    }
  }
  return {
    acts,
    consultation,
    onSiteChecks,
    notice,
    objections: [...objections.values()].map((o) => ({ ...o, status: statusOf(o) })),
    approval,
    finalList,
    calendarYears: [...calendar.values()].sort((a, b) => a.year - b.year),
    defense: Object.fromEntries(
      [...defense].map(([roundId, d]) => [
        roundId,
        { order: d.order, absences: [...d.absences.values()] },
      ]),
    ),
    results,
  };
}

/** An objection is decided once the committee's re-review is recorded. */
export function undecidedObjections(state: FollowUpState): string[] {
  return state.objections.filter((o) => o.reReview === null).map((o) => o.received.objectionId);
}

/** The next objection id: o001, o002… */
export function nextObjectionId(state: FollowUpState): string {
  const taken = new Set(state.objections.map((o) => o.received.objectionId));
  for (let n = 1; ; n += 1) {
    const id = `o${String(n).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}

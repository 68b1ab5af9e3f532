/**
 * One application's view of the committee merge: its row, its places in both rankings, and its
 * place on the list or the reason it was cut. What the result bundle's section of that
 * application holds, so that a chair or vice-chair in conflict with another application reads
 * everything about the ones they may read and nothing of that one's scores.
 */
import type { CutReason } from './committee-list';
import type { CommitteeApplication, CommitteeMerge } from './committee-merge';

export interface ApplicationPlace {
  readonly rank: number;
  readonly position: number;
  /** How many applications the ranking holds. */
  readonly of: number;
}

export interface ApplicationView {
  readonly caseId: string;
  readonly roundId: string;
  readonly application: CommitteeApplication;
  /** Null when unscored. */
  readonly raw: ApplicationPlace | null;
  /** Null when unscored or normalisation was refused. */
  readonly normalised: ApplicationPlace | null;
  readonly list:
    { readonly on: true; readonly position: number } | ({ readonly on: false } & CutReason);
}

/** The view of `applicationId`; throws when the merge does not hold it. */
export function applicationView(merge: CommitteeMerge, applicationId: string): ApplicationView {
  const application = merge.applications.find((a) => a.applicationId === applicationId);
  if (application === undefined) throw new RangeError('not an application of the merge');
  const place = (order: readonly { applicationId: string; rank: number; position: number }[]) => {
    const entry = order.find((e) => e.applicationId === applicationId);
    return entry === undefined
      ? null
      : { rank: entry.rank, position: entry.position, of: order.length };
  };
  const { normalised } = merge.ranking;
  const onList = merge.list.entries.find((e) => e.applicationId === applicationId);
  const cut = merge.list.cuts.find((c) => c.applicationId === applicationId);
  let list: ApplicationView['list'];
  if (onList !== undefined) list = { on: true, position: onList.position };
  else if (cut !== undefined) {
    const { applicationId: _id, applicationNo: _no, ...reason } = cut;
    list = { on: false, ...reason };
  } else throw new RangeError('an application neither on the list nor cut');
  return {
    caseId: merge.caseId,
    roundId: merge.roundId,
    application,
    raw: place(merge.ranking.raw.order),
    normalised: normalised.ok ? place(normalised.order) : null,
    list,
  };
}

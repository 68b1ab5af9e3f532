/**
 * 不等待组员: going on without a member is an `absence` record, with its reason, on every
 * application the leader chairs where that member's review is missing and no absence of theirs
 * is recorded yet. Pure: the screen sends the records one by one.
 */
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { GroupMerge } from '../../../shared/merge/group-merge';

export type GoOnCause = 'missing-review' | 'dropped-out';

export function goOnWithoutRecords(
  merge: GroupMerge,
  deliberation: readonly ApplicationDeliberation[],
  form: { readonly expertId: string; readonly cause: GoOnCause; readonly reason: string },
): DeliberationRecord[] {
  const reason = form.reason.trim();
  if (reason === '') return [];
  return merge.applications.flatMap((application) => {
    const missing = application.missing.some((m) => m.expertId === form.expertId);
    const recused = application.recused.some((r) => r.expertId === form.expertId);
    const recorded = deliberation
      .find((d) => d.applicationId === application.applicationId)
      ?.absences.some((a) => a.expertId === form.expertId);
    // A member who dropped out leaves every application they could vote on; a missing review
    // is recorded only where it is missing.
    const applies = form.cause === 'dropped-out' ? !recused : missing;
    if (!applies || recorded === true) return [];
    return [
      {
        kind: 'absence' as const,
        applicationId: application.applicationId,
        expertId: form.expertId,
        cause: form.cause,
        reason,
      },
    ];
  });
}

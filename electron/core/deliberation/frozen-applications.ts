/**
 * The resubmission rule (docs/merge.md, "In the app"): an application whose deliberation is open
 * (it has a record) keeps the merge it was opened on. A new member bundle that would change that
 * application's merge, in canonical JSON, is refused, naming the member and the application;
 * except that a member who stays missing from it (a first bundle with no section for it, as for
 * a conflict the office recorded) does not change it: who is missing is compared, not why.
 */
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import type { ApplicationMerge, GroupMerge } from '../../../shared/merge/group-merge';

export interface FrozenCheck {
  readonly before: GroupMerge;
  readonly after: GroupMerge;
  readonly records: readonly DeliberationRecord[];
  /** The authors of the bundles being admitted. */
  readonly newAuthors: readonly string[];
  readonly applicationNo: (applicationId: string) => string;
}

/** The application's merge as the rule compares it: who is missing, not why. */
function frozenPart(application: ApplicationMerge): string {
  return canonicalJson({ ...application, missing: application.missing.map((m) => m.expertId) });
}

/** A member's place in an application: their row, whether missing, their recusal. */
function placeOf(application: ApplicationMerge | undefined, expertId: string): string {
  return canonicalJson([
    application?.rows.find((r) => r.expertId === expertId) ?? null,
    application?.missing.some((m) => m.expertId === expertId) ?? false,
    application?.recused.find((r) => r.expertId === expertId) ?? null,
  ]);
}

/** Throws `deliberation-member-frozen` for the first open application the bundles change. */
export function refuseFrozenChanges(check: FrozenCheck): void {
  const opened = new Set(check.records.map((r) => r.applicationId));
  const authors = [...check.newAuthors].sort();
  for (const application of check.after.applications) {
    if (!opened.has(application.applicationId)) continue;
    const was = check.before.applications.find(
      (a) => a.applicationId === application.applicationId,
    );
    if (was !== undefined && frozenPart(was) === frozenPart(application)) continue;
    const expertId =
      authors.find((id) => placeOf(was, id) !== placeOf(application, id)) ?? authors[0] ?? '';
    throw new AppError('deliberation-member-frozen', {
      expertId,
      applicationNo: check.applicationNo(application.applicationId),
    });
  }
}

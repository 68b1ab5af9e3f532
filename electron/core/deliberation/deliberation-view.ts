/** The leader's screen's state (shared/deliberation/deliberation-views.ts) of what was computed. */
import type { AvailableDeliberation } from '../../../shared/deliberation/deliberation-views';
import type { Computed } from './deliberation-facts';
import { deliberationRule, mergeDigestOf } from './deliberation-facts';

export function deliberationView(c: Computed): AvailableDeliberation {
  const { manifest } = c.session;
  const { merge } = c.prepared;
  const group = manifest.groups.find((g) => g.id === merge.groupId);
  const nameOf = new Map((group?.members ?? []).map((m) => [m.expertId, m.name]));
  const opened = new Set(c.journal.records.map((r) => r.applicationId));
  const { rule, source } = deliberationRule(manifest);
  return {
    available: true,
    caseId: manifest.caseId,
    round: { id: manifest.round.id, kind: manifest.round.kind, name: manifest.round.name },
    rubric: manifest.round.rubric,
    group: { id: merge.groupId, name: group?.name ?? merge.groupId },
    merger: merge.merger,
    rule: { quorum: rule.quorum, pass: rule.pass, source },
    members: merge.members.map((m) => ({
      expertId: m.expertId,
      name: nameOf.get(m.expertId) ?? '',
      fingerprint: m.fingerprint,
      role: m.role,
      submitted:
        m.submitted === null
          ? null
          : {
              sequence: m.submitted.sequence,
              sha256: m.submitted.digest,
              superseded: m.submitted.superseded.map((x) => ({
                sequence: x.sequence,
                sha256: x.digest,
              })),
            },
    })),
    applications: merge.applications.map((a) => {
      const facts = manifest.applications.find((x) => x.id === a.applicationId);
      return {
        applicationId: a.applicationId,
        applicationNo: facts?.applicationNo ?? a.applicationId,
        applicantName: facts?.applicantName ?? '',
        experienceTitle: facts?.experienceTitle ?? '',
        chairRole: a.chairRole,
        opened: opened.has(a.applicationId),
      };
    }),
    merge,
    mergeDigest: mergeDigestOf(merge),
    deliberation: [...c.deliberation],
    records: [...c.journal.entries],
    exports: [...c.journal.exports],
    reportExports: [...c.journal.reportExports],
  };
}

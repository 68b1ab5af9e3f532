/** The chair's screens' state (shared/ipc/committee-channels.ts) of what was computed. Pure. */
import type { AvailableCommitteeDesk } from '../../../shared/committee-desk/committee-desk-views';
import { signerRoleOf } from '../committee';
import type { Computed } from './committee-desk-facts';
import { committeeMergeDigest } from './committee-desk-facts';

export function committeeDeskView(c: Computed): AvailableCommitteeDesk {
  const { manifest, identity } = c.session;
  const nameOf = new Map([
    ...manifest.groups.flatMap((g) => g.members.map((m) => [m.expertId, m.name] as const)),
    ...manifest.roster.map((p) => [p.expertId, p.name] as const),
  ]);
  const me = manifest.roster.find((p) => p.fingerprint === identity.card.fingerprint);
  const merge = c.prepared?.merge ?? null;
  const groups = manifest.groups.map((g) => {
    // One current bundle per merger of the group (the highest sequence), as the core takes them.
    const ofGroup = c.verified
      .filter((v) => v.header.groupId === g.id)
      .sort((a, b) => a.header.sequence - b.header.sequence);
    const mergers = [...new Set(ofGroup.map((v) => v.header.merger.fingerprint))];
    const bundles = mergers.map((fingerprint) => {
      const mine = ofGroup.filter((v) => v.header.merger.fingerprint === fingerprint);
      const current = mine.at(-1)!;
      const expertId = current.header.roster.statement.member.expertId;
      return {
        current,
        view: {
          merger: { expertId, name: nameOf.get(expertId) ?? '' },
          sequence: current.header.sequence,
          sha256: current.digest,
          superseded: mine.slice(0, -1).map((v) => v.header.sequence),
        },
      };
    });
    const submitted = new Map<string, number>();
    for (const { current } of bundles) {
      for (const m of current.header.members) {
        submitted.set(m.expertId, Math.max(submitted.get(m.expertId) ?? 0, m.sequence));
      }
    }
    return {
      groupId: g.id,
      name: g.name,
      applicationCount: g.applicationIds.length,
      bundles: bundles.map((b) => b.view),
      members: g.members.map((m) => ({
        expertId: m.expertId,
        name: m.name,
        leader: m.expertId === g.leaderId,
        submitted: submitted.get(m.expertId) ?? null,
      })),
    };
  });
  const groupOf = new Map(manifest.groups.flatMap((g) => g.applicationIds.map((id) => [id, g.id])));
  return {
    available: true,
    caseId: manifest.caseId,
    round: { id: manifest.round.id, kind: manifest.round.kind, name: manifest.round.name },
    signer: {
      expertId: me?.expertId ?? '',
      name: me?.name ?? '',
      role: signerRoleOf(manifest),
    },
    groups,
    criteria: manifest.round.rubric.criteria.map((c) => ({
      id: c.id,
      name: `（${c.numeral}）${c.title}`,
    })),
    applications: [...manifest.applications]
      .sort((a, b) => (a.applicationNo < b.applicationNo ? -1 : 1))
      .map((a) => ({
        applicationId: a.id,
        applicationNo: a.applicationNo,
        applicantName: a.applicantName,
        experienceTitle: a.experienceTitle,
        groupId: groupOf.get(a.id) ?? '',
      })),
    settings: c.journal.settings,
    merge,
    waitingFor: [...c.waitingFor],
    mergeDigest: merge === null ? null : committeeMergeDigest(merge),
    exports: [...c.journal.exports],
    reReviews: [...c.journal.reReviews],
    reportExports: [...c.journal.reportExports],
  };
}

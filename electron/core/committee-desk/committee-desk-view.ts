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
    const taken = merge?.groupBundles.find((b) => b.groupId === g.id);
    const embedded = c.prepared?.groupBundles.find((b) => b.verified.digest === taken?.digest);
    const submitted = new Map<string, number>();
    for (const m of embedded?.verified.header.members ?? []) {
      submitted.set(m.expertId, Math.max(submitted.get(m.expertId) ?? 0, m.sequence));
    }
    return {
      groupId: g.id,
      name: g.name,
      applicationCount: g.applicationIds.length,
      bundle:
        taken === undefined
          ? null
          : {
              merger: {
                expertId: taken.merger.expertId,
                name: nameOf.get(taken.merger.expertId) ?? '',
              },
              sequence: taken.sequence,
              sha256: taken.digest,
              superseded: taken.superseded.map((s) => s.sequence),
            },
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
    mergeDigest: merge === null ? null : committeeMergeDigest(merge),
    exports: [...c.journal.exports],
    reReviews: [...c.journal.reReviews],
  };
}

/**
 * Whether a group bundle's merger is a person of its group under the chair's package: the group
 * one of the package's, the merger's fingerprint, expert id and keys those the package gives.
 * Only the groups' people and the roster's keys are needed, so a worker thread that verifies a
 * group bundle (group-open-job.ts) is sent these facts, not the whole package.
 */
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { AppError } from '../../../shared/errors';
import type { GroupBundleHeader } from '../../../shared/merge/group-bundle-content';

/** What the signer's package says of the groups' people and of everyone's public keys. */
export interface MergerFacts {
  readonly groups: readonly {
    readonly id: string;
    readonly members: readonly { readonly fingerprint: string; readonly expertId: string }[];
  }[];
  readonly roster: readonly {
    readonly fingerprint: string;
    readonly signingPublicKey: string;
    readonly ageRecipient: string;
  }[];
}

/** The package's groups and keys, nothing else (no names, no applications). */
export function mergerFactsOf(manifest: CaseManifest): MergerFacts {
  return {
    groups: manifest.groups.map((g) => ({
      id: g.id,
      members: g.members.map((m) => ({ fingerprint: m.fingerprint, expertId: m.expertId })),
    })),
    roster: manifest.roster.map((p) => ({
      fingerprint: p.fingerprint,
      signingPublicKey: p.signingPublicKey,
      ageRecipient: p.ageRecipient,
    })),
  };
}

/** The group bundle's merger must be a person of its group under the package's keys. */
export function checkGroupOf(facts: MergerFacts, header: GroupBundleHeader): void {
  const group = facts.groups.find((g) => g.id === header.groupId);
  if (group === undefined) {
    throw new AppError('committee-group-outside-case', { groupId: header.groupId });
  }
  const person = facts.roster.find((p) => p.fingerprint === header.merger.fingerprint);
  const inGroup = group.members.some(
    (m) =>
      m.fingerprint === header.merger.fingerprint &&
      m.expertId === header.roster.statement.member.expertId,
  );
  if (
    !inGroup ||
    person === undefined ||
    person.signingPublicKey !== header.merger.signingPublicKey ||
    person.ageRecipient !== header.merger.ageRecipient
  ) {
    throw new AppError('committee-group-unknown-merger', { groupId: header.groupId });
  }
}

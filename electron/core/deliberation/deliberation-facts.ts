/**
 * What every step of the leader's deliberation works from: the session (the open package and the
 * identity that chairs), and what was computed from the journal (the bundles it admitted, their
 * merge, the records and their summary); the round's rule; digests and 申报编号.
 */
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { defaultDeliberationRule } from '../../../shared/domain/deliberation';
import type { DeliberationRule } from '../../../shared/domain/deliberation';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { GroupMerge } from '../../../shared/merge/group-merge';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';
import type { PreparedGroupMerge } from '../merge/prepare-group-merge';
import type { DeliberationJournal } from './deliberation-journal';
import { sha256Hex } from '../crypto/sha256-hex';

/** The open package and the unlocked identity, its recipient, which opened it. */
export interface Session {
  readonly open: OpenedPackage;
  readonly manifest: CaseManifest;
  readonly identity: Identity;
}

/** The merge of the bundles the journal admitted, the records, and what they make of it. */
export interface Computed {
  readonly session: Session;
  readonly journal: DeliberationJournal;
  readonly prepared: PreparedGroupMerge;
  /** The admitted bundles' bytes, in the journal's order. */
  readonly bundles: readonly Uint8Array[];
  readonly deliberation: readonly ApplicationDeliberation[];
}

/**
 * The round's quorum and pass share, as the package's manifest carries it (the office set it for
 * the round, or sealing wrote the default); a package sealed before manifests carried a rule
 * counts with the default, two thirds each. The group bundle records the rule used.
 */
export function deliberationRule(manifest: Pick<CaseManifest, 'deliberationRule'>): {
  readonly rule: DeliberationRule;
  readonly source: 'manifest' | 'default';
} {
  return manifest.deliberationRule === undefined
    ? { rule: defaultDeliberationRule, source: 'default' }
    : { rule: manifest.deliberationRule, source: 'manifest' };
}

/** SHA-256 of the merge's canonical JSON: what `qbreview merge --group` prints as mergeDigest. */
export function mergeDigestOf(merge: GroupMerge): string {
  return sha256Hex(canonicalJson(merge));
}

/** 申报编号 of an application, for a refusal's words. */
export function applicationNoIn(manifest: CaseManifest, applicationId: string): string {
  return manifest.applications.find((a) => a.id === applicationId)?.applicationNo ?? applicationId;
}

/** What the records make of the merge under the round's rule; throws at a record that does not fit. */
export function summaryOf(
  s: Session,
  merge: GroupMerge,
  records: readonly DeliberationRecord[],
): ApplicationDeliberation[] {
  return deliberationSummary({
    merge,
    rubric: s.manifest.round.rubric,
    roundKind: s.manifest.round.kind,
    rule: deliberationRule(s.manifest).rule,
    records,
  });
}

/**
 * Who reads what in a result bundle, from the signer's own package (docs/result-bundle-format.md,
 * "Readers"): an application's section goes to the office, the chair and the vice-chair each
 * where the manifest's reviewReaders allows them (so withheld from the one in conflict); the
 * whole merge (every application's scores) to the office, the signer, and the other of the chair
 * and the vice-chair only if they may read every application of the round.
 */
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { sectionReadersOf } from '../bundle/manifest-sections';
import type { SectionReader } from '../bundle/write-review-bundle';

const COMMITTEE_ROLES: readonly string[] = ['office', 'chair', 'vice-chair'];

/** The readers of `applicationId`'s result section: office, chair and vice-chair where allowed. */
export function resultReadersOf(manifest: CaseManifest, applicationId: string): SectionReader[] {
  const list = manifest.reviewReaders.find((r) => r.applicationId === applicationId);
  const allowed = new Set(
    (list?.readers ?? [])
      .filter((r) => r.roles.some((role) => COMMITTEE_ROLES.includes(role)))
      .map((r) => r.fingerprint),
  );
  return sectionReadersOf(manifest, applicationId).filter((r) => allowed.has(r.fingerprint));
}

/** The readers of the merge section: those who may read every application's section. */
export function mergeReadersOf(manifest: CaseManifest): SectionReader[] {
  const lists = manifest.applications.map((a) => resultReadersOf(manifest, a.id));
  const [first = [], ...rest] = lists;
  return first.filter((r) => rest.every((l) => l.some((o) => o.fingerprint === r.fingerprint)));
}

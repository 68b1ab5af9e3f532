/**
 * What a review bundle's sections take from the author's own package manifest (version 3): per
 * application, the readers its review is encrypted to (the manifest's reviewReaders, with the
 * keys of its roster and of the office) and the materials by their signed SHA-256.
 */
import type { MaterialHash } from '../../../shared/bundle/review-content';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { SectionReader } from './write-review-bundle';

/** The readers of `applicationId`'s reviews with their keys; throws when the manifest lacks them. */
export function sectionReadersOf(manifest: CaseManifest, applicationId: string): SectionReader[] {
  const entry = manifest.reviewReaders.find((r) => r.applicationId === applicationId);
  if (entry === undefined) throw new RangeError(`no review readers for ${applicationId}`);
  return entry.readers.map((reader) => {
    if (reader.fingerprint === manifest.office.fingerprint) {
      return { fingerprint: reader.fingerprint, ageRecipient: manifest.office.ageRecipient };
    }
    const person = manifest.roster.find((p) => p.fingerprint === reader.fingerprint);
    if (person === undefined)
      throw new RangeError(`a reader of ${applicationId} is not in the roster`);
    return { fingerprint: person.fingerprint, ageRecipient: person.ageRecipient };
  });
}

/** The materials of `applicationId` in the manifest, as a bundle lists them. */
export function materialHashesOf(manifest: CaseManifest, applicationId: string): MaterialHash[] {
  return manifest.materials
    .filter((m) => m.applicationId === applicationId)
    .map((m) => ({ materialId: m.materialId, sha256: m.sha256 }));
}

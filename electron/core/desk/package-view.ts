/**
 * What an opened package shows its reader: the verified manifest as a typed view (the round, the
 * recipient's seats, the applications with 申报编号, 申报单位 and 经验名称, each with its
 * materials). Built only after the manifest parsed and held together: every material belongs to
 * an application of the package and names an entry of its signed index at its size, every
 * group and seat names what the package holds, and the rubric is the one its digest was signed for.
 */
import { CaseManifestSchema } from '../../../shared/case/case-manifest';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { ExpertRole } from '../../../shared/domain/expert';
import type { MaterialKind } from '../../../shared/domain/material';
import type { RoundKind } from '../../../shared/domain/round';
import { AppError } from '../../../shared/errors';
import type { CaseEntryInfo } from '../case/open-case-package';
import { jsonDigest } from '../crypto/json-digest';

export interface PackageMaterialView {
  /** The material's id in the case: what readMaterial takes. */
  readonly id: string;
  readonly kind: MaterialKind;
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  readonly mediaType?: string;
}

export interface PackageApplicationView {
  readonly id: string;
  /** 申报编号 */
  readonly applicationNo: string;
  /** 申报单位 */
  readonly applicantName: string;
  /** 经验名称 */
  readonly experienceTitle: string;
  readonly materials: readonly PackageMaterialView[];
}

export interface PackageSeatView {
  readonly role: ExpertRole;
  readonly groupId?: string;
  readonly groupName?: string;
}

export interface PackageView {
  readonly caseId: string;
  /** Random per package. */
  readonly packageId: string;
  /** This person's package number in the case, as the office signed it. */
  readonly packageSequence: number;
  readonly year: number;
  readonly office: { readonly name: string; readonly fingerprint: string };
  readonly round: { readonly id: string; readonly kind: RoundKind; readonly name: string };
  readonly rubricDigest: string;
  readonly recipient: {
    readonly expertId: string;
    readonly name: string;
    readonly fingerprint: string;
    readonly seats: readonly PackageSeatView[];
  };
  readonly applications: readonly PackageApplicationView[];
}

function invalid(detail: string): AppError<'package-manifest-invalid'> {
  return new AppError('package-manifest-invalid', {}, detail);
}

function uniqueIds(ids: readonly string[], what: string): Set<string> {
  const set = new Set(ids);
  if (set.size !== ids.length) throw invalid(`${what} repeated`);
  return set;
}

/** Parses the decrypted manifest and checks it against the signed index; 'package-manifest-invalid' otherwise. */
export function verifiedManifest(raw: unknown, entries: readonly CaseEntryInfo[]): CaseManifest {
  const parsed = CaseManifestSchema.safeParse(raw);
  // The schema library's words stay out: a manifest the app cannot read is one refusal.
  if (!parsed.success) throw invalid('the manifest does not follow the format');
  const manifest = parsed.data;
  if (manifest.round.year !== manifest.year) throw invalid('the round is of another year');
  // Over the rubric as signed, not as parsed: the digest is the office's word on those bytes.
  const signedRubric = (raw as { round: { rubric: unknown } }).round.rubric;
  if (jsonDigest(signedRubric) !== manifest.rubricDigest) {
    throw invalid('the rubric is not the one its digest names');
  }
  const applications = uniqueIds(
    manifest.applications.map((a) => a.id),
    'application id',
  );
  uniqueIds(
    manifest.materials.map((m) => m.materialId),
    'material id',
  );
  uniqueIds(
    manifest.materials.map((m) => m.entryId),
    'entry id',
  );
  const entrySizes = new Map(entries.map((e) => [e.id, e.size]));
  for (const m of manifest.materials) {
    if (!applications.has(m.applicationId)) throw invalid('a material of no application');
    if (entrySizes.get(m.entryId) !== m.size) throw invalid('a material not in the index');
  }
  const groups = uniqueIds(
    manifest.groups.map((g) => g.id),
    'group id',
  );
  for (const g of manifest.groups) {
    if (g.applicationIds.some((id) => !applications.has(id))) {
      throw invalid('a group names an application not in the package');
    }
  }
  if (manifest.recipient.seats.length === 0) throw invalid('the recipient has no seat');
  for (const seat of manifest.recipient.seats) {
    if (seat.groupId !== undefined && !groups.has(seat.groupId)) {
      throw invalid('a seat in a group not in the package');
    }
  }
  return manifest;
}

/** The reader's view of a verified manifest. */
export function packageView(manifest: CaseManifest, packageId: string): PackageView {
  const groupNames = new Map(manifest.groups.map((g) => [g.id, g.name]));
  const { recipient, round } = manifest;
  return {
    caseId: manifest.caseId,
    packageId,
    packageSequence: manifest.packageSequence,
    year: manifest.year,
    office: { name: manifest.office.name, fingerprint: manifest.office.fingerprint },
    round: { id: round.id, kind: round.kind, name: round.name },
    rubricDigest: manifest.rubricDigest,
    recipient: {
      expertId: recipient.expertId,
      name: recipient.name,
      fingerprint: recipient.fingerprint,
      seats: recipient.seats.map((seat) => {
        const groupName = seat.groupId === undefined ? undefined : groupNames.get(seat.groupId);
        return {
          role: seat.role,
          ...(seat.groupId === undefined ? {} : { groupId: seat.groupId }),
          ...(groupName === undefined ? {} : { groupName }),
        };
      }),
    },
    applications: manifest.applications.map((a) => ({
      id: a.id,
      applicationNo: a.applicationNo,
      applicantName: a.applicantName,
      experienceTitle: a.experienceTitle,
      materials: manifest.materials
        .filter((m) => m.applicationId === a.id)
        .map((m) => ({
          id: m.materialId,
          kind: m.kind,
          name: m.fileName,
          size: m.size,
          ...(m.mediaType === undefined ? {} : { mediaType: m.mediaType }),
        })),
    })),
  };
}

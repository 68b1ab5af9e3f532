import { sha256Hex } from './application-key';
import type { ExtractedFile } from './archive-readout';
import { inspectDocument } from './documents/inspect-document';
import type { DocumentInspection } from './documents/inspect-document';
import { loneApplicationText, materialKindFor } from './documents/material-kind';
import type { ProblemFinding } from './intake-problem';
import type { IntakeMaterial } from './intake-result';

/** Checks each file's content, names its kind and hashes it. */
export async function buildMaterials(
  files: readonly ExtractedFile[],
): Promise<{ materials: IntakeMaterial[]; findings: ProblemFinding[] }> {
  const inspections: DocumentInspection[] = [];
  for (const file of files) {
    // The worker's check names the entry inside its own archive; report it under the full path.
    const inspection = file.inspection
      ? {
          ...file.inspection,
          finding: file.inspection.finding && { ...file.inspection.finding, entryPath: file.path },
        }
      : await inspectDocument(file.path, file.bytes);
    inspections.push(inspection);
  }
  const kinds = files.map((file, i) => materialKindFor(file.path, inspections[i]!.documentType));
  const promoted = loneApplicationText(
    kinds,
    inspections.map((inspection) => inspection.documentType),
    files.map((file) => file.path),
  );
  if (promoted !== null) kinds[promoted] = 'application-text';
  const materials = files.map((file, i) => ({
    path: file.path,
    bytes: file.bytes,
    size: file.bytes.length,
    sha256: sha256Hex(file.bytes),
    kind: kinds[i]!,
    mediaType: inspections[i]!.mediaType,
  }));
  const findings = inspections.flatMap((inspection) =>
    inspection.finding === null ? [] : [inspection.finding],
  );
  return { materials, findings };
}

import { sha256Hex } from '../crypto/sha256-hex';
import type { ExtractedFile } from './archive-readout';
import { inspectDocument } from './documents/inspect-document';
import type { DocumentInspection } from './documents/inspect-document';
import { loneApplicationText, materialKindFor } from './documents/material-kind';
import type { ProblemFinding } from './intake-problem';
import type { IntakeMaterial } from './intake-result';
import { nameMaterials } from './material-names';

/**
 * Checks each file's content, gives it a name the case can hold (material-names.ts), names its
 * kind and hashes it.
 */
export async function buildMaterials(
  files: readonly ExtractedFile[],
): Promise<{ materials: IntakeMaterial[]; findings: ProblemFinding[] }> {
  const inspections: DocumentInspection[] = [];
  for (const file of files) {
    inspections.push(file.inspection ?? (await inspectDocument(file.path, file.bytes)));
  }
  const { names, findings: naming } = nameMaterials(
    files.map((file) => file.path),
    inspections.map((inspection) => inspection.documentType),
  );
  const kinds = names.map((name, i) => materialKindFor(name, inspections[i]!.documentType));
  const promoted = loneApplicationText(
    kinds,
    inspections.map((inspection) => inspection.documentType),
    names,
  );
  if (promoted !== null) kinds[promoted] = 'application-text';
  const materials = files.map((file, i) => ({
    path: names[i]!,
    bytes: file.bytes,
    size: file.bytes.length,
    sha256: sha256Hex(file.bytes),
    kind: kinds[i]!,
    mediaType: inspections[i]!.mediaType,
  }));
  // A check made inside an archive (or the worker's) names the entry there; report it under the
  // material's full, final name, so the office sees it beside that material.
  const checks = inspections.flatMap((inspection, i) =>
    inspection.finding === null ? [] : [{ ...inspection.finding, entryPath: names[i]! }],
  );
  return { materials, findings: [...naming, ...checks] };
}

import { applicationKeyFor, contentKeyFor } from './application-key';
import { nameParts } from './application-name';
import type { ArchiveReadout, ReadOptions } from './archive-readout';
import { buildMaterials } from './build-materials';
import { expandNested } from './expand-nested';
import { IntakeRefusal, describeProblem, refusalFinding } from './intake-problem';
import type { ProblemFinding } from './intake-problem';
import type {
  IntakeMaterial,
  IntakeOptions,
  IntakeResult,
  IntakeSourceKind,
} from './intake-result';
import { parsingIsolation } from './isolated/parsing-isolation';
import type { ParsingIsolation } from './isolated/parsing-isolation';
import { defaultIntakeLimits } from './limits';
import type { IntakeLimits } from './limits';
import { OutputBudget } from './output-budget';

export function limitsFrom(options: IntakeOptions): IntakeLimits {
  return { ...defaultIntakeLimits, ...options.limits };
}

function readOptionsFrom(options: IntakeOptions): ReadOptions {
  return { password: options.password ? options.password : null };
}

/**
 * When nothing is left to import, the reasons entries were skipped become the reasons the whole
 * input was refused; with no such reasons, the archive was empty.
 */
function refuseIfEmpty(
  materials: readonly IntakeMaterial[],
  findings: ProblemFinding[],
): ProblemFinding[] {
  if (materials.length > 0 || findings.some((finding) => finding.effect === 'refused')) {
    return findings;
  }
  if (findings.some((finding) => finding.effect === 'skipped')) {
    return findings.map((finding) =>
      finding.effect === 'skipped' ? { ...finding, effect: 'refused' } : finding,
    );
  }
  return [
    ...findings,
    { category: 'empty-archive', effect: 'refused', entryPath: null, detail: '没有可导入的文件' },
  ];
}

/** Reads the input itself, under the input's budget, as the isolation says. */
export type ReadInput = (
  budget: OutputBudget,
  readOptions: ReadOptions,
  isolation: ParsingIsolation,
) => Promise<ArchiveReadout>;

/**
 * One input's result: read it (`read`), open the archives inside it, check the materials, and
 * say what went wrong; a refusal anywhere leaves no material. Every archive, the input and the
 * ones nested in it, is read as `options.isolation` says (the safe default when it says nothing).
 */
export async function assemble(
  sourceName: string,
  sourceKind: IntakeSourceKind,
  read: ReadInput,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const limits = limitsFrom(options);
  const readOptions = readOptionsFrom(options);
  const isolation = options.isolation ?? parsingIsolation();
  const budget = new OutputBudget(limits, Date.now() + limits.timeLimitMs);
  const { parsed, findings } = nameParts(sourceName);

  let materials: IntakeMaterial[] = [];
  try {
    const readout = await read(budget, readOptions, isolation);
    const expanded = await expandNested(readout, readOptions, budget, isolation);
    const built = await buildMaterials(expanded.files);
    materials = built.materials;
    findings.push(...expanded.findings, ...built.findings);
  } catch (error) {
    if (!(error instanceof IntakeRefusal)) throw error;
    findings.push(refusalFinding(error));
  }
  const finalFindings = refuseIfEmpty(materials, findings);
  const refused = finalFindings.some((finding) => finding.effect === 'refused');
  if (refused) materials = [];
  return {
    sourceName,
    sourceKind,
    applicationNo: parsed?.applicationNo ?? null,
    applicantName: parsed?.applicantName ?? null,
    applicationKey:
      parsed !== null
        ? applicationKeyFor(parsed.applicationNo)
        : materials.length > 0
          ? contentKeyFor(materials.map((material) => material.sha256))
          : null,
    refused,
    materials,
    problems: finalFindings.map((finding) => describeProblem(finding, sourceName)),
  };
}

/** A result that refuses the input before reading it. */
export function refusedInput(
  sourceName: string,
  sourceKind: IntakeSourceKind,
  refusal: IntakeRefusal,
  options: IntakeOptions,
): Promise<IntakeResult> {
  return assemble(sourceName, sourceKind, () => Promise.reject(refusal), options);
}

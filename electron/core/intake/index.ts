/** The intake service: one archive or folder in, materials and problems out (docs/intake.md). */
export { intakeArchiveBytes, intakePath } from './intake';
export type {
  IntakeMaterial,
  IntakeOptions,
  IntakeResult,
  IntakeSourceKind,
} from './intake-result';
export type { IntakeProblem } from './intake-problem';
export { intakeProblemCategories, intakeProblemLabels } from './problem-category';
export type { IntakeProblemCategory, IntakeProblemEffect } from './problem-category';
export { defaultIntakeLimits } from './limits';
export type { IntakeLimits } from './limits';
export { applicationKeyFor } from './application-key';
export { parsingIsolation } from './isolated/parsing-isolation';
export type { ParsingIsolation } from './isolated/parsing-isolation';
export { forkWorkerLauncher } from './isolated/worker-launcher';
export type { WorkerConnection, WorkerLauncher } from './isolated/worker-launcher';
export type { IsolatedMessage, IsolatedRequest } from './isolated/worker-protocol';
export { MAX_MESSAGE_BYTES } from './isolated/worker-protocol';
export { ArchiveWorkerStartError } from './isolated/read-isolated';

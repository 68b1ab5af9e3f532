/**
 * The merge commands' refusals as a person reads them. The core names an application by its
 * internal id (the catalogue's "申报 {applicationId}：…"); the package the command opened knows
 * each application's 申报编号, which is what the office, the leaders and the chair know them by
 * and what the screens show in its place (renderer/state/committee-actions.ts). An id the
 * package does not name (an application outside it) stays as it came.
 */
import { AppError, isAppError } from '../../../shared/errors';

export interface NumberedApplication {
  readonly id: string;
  readonly applicationNo: string;
}

/** The error with its `applicationId` parameter replaced by that application's 申报编号. */
export function withApplicationNo(
  error: unknown,
  applications: readonly NumberedApplication[],
): unknown {
  if (!isAppError(error)) return error;
  const params = error.params as Readonly<Record<string, unknown>>;
  const id = params['applicationId'];
  if (typeof id !== 'string') return error;
  const application = applications.find((a) => a.id === id);
  if (application === undefined) return error;
  return new AppError(
    error.code,
    { ...params, applicationId: application.applicationNo } as never,
    error.detail,
  );
}

/** Runs `work`; a refusal naming an application names it by its 申报编号. */
export async function namingApplicationNos<T>(
  applications: readonly NumberedApplication[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw withApplicationNo(error, applications);
  }
}

/** The 申报编号 of an application id, or null where the package does not name it. */
export function applicationNoOf(
  applications: readonly NumberedApplication[],
  id: string,
): string | null {
  return applications.find((a) => a.id === id)?.applicationNo ?? null;
}

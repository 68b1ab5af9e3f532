/**
 * Every call the office's screens make to main. Each one names its task in the store while it
 * runs and keeps its error where the screen shows it; screens never reach the api themselves.
 */
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/ipc/channels';
import type {
  CardPreviewView,
  IntakeReportView,
  OfficeOverview,
  OfficeStatus,
  RegisterReportView,
  SealReportView,
  SlipsReportView,
} from '../../shared/ipc/office-views';
import type { IpcResult } from '../../shared/ipc/result';
import { api } from '../ipc/client';
import { errorFromMain } from '../ipc/shown-error';
import type { ShownError } from '../ipc/shown-error';
import { keepError, showOverview, showStatus, startTask, useOfficeStore } from './office-store';
import type { OfficeErrorSlot, OfficeTask } from './office-store';

type OfficeVerb = keyof ReturnType<typeof api>['office'];
type Request<V extends OfficeVerb> = RequestOf<`office:${V}` & ChannelName>;

/** The calls main answers with the whole new overview: the record's ordinary edits. */
export type OverviewChange = {
  [V in OfficeVerb]: ResponseOf<`office:${V}` & ChannelName> extends OfficeOverview ? V : never;
}[OfficeVerb] &
  OfficeTask;

/** Runs one call under its task name; its refusal is kept in `slot`, its answer returned. */
async function run<T>(
  task: OfficeTask,
  slot: OfficeErrorSlot,
  call: () => Promise<IpcResult<T>>,
): Promise<IpcResult<T>> {
  startTask(task);
  keepError(slot, null);
  try {
    const result = await call();
    if (!result.ok) keepError(slot, errorFromMain(result.error));
    return result;
  } finally {
    startTask(null);
  }
}

export async function loadOverview(): Promise<void> {
  const result = await api().office.overview({});
  if (result.ok) {
    showOverview(result.value);
    keepError('screen', null);
  } else keepError('screen', errorFromMain(result.error));
}

/** Asks main whether a record is open; loads it the first time it is. */
export async function refreshStatus(): Promise<void> {
  const result = await api().office.status({});
  if (result.ok) showStatus(result.value);
  if (result.ok && result.value.open && !useOfficeStore.getState().overview) await loadOverview();
}

/** Opens (or creates) the record; with restoreGeneration, accepts that older state on purpose. */
export async function openOffice(request: Request<'open'>): Promise<IpcResult<OfficeStatus>> {
  const task = request.restoreGeneration === undefined ? 'open' : 'restore';
  return run(task, 'screen', async () => {
    const opened = await api().office.open(request);
    if (opened.ok) {
      // Another record may have been open before: its overview goes at once.
      showStatus(opened.value, null);
      if (opened.value.open) await loadOverview();
    }
    return opened;
  });
}

/** A change to the record; true once main accepted it and the new overview is shown. */
export async function changeOffice<V extends OverviewChange>(
  verb: V,
  request: Request<V>,
): Promise<boolean> {
  // Each verb's own request type; TypeScript cannot follow the verb through the index.
  const call = api().office[verb] as (r: Request<V>) => Promise<IpcResult<OfficeOverview>>;
  const result = await run(verb, 'screen', () => call(request));
  if (result.ok) showOverview(result.value);
  return result.ok;
}

/**
 * One archive (or one RAR volume set) of a batch taken in; a refusal is kept under the file's
 * name until the next batch starts (`clearOfficeError('intake')`), whatever the later calls do.
 */
export async function takeInArchives(
  files: Request<'intake'>['files'],
  password: string,
): Promise<readonly IntakeReportView[] | null> {
  const result = await api().office.intake({ files, ...(password ? { password } : {}) });
  if (result.ok) return result.value;
  keepError('intake', errorFromMain(result.error, files[0]?.name));
  return null;
}

export async function importRegister(
  file: Request<'importRegister'>['file'],
): Promise<RegisterReportView | null> {
  keepError('intake', null);
  const result = await api().office.importRegister({ file });
  if (result.ok) return result.value;
  keepError('intake', errorFromMain(result.error));
  return null;
}

/** What main read from an identity card once its self-signature held. */
export async function previewCard(card: string): Promise<CardPreviewView | null> {
  const result = await run('previewCard', 'card', () => api().office.previewCard({ card }));
  return result.ok ? result.value : null;
}

export async function sealRound(request: Request<'seal'>): Promise<SealReportView | null> {
  const result = await run('seal', 'seal', () => api().office.seal(request));
  return result.ok ? result.value : null;
}

export async function reissuePackage(request: Request<'reissue'>): Promise<SealReportView | null> {
  const result = await run('reissue', 'reissue', () => api().office.reissue(request));
  return result.ok ? result.value : null;
}

export async function writeSlips(): Promise<SlipsReportView | null> {
  const result = await run('writeSlips', 'slips', () => api().office.writeSlips({}));
  return result.ok ? result.value : null;
}

/** Keeps a problem the renderer found itself, where the screen shows that slot's errors. */
export function showProblem(slot: OfficeErrorSlot, error: ShownError): void {
  keepError(slot, error);
}

/** Puts a shown error away (the clerk dismissed it, or left the part of the screen it was in). */
export function clearOfficeError(slot: OfficeErrorSlot = 'screen'): void {
  keepError(slot, null);
}

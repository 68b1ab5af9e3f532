/**
 * The year's list of recommending units (推荐单位名录), read and written in main. A refusal
 * rejects with main's typed error (IpcCallError), for the screen's query or save to show.
 */
import type { RecommendingUnit } from '../../shared/domain/recommending-unit';
import type { UnitDirectory } from '../../shared/ipc/channels';
import { api, unwrap } from '../ipc/client';

export function loadUnitDirectory(year: number): Promise<UnitDirectory> {
  return unwrap(api().units.list({ year }));
}

export function saveUnitDirectory(
  year: number,
  units: readonly RecommendingUnit[],
): Promise<UnitDirectory> {
  return unwrap(api().units.save({ year, units: [...units] }));
}

/** Back to Attachment 2 of the notice for that year. */
export function resetUnitDirectory(year: number): Promise<UnitDirectory> {
  return unwrap(api().units.reset({ year }));
}

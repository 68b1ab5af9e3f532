/**
 * 推荐单位名录 of the record's year, kept in the office's record itself: the app and the command
 * line read the same list for quotas and register matching on the same case. A record that has
 * never been edited uses Attachment 2 of the notice.
 */
import { AppError } from '../errors';
import type { RecommendingUnit } from '../domain/recommending-unit';
import { recommendingUnits2021 } from '../domain/recommending-units-2021';
import type { OfficeRecord } from './office-record-fields';

/** The year's units: the office's edited list, or the notice's Attachment 2. */
export function unitsOf(c: OfficeRecord): readonly RecommendingUnit[] {
  return c.units ?? recommendingUnits2021;
}

function repeated(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

/** Replaces the year's list; an id or a name given twice is refused, naming them. */
export function setUnits(c: OfficeRecord, units: readonly RecommendingUnit[]): OfficeRecord {
  const values = [...repeated(units.map((u) => u.id)), ...repeated(units.map((u) => u.name))];
  if (values.length > 0) throw new AppError('units-repeated', { values });
  return { ...c, units: units.map((unit) => ({ ...unit })) };
}

/** Back to the notice's Attachment 2. */
export function resetUnits(c: OfficeRecord): OfficeRecord {
  const { units: _edited, ...rest } = c;
  return rest;
}

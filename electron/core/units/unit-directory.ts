/**
 * 推荐单位名录 per selection year. Every year starts from the seed's Attachment 2; the office may
 * edit a year's list (units change names, some run their own benchmark activity that year).
 */
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { RecommendingUnitSchema } from '../../../shared/domain/recommending-unit';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import type { UnitDirectory } from '../../../shared/domain/unit-directory';
import type { JsonStore } from '../storage/json-store';

const StoredDirectorySchema = z.object({
  year: z.number().int(),
  units: z.array(RecommendingUnitSchema),
});

const keyFor = (year: number) => `units-${year}`;

export interface UnitDirectoryService {
  list(year: number): Promise<UnitDirectory>;
  save(year: number, units: readonly RecommendingUnit[]): Promise<UnitDirectory>;
  reset(year: number): Promise<UnitDirectory>;
}

function findDuplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) (seen.has(value) ? duplicates : seen).add(value);
  return [...duplicates];
}

export function createUnitDirectoryService(store: JsonStore): UnitDirectoryService {
  const defaults = (year: number): UnitDirectory => ({
    year,
    units: recommendingUnits2021.map((unit) => ({ ...unit })),
    isDefault: true,
  });

  return {
    async list(year) {
      const stored = StoredDirectorySchema.safeParse(await store.read(keyFor(year)));
      // A damaged settings file must not hide the list: fall back to the seed's and say so by isDefault.
      if (!stored.success || stored.data.year !== year) return defaults(year);
      return { year, units: stored.data.units, isDefault: false };
    },
    async save(year, units) {
      const duplicateIds = findDuplicates(units.map((unit) => unit.id));
      const duplicateNames = findDuplicates(units.map((unit) => unit.name));
      if (duplicateIds.length > 0 || duplicateNames.length > 0) {
        throw new AppError('units-repeated', { values: [...duplicateIds, ...duplicateNames] });
      }
      await store.write(keyFor(year), { year, units });
      return { year, units: [...units], isDefault: false };
    },
    async reset(year) {
      await store.remove(keyFor(year));
      return defaults(year);
    },
  };
}

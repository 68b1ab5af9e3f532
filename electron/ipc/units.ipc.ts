/** `units:` channels: the year's list of recommending units. */
import type { UnitDirectoryService } from '../core/units/unit-directory';
import type { AreaHandlers } from './handler-map';

export function unitsHandlers(units: UnitDirectoryService): AreaHandlers<'units'> {
  return {
    'units:list': ({ year }) => units.list(year),
    'units:save': ({ year, units: list }) => units.save(year, list),
    'units:reset': ({ year }) => units.reset(year),
  };
}

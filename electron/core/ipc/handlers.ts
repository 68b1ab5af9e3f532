/** One handler per channel, over the core services. Inputs arrive already validated by dispatch. */
import { defaultRubric } from '../../../shared/domain/rubric';
import type { CoreServices } from '../services';
import type { Handlers } from './dispatch';

export function createHandlers(services: CoreServices): Handlers {
  return {
    'app:getInfo': () => ({ ...services.app }),
    'units:list': ({ year }) => services.units.list(year),
    'units:save': ({ year, units }) => services.units.save(year, units),
    'units:reset': ({ year }) => services.units.reset(year),
    'rubric:getDefault': ({ roundKind }) => defaultRubric(roundKind),
  };
}

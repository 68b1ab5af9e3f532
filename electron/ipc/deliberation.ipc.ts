/** `deliberation:` channels: each maps its validated request to one call of the leader's service. */
import type { DeliberationService } from '../core/deliberation';
import type { AreaHandlers } from './handler-map';

export function deliberationHandlers(
  deliberation: DeliberationService,
): AreaHandlers<'deliberation'> {
  return {
    'deliberation:state': () => deliberation.state(),
    'deliberation:importBundles': (place) => deliberation.importBundles(place),
    'deliberation:append': ({ record, ...place }) => deliberation.append(place, record),
    'deliberation:exportGroupBundle': (place) => deliberation.exportGroupBundle(place),
    'deliberation:exportReports': (place) => deliberation.exportReports(place),
  };
}

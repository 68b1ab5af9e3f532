/** `committee:` channels: each maps its validated request to one call of the chair's service. */
import type { CommitteeDeskService } from '../core/committee-desk';
import type { AreaHandlers } from './handler-map';

export function committeeHandlers(committee: CommitteeDeskService): AreaHandlers<'committee'> {
  return {
    'committee:state': () => committee.state(),
    'committee:importBundles': (place) => committee.importBundles(place),
    'committee:setSettings': ({ settings, ...place }) => committee.setSettings(place, settings),
    'committee:exportResultBundle': (place) => committee.exportResultBundle(place),
    'committee:exportReports': (place) => committee.exportReports(place),
    'committee:signReReview': (request) => committee.signReReview(request),
  };
}

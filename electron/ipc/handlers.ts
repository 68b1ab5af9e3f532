/** Every channel's handler, from the core services: the areas' handlers, wired together. */
import type { CoreServices } from '../core/services';
import { appHandlers } from './app.ipc';
import type { Handlers } from './handler-map';
import { deskHandlers } from './desk.ipc';
import { identityHandlers } from './identity.ipc';
import { journalHandlers } from './journal.ipc';
import { lockHandlers } from './lock.ipc';
import { reviewHandlers } from './review.ipc';
import { deliberationHandlers } from './deliberation.ipc';
import { committeeHandlers } from './committee.ipc';
import { officeHandlers } from './office.ipc';
import { followupHandlers } from './followup.ipc';

export function createHandlers(services: CoreServices): Handlers {
  return {
    ...appHandlers(services),
    ...officeHandlers(services.office),
    ...followupHandlers(services.office),
    ...identityHandlers(services.identities),
    ...deskHandlers(services.desk),
    ...journalHandlers(services.journal),
    ...lockHandlers(services.lock),
    ...reviewHandlers(services.review),
    ...deliberationHandlers(services.deliberation),
    ...committeeHandlers(services.committee),
  };
}

/** `app:` channels: what the app is and where it runs. */
import type { CoreServices } from '../core/services';
import type { AreaHandlers } from './handler-map';

export function appHandlers(services: Pick<CoreServices, 'app'>): AreaHandlers<'app'> {
  return { 'app:getInfo': () => ({ ...services.app }) };
}

/** What the shell asks main about the app itself. */
import type { ResponseOf } from '../../shared/ipc/channels';
import { api, unwrap } from '../ipc/client';

/** The app's version and host (the real app, or the e2e test harness). */
export function loadAppInfo(): Promise<ResponseOf<'app:getInfo'>> {
  return unwrap(api().app.getInfo({}));
}

/** `lock:` channels: each maps its validated request to one call of the app lock. */
import type { AppLock } from '../core/lock/app-lock';
import type { AreaHandlers } from './handler-map';

export function lockHandlers(lock: AppLock): AreaHandlers<'lock'> {
  return {
    'lock:status': () => lock.status(),
    'lock:now': () => lock.lock(),
    'lock:resume': ({ passphrase }) => lock.resume(passphrase),
    'lock:setIdleMinutes': ({ minutes }) => lock.setIdleMinutes(minutes),
  };
}

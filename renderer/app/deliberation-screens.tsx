/**
 * 组内合议 as the registry shows it: the leader's deliberation screen with the way to 解锁案卷
 * when no package is open (the feature folder does not know the screens).
 */
import { DeliberationScreen } from '../features/deliberation/DeliberationScreen';

/** Opens 解锁案卷; the shell's store is loaded on first use (it reads the registry when made). */
function openUnlock(): void {
  void import('../state/ui-store').then(({ useUiStore }) =>
    useUiStore.getState().openScreen('unlock'),
  );
}

export function DeliberationWithUnlock() {
  return <DeliberationScreen onUnlock={openUnlock} />;
}

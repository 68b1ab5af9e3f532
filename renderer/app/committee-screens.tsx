/**
 * The chair's screens as the registry shows them: 汇总, 入围答辩名单/初评名单 and 异议复核, with the
 * way to 解锁案卷 when no package is open (the feature folder does not know the screens).
 */
import {
  ListsScreen,
  ObjectionReviewScreen,
  SummaryScreen,
} from '../features/committee/CommitteeScreens';

/** Opens 解锁案卷; the shell's store is loaded on first use (it reads the registry when made). */
function openUnlock(): void {
  void import('../state/ui-store').then(({ useUiStore }) =>
    useUiStore.getState().openScreen('unlock'),
  );
}

export function SummaryWithUnlock() {
  return <SummaryScreen onUnlock={openUnlock} />;
}
export function ListsWithUnlock() {
  return <ListsScreen onUnlock={openUnlock} />;
}
export function ObjectionReviewWithUnlock() {
  return <ObjectionReviewScreen onUnlock={openUnlock} />;
}

/**
 * 评语与评分 as the registry shows it: the review screen with the readers composed in (the
 * review's folder may not import the reader's), and the way to 解锁案卷 with no package open.
 */
import { ReviewScreen } from '../features/review/ReviewScreen';
export { UndertakingBeforeReading } from '../features/review/UndertakingBeforeReading';
export { UndertakingGate } from '../features/review/UndertakingGate';
import { MaterialReader } from './MaterialReader';

/** Opens 解锁案卷; the shell's store is loaded on first use (it reads the registry when made). */
function openUnlock(): void {
  void import('../state/ui-store').then(({ useUiStore }) =>
    useUiStore.getState().openScreen('unlock'),
  );
}

export function ReviewWithReader() {
  return <ReviewScreen reader={MaterialReader} onUnlock={openUnlock} />;
}

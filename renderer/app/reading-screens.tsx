/**
 * The desk and the reading screen as the registry shows them, with what joins them: 阅读 on the
 * desk reads the material and opens 阅读材料; the reading screen gets the readers and, with no
 * package open, the way to 解锁案卷. The feature folders may not import each other nor the
 * shell's store, so the app passes these in.
 */
import { DeskScreen } from '../features/desk/DeskScreen';
import { ReadingScreen } from '../features/reading/ReadingScreen';
import { readMaterial } from '../state/desk-actions';
import { MaterialReader } from './MaterialReader';
import { UndertakingBeforeReading } from './review-screens';
import type { ScreenId } from './screens';

/**
 * Opens a screen of the acting role. The shell's store is loaded on first use, not imported: it
 * reads the screen registry when it is made, and the registry imports this module.
 */
function openScreen(screen: ScreenId): void {
  void import('../state/ui-store').then(({ useUiStore }) =>
    useUiStore.getState().openScreen(screen),
  );
}

/** Reads a material and shows it on 阅读材料 (search hits call the same, after showInReader). */
export function readInReader(materialId: string): void {
  void readMaterial(materialId);
  openScreen('reader');
}

export function ReadingWithReader() {
  return (
    <ReadingScreen
      reader={MaterialReader}
      onUnlock={() => openScreen('unlock')}
      undertaking={UndertakingBeforeReading}
    />
  );
}

/** The desk, whose 阅读 opens the reading screen (the desk's folder may not import it). */
export function DeskWithReader() {
  return <DeskScreen onRead={readInReader} />;
}

/** A dropped file's path from the preload's drop bridge ('' without one: nothing to open). */
import { DROP_GLOBAL } from '../../shared/ipc/drop-bridge';
import type { DropBridge } from '../../shared/ipc/drop-bridge';

export function droppedPathOf(file: File): string {
  const bridge = (window as unknown as Record<string, DropBridge | undefined>)[DROP_GLOBAL];
  return bridge?.pathOf(file) ?? '';
}

/**
 * The one thing the renderer may ask of a file dropped on the window: its path, which only the
 * preload can read (Electron's webUtils.getPathForFile) and which the renderer passes on to
 * `desk:open` untouched. A File the page made itself has no path (''): only a real drop does.
 * (`object`, not `File`: shared/ is compiled without the DOM's types.)
 */
export const DROP_GLOBAL = 'qbrDrop';

export interface DropBridge {
  /** The dropped file's path, or '' when it has none. */
  pathOf(file: object): string;
}

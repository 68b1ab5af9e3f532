/**
 * The CLI's per-user files (outside every workspace): today, the highest state generation seen
 * of each office workspace, so an older state copied back is refused on this machine too.
 *
 * The folder: QBREVIEW_STATE_DIR if set; on Windows %LOCALAPPDATA%\qbreview; elsewhere
 * $XDG_STATE_HOME/qbreview, else ~/.local/state/qbreview. Read from the injected environment,
 * so tests point it into their scratch folder.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createGenerationMemory } from '../core/office/generation-memory';
import type { GenerationMemory } from '../core/office/generation-memory';
import { createFileJsonStore } from '../core/storage/json-store';

export function userStateDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (env.QBREVIEW_STATE_DIR) return env.QBREVIEW_STATE_DIR;
  if (platform === 'win32') {
    return join(
      env.LOCALAPPDATA ?? join(env.USERPROFILE ?? homedir(), 'AppData', 'Local'),
      'qbreview',
    );
  }
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'qbreview');
  return join(env.HOME ?? homedir(), '.local', 'state', 'qbreview');
}

export function cliGenerationMemory(env: NodeJS.ProcessEnv): GenerationMemory {
  return createGenerationMemory(createFileJsonStore(userStateDir(env)));
}

/**
 * The CLI's per-user files (outside every workspace): the highest state generation seen of each
 * office workspace, so an older state copied back is refused on this machine too; and for the
 * expert, the office key pinned per case and the newest package sequence per case and round.
 *
 * The folder: QBREVIEW_STATE_DIR if set; on Windows %LOCALAPPDATA%\qbreview; elsewhere
 * $XDG_STATE_HOME/qbreview, else ~/.local/state/qbreview. Read from the injected environment,
 * so tests point it into their scratch folder.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createPinStore } from '../core/desk/pin-store';
import type { PinStore } from '../core/desk/pin-store';
import { createSequenceMemory } from '../core/desk/sequence-memory';
import type { SequenceMemory } from '../core/desk/sequence-memory';
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

/** The office keys pinned per case by `package show` (office-pins.json). */
export function cliPinStore(env: NodeJS.ProcessEnv): PinStore {
  return createPinStore(createFileJsonStore(userStateDir(env)));
}

/** The newest package sequence seen per case, round and recipient (package-sequences.json). */
export function cliSequenceMemory(env: NodeJS.ProcessEnv): SequenceMemory {
  return createSequenceMemory(createFileJsonStore(userStateDir(env)));
}

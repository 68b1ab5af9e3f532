/**
 * The highest state generation this machine has seen of each office workspace, kept outside the
 * workspace folder (the app's data directory; for the CLI a per-user file), so an older
 * state.qbs copied back over the current one (a synced folder's version history, a backup) is
 * refused instead of silently undoing later work (SECURITY 22). Workspace ids are random and say
 * nothing confidential. A deliberate restore is logged here as well as in the case itself.
 */
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { JsonStore } from '../storage/json-store';
import { serialisedDocument } from '../storage/serialised-document';

export interface RestoreRecord {
  readonly workspaceId: string;
  /** The older generation the office chose to accept. */
  readonly accepted: number;
  /** The highest generation seen before. */
  readonly previousHighest: number;
  readonly at: string;
}

export interface GenerationMemory {
  highest(workspaceId: string): Promise<number | null>;
  /** Raises the remembered generation; a lower one is ignored. */
  remember(workspaceId: string, generation: number): Promise<void>;
  /**
   * Logs a restore. The remembered generation stays as it was: the restored state is written
   * again as a new generation above it, so the next open needs no exception.
   */
  recordRestore(record: RestoreRecord): Promise<void>;
}

const STORE_KEY = 'workspace-generations';

const DocumentSchema = z.object({
  version: z.literal(1),
  workspaces: z.record(z.string().regex(/^[0-9a-f]{32}$/), z.number().int().nonnegative()),
  restores: z.array(
    z.object({
      workspaceId: z.string(),
      accepted: z.number().int(),
      previousHighest: z.number().int(),
      at: z.string(),
    }),
  ),
});
type MemoryDocument = z.infer<typeof DocumentSchema>;

/** The memory as one document in a JsonStore (the app's settings folder, or the CLI's). */
export function createGenerationMemory(store: JsonStore): GenerationMemory {
  const { read, change } = serialisedDocument<MemoryDocument>(store, STORE_KEY, DocumentSchema, {
    empty: () => ({ version: 1, workspaces: {}, restores: [] }),
    damaged: () => new AppError('generation-memory-damaged'),
  });
  return {
    async highest(workspaceId) {
      return (await read()).workspaces[workspaceId] ?? null;
    },
    remember: (workspaceId, generation) =>
      change((doc) =>
        (doc.workspaces[workspaceId] ?? -1) >= generation
          ? null
          : { ...doc, workspaces: { ...doc.workspaces, [workspaceId]: generation } },
      ),
    recordRestore: (record) =>
      change((doc) => ({ ...doc, restores: [...doc.restores, { ...record }] })),
  };
}

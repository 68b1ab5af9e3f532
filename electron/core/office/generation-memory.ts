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
  // One change at a time, so two quick updates never lose one another's generation.
  let queue: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<MemoryDocument> => {
    const raw = await store.read(STORE_KEY);
    if (raw === undefined) return { version: 1, workspaces: {}, restores: [] };
    const parsed = DocumentSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('generation-memory-damaged');
    return parsed.data;
  };
  const change = (edit: (doc: MemoryDocument) => MemoryDocument | null) => {
    const run = queue.then(async () => {
      const next = edit(await load());
      if (next !== null) await store.write(STORE_KEY, next);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async highest(workspaceId) {
      await queue;
      return (await load()).workspaces[workspaceId] ?? null;
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

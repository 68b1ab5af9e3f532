/**
 * One JSON document in a JsonStore, read and changed one change at a time, so two quick updates
 * (two journals appending, two saves of a workspace) never lose one another's write. A stored
 * document that fails its schema is refused with the caller's typed error, never reset: these
 * documents hold what protects against rollbacks, and a reset would forget it.
 */
import type { z } from 'zod';
import type { AppError } from '../../../shared/errors';
import type { JsonStore } from './json-store';

export interface SerialisedDocument<T> {
  /** The document, once every change queued before has been written. */
  read(): Promise<T>;
  /** Applies `edit` to the current document and writes its result; null writes nothing. */
  change(edit: (doc: T) => T | null): Promise<void>;
}

export function serialisedDocument<T>(
  store: JsonStore,
  key: string,
  schema: z.ZodType<T>,
  options: { readonly empty: () => T; readonly damaged: () => AppError },
): SerialisedDocument<T> {
  let queue: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<T> => {
    const raw = await store.read(key);
    if (raw === undefined) return options.empty();
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw options.damaged();
    return parsed.data;
  };
  return {
    async read() {
      await queue;
      return load();
    },
    change(edit) {
      const run = queue.then(async () => {
        const next = edit(await load());
        if (next !== null) await store.write(key, next);
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

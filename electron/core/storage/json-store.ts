/**
 * A small key → JSON document store for non-confidential settings (the year's recommending-unit
 * list is public). Confidential data never goes here: it goes into encrypted case files.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

export interface JsonStore {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

function checkKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid store key: ${key}`);
}

/** Keeps documents in memory only: for tests and the e2e harness. */
export function createMemoryJsonStore(): JsonStore {
  const documents = new Map<string, string>();
  return {
    async read(key) {
      checkKey(key);
      const text = documents.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    },
    async write(key, value) {
      checkKey(key);
      documents.set(key, JSON.stringify(value));
    },
    async remove(key) {
      checkKey(key);
      documents.delete(key);
    },
  };
}

/** One JSON file per key in `directory`, replaced atomically. */
export function createFileJsonStore(directory: string): JsonStore {
  const pathOf = (key: string) => {
    checkKey(key);
    return join(directory, `${key}.json`);
  };
  return {
    async read(key) {
      try {
        return JSON.parse(await readFile(pathOf(key), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(key, value) {
      await mkdir(directory, { recursive: true });
      await writeFileAtomic(pathOf(key), `${JSON.stringify(value, null, 2)}\n`);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

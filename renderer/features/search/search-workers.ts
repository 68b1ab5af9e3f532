/**
 * The search's workers, started from the app's own script through the Trusted Types worker
 * policy: one holds the index for the open package, one (replaceable) reads Word materials as
 * text under a time limit, so a hostile file stops its own reading, never the index.
 */
import workerUrl from './search-worker.ts?worker&url';
import { createTrustedWorker } from '../reader/word/trusted-types';
import { orderedPort } from './ordered-port';
import type { OrderedPort, WorkerLike } from './ordered-port';
import type { SearchWorkerAnswer, SearchWorkerRequest } from './search-protocol';

export type SearchPort = OrderedPort<SearchWorkerRequest, SearchWorkerAnswer>;

/** mammoth reads 300 pages in about a second here; a minute means the file is stuck. */
export const EXTRACT_TIME_LIMIT_MS = 60_000;

function start(name: string, onFailure?: () => void): SearchPort {
  const worker = createTrustedWorker(workerUrl, name) as unknown as WorkerLike<
    SearchWorkerRequest,
    SearchWorkerAnswer
  >;
  return orderedPort(worker, onFailure);
}

export function startIndexWorker(onFailure: () => void): SearchPort {
  return start('search-index', onFailure);
}

/** Reads Word materials one after another; replaced after a time-out. */
export function wordExtractor(): {
  extract(format: 'docx' | 'doc', bytes: Uint8Array): Promise<string | null>;
  stop(): void;
} {
  let port: SearchPort | null = null;
  return {
    async extract(format, bytes) {
      port ??= start('search-extract');
      const current = port;
      const copy = bytes.slice().buffer;
      const timer = setTimeout(() => current.stop(), EXTRACT_TIME_LIMIT_MS);
      const answer = await current.ask({ type: 'extract', format, bytes: copy }, [copy]);
      clearTimeout(timer);
      if (current.stopped && port === current) port = null;
      return answer?.type === 'extracted' && answer.ok ? answer.text : null;
    },
    stop() {
      port?.stop();
      port = null;
    },
  };
}

/**
 * The search worker's entry: one message at a time, in order, answered in order. Created only
 * through the Trusted Types worker policy (reader/word/trusted-types.ts), from the app's origin.
 */
import { createSearchWorkerCore } from './search-worker-core';
import type { SearchWorkerAnswer, SearchWorkerRequest } from './search-protocol';

const core = createSearchWorkerCore();
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    let answer: SearchWorkerAnswer;
    try {
      answer = await core.handle(request);
    } catch {
      answer = {
        type: 'failed',
        ...(request.type === 'query' ? { request: request.request } : {}),
      };
    }
    self.postMessage(answer);
  });
};

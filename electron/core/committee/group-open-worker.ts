/**
 * A worker thread of the group pool (group-open-pool.ts): each request's group bundle verified
 * and opened (openGroupForMerge), one after the other, its outcome posted back. The chair's age
 * identity arrives in the request and lives in this thread for that job only (the section and
 * file keys it unwraps are wiped by the opening code as on the main thread); nothing is written
 * anywhere. No stanza pool is started here (stanzaPool() is null off the main thread): the X25519
 * trials run on this thread.
 */
import { parentPort } from 'node:worker_threads';
import { openGroupForMerge } from './group-open-job';
import type { GroupOpenReply, GroupOpenRequest } from './group-open-pool';

const port = parentPort;
if (port === null) throw new Error('group-open-worker runs as a worker thread');

let work: Promise<void> = Promise.resolve();

// The code is loaded: the pool may now send bundles here (until now its own thread did them).
port.postMessage({ ready: true });

port.on('message', (request: GroupOpenRequest) => {
  work = work.then(async () => {
    const outcome = await openGroupForMerge(request.job);
    let reply: GroupOpenReply = { id: request.id, outcome };
    try {
      port.postMessage(reply);
    } catch (error) {
      reply = { id: request.id, failure: error instanceof Error ? error.message : 'not sent' };
      port.postMessage(reply);
    }
  });
});

/**
 * Entry of the isolated intake worker: reads one RAR or 7z archive, streams the files back and
 * exits. Runs as a Node child process (`process.send`) or an Electron utility process
 * (`process.parentPort`); it never imports electron.
 */
import { readFile } from 'node:fs/promises';
import type { ArchiveReadout } from '../archive-readout';
import { inspectDocument } from '../documents/inspect-document';
import { IntakeRefusal } from '../intake-problem';
import { OutputBudget } from '../output-budget';
import { readRar } from '../rar/read-rar';
import { read7z } from '../sevenzip/read-7z';
import { readZip } from '../zip/read-zip';
import type { IsolatedMessage, IsolatedReadRequest } from './worker-protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

interface Channel {
  send(message: IsolatedMessage): Promise<void>;
  onRequest(listener: (request: IsolatedReadRequest) => void): void;
}

function parentChannel(): Channel {
  const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (port !== undefined) {
    return {
      send: async (message) => port.postMessage(message),
      onRequest: (listener) =>
        port.on('message', (event) => listener(event.data as IsolatedReadRequest)),
    };
  }
  return {
    // Waiting for each send keeps at most one file in flight over the pipe.
    send: (message) =>
      new Promise((resolve, reject) => {
        process.send?.(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
      }),
    onRequest: (listener) =>
      void process.on('message', (message) => listener(message as IsolatedReadRequest)),
  };
}

async function readRequested(
  request: IsolatedReadRequest,
): Promise<{ readout: ArchiveReadout; budget: OutputBudget }> {
  const bytes =
    'path' in request.source ? await readFile(request.source.path) : request.source.bytes;
  const budget = new OutputBudget(request.limits, Date.now() + request.timeLeftMs, request.usage);
  const options = { password: request.password };
  const readout =
    request.format === 'rar'
      ? await readRar(bytes, options, budget)
      : request.format === 'zip'
        ? await readZip({ kind: 'bytes', bytes }, options, budget)
        : await read7z(bytes, options, budget);
  return { readout, budget };
}

async function answer(channel: Channel, request: IsolatedReadRequest): Promise<void> {
  try {
    const { readout, budget } = await readRequested(request);
    for (const file of readout.files) {
      const inspection = await inspectDocument(file.path, file.bytes);
      await channel.send({ type: 'file', path: file.path, bytes: file.bytes, inspection });
    }
    await channel.send({ type: 'done', findings: readout.findings, usage: budget.usage() });
  } catch (error) {
    if (error instanceof IntakeRefusal) {
      await channel.send({
        type: 'refused',
        category: error.category,
        detail: error.detail,
        entryPath: error.entryPath,
      });
    } else {
      await channel.send({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

const channel = parentChannel();
channel.onRequest((request) => {
  void answer(channel, request).finally(() => process.exit(0));
});
void channel.send({ type: 'ready' });

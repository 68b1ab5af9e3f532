/**
 * Entry of the isolated intake worker: reads one archive (or a RAR volume set, or a register),
 * streams what it found back in bounded messages, and exits. Runs as a Node child process or an
 * Electron utility process (worker-channel.ts); it never imports electron. The decoders are
 * loaded only for the request that needs them.
 */
import { readFile } from 'node:fs/promises';
import type { ArchiveReadout } from '../archive-readout';
import { inspectDocument } from '../documents/inspect-document';
import { IntakeRefusal } from '../intake-problem';
import { OutputBudget } from '../output-budget';
import { isRegisterRefusal } from '../../register/register-file-error';
import { parentChannel } from './worker-channel';
import type { WorkerChannel } from './worker-channel';
import { FILE_CHUNK_BYTES, ROW_BATCH_BYTES } from './worker-protocol';
import type { IsolatedRequest, IsolatedSource } from './worker-protocol';

type ReadRequest = Extract<IsolatedRequest, { type: 'read' | 'read-volumes' }>;
type RegisterRequest = Extract<IsolatedRequest, { type: 'register' }>;

function bytesOf(source: IsolatedSource): Promise<Uint8Array> | Uint8Array {
  return 'path' in source ? readFile(source.path) : source.bytes;
}

async function readRequested(request: ReadRequest): Promise<{
  readout: ArchiveReadout;
  budget: OutputBudget;
}> {
  const budget = new OutputBudget(request.limits, Date.now() + request.timeLeftMs, request.usage);
  const options = { password: request.password };
  if (request.type === 'read-volumes') {
    const volumes = await Promise.all(request.volumes.map(bytesOf));
    const { readRarVolumes } = await import('../sevenzip/read-7z');
    const readout = await readRarVolumes(request.format, request.scheme, volumes, options, budget);
    return { readout, budget };
  }
  const bytes = await bytesOf(request.source);
  let readout: ArchiveReadout;
  if (request.format === 'rar') {
    const { readRar } = await import('../rar/read-rar');
    readout = await readRar(bytes, options, budget);
  } else if (request.format === 'zip') {
    const { readZip } = await import('../zip/read-zip');
    readout = await readZip({ kind: 'bytes', bytes }, options, budget);
  } else {
    const { read7z } = await import('../sevenzip/read-7z');
    readout = await read7z(bytes, options, budget);
  }
  return { readout, budget };
}

/** Each file as a header, then its bytes in chunks (copies: a view would carry its whole buffer). */
async function sendReadout(channel: WorkerChannel, request: ReadRequest): Promise<void> {
  const { readout, budget } = await readRequested(request);
  for (const file of readout.files) {
    const inspection = await inspectDocument(file.path, file.bytes);
    const size = file.bytes.byteLength;
    await channel.send({ type: 'file', path: file.path, size, inspection });
    for (let offset = 0; offset < size; offset += FILE_CHUNK_BYTES) {
      const bytes = file.bytes.slice(offset, Math.min(size, offset + FILE_CHUNK_BYTES));
      await channel.sendData({ type: 'chunk', bytes });
    }
  }
  await channel.send({ type: 'done', findings: readout.findings, usage: budget.usage() });
}

/** A register's rows in batches of about ROW_BATCH_BYTES, then how the file was read. */
async function sendRegister(channel: WorkerChannel, request: RegisterRequest): Promise<void> {
  const { readRegisterFile } = await import('../../register/read-register-file');
  const { rows, readout } = await readRegisterFile(await bytesOf(request.source), request.limits);
  let batch: typeof rows = [];
  let batchBytes = 0;
  for (const row of rows) {
    batch.push(row);
    batchBytes += 16 + row.cells.reduce((sum, cell) => sum + 8 + 2 * cell.length, 0);
    if (batchBytes >= ROW_BATCH_BYTES) {
      await channel.sendData({ type: 'rows', rows: batch });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) await channel.sendData({ type: 'rows', rows: batch });
  await channel.send({ type: 'register-done', readout });
}

async function answer(channel: WorkerChannel, request: IsolatedRequest): Promise<void> {
  try {
    if (request.type === 'register') await sendRegister(channel, request);
    else if (request.type === 'read' || request.type === 'read-volumes') {
      await sendReadout(channel, request);
    }
  } catch (error) {
    if (error instanceof IntakeRefusal) {
      await channel.send({
        type: 'refused',
        category: error.category,
        detail: error.detail,
        ...(error.detailEn === undefined ? {} : { detailEn: error.detailEn }),
        entryPath: error.entryPath,
      });
    } else if (isRegisterRefusal(error)) {
      await channel.send({ type: 'register-refused', ...error.toData() });
    } else {
      await channel.send({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

const channel = parentChannel();
let answered = false;
channel.onRequest((request) => {
  if (answered) return;
  answered = true;
  void answer(channel, request).finally(() => process.exit(0));
});
void channel.send({ type: 'ready' });

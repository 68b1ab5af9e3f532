/**
 * Case package speed, against the tools an office might otherwise use, on the same data:
 * - encrypt_throughput / decrypt_throughput: a 500 MB material; peers `openssl enc
 *   -aes-256-ctr` and Debian's `age`, each timed as a whole command (plus an fsync of the
 *   output, since writeCasePackage fsyncs too; decryption output is discarded by all three).
 * - open_material_2gb: open a 2 GB case and read one 10 MB material; the peer is the same on a
 *   20 MB case, so a ratio near 1 means opening does not grow with the package.
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomFillSync } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { generateIdentity } from 'age-encryption';
import { openCasePackage, writeCasePackage } from '../../electron/core/case';
import { identityFromKeys } from '../../electron/core/identity';
import type { Identity } from '../../electron/core/identity';
import { higherIsBetter, lowerIsBetter } from './bench-result';
import type { BenchContext, BenchResult } from './bench-result';

const run$ = promisify(execFile);
const MB = 1_000_000;
const MATERIAL_BYTES = 500 * MB;
const BIG_CASE_FILLERS = 20;
const FILLER_BYTES = 100 * MB;
const TARGET_BYTES = 10 * MB;
const REPEATS = 3;
const OPEN_REPEATS = 7;
/** Source file, our case, openssl's and age's outputs, then the 2 GB case: with room to spare. */
const DISK_NEEDED = 4.5e9;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Random bytes, generated a megabyte at a time: a 2 GB material never sits in memory. */
async function* randomStream(total: number): AsyncGenerator<Uint8Array> {
  for (let left = total; left > 0; left -= MB)
    yield randomFillSync(Buffer.allocUnsafe(Math.min(MB, left)));
}

async function writeRandomFile(path: string, total: number): Promise<void> {
  await pipeline(Readable.from(randomStream(total)), createWriteStream(path));
}

async function people(): Promise<{ office: Identity; expert: Identity }> {
  const make = async (role: 'office' | 'expert') =>
    identityFromKeys(
      { name: `bench ${role}`, organisation: 'bench', role },
      new Date().toISOString(),
      randomBytes(32),
      await generateIdentity(),
    );
  return { office: await make('office'), expert: await make('expert') };
}

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream);
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const { scratchDir: dir, log } = ctx;
  const space = await statfs(dir);
  if (space.bavail * space.bsize < DISK_NEEDED) {
    throw new Error(`crypto bench needs ${DISK_NEEDED / 1e9} GB free in ${dir}`);
  }
  const { office, expert } = await people();
  const officeFingerprint = office.card.fingerprint;
  const keyFile = join(dir, 'expert.key');
  await writeFile(keyFile, `${expert.ageIdentity}\n`, { mode: 0o600 });

  log(`writing a ${MATERIAL_BYTES / MB} MB random material`);
  const source = join(dir, 'material.bin');
  await writeRandomFile(source, MATERIAL_BYTES);
  const ours = join(dir, 'material.qbcase');
  const ctr = join(dir, 'material.ctr');
  const ageFile = join(dir, 'material.age');
  const openssl = ['enc', '-aes-256-ctr', '-pbkdf2', '-nosalt', '-pass', 'pass:bench'];

  const times = { ourEnc: [] as number[], sslEnc: [] as number[], ageEnc: [] as number[] };
  const dec = { ours: [] as number[], ssl: [] as number[], age: [] as number[] };
  for (let round = 0; round < REPEATS; round++) {
    times.ourEnc.push(
      await timed(() =>
        writeCasePackage({
          path: ours,
          office,
          recipients: [expert.card.ageRecipient],
          manifest: { bench: true },
          materials: [{ id: 'material', source }],
        }),
      ),
    );
    times.sslEnc.push(
      await timed(async () => {
        await run$('openssl', [...openssl, '-in', source, '-out', ctr]);
        await fsyncFile(ctr);
      }),
    );
    times.ageEnc.push(
      await timed(async () => {
        await run$('age', ['-e', '-r', expert.card.ageRecipient, '-o', ageFile, source]);
        await fsyncFile(ageFile);
      }),
    );
    dec.ours.push(
      await timed(async () => {
        const opened = await openCasePackage(ours, {
          officeFingerprint,
          identity: expert.ageIdentity,
        });
        await drain(opened.readEntryStream('material'));
        await opened.close();
      }),
    );
    dec.ssl.push(
      await timed(() => run$('openssl', [...openssl, '-d', '-in', ctr, '-out', '/dev/null'])),
    );
    dec.age.push(await timed(() => run$('age', ['-d', '-i', keyFile, '-o', '/dev/null', ageFile])));
    log(
      `round ${round + 1}: encrypt ours ${times.ourEnc.at(-1)?.toFixed(0)} ms, decrypt ours ${dec.ours.at(-1)?.toFixed(0)} ms`,
    );
  }
  const rate = (ms: number[]) => MATERIAL_BYTES / MB / (median(ms) / 1000);
  const [encOurs, encSsl, encAge] = [rate(times.ourEnc), rate(times.sslEnc), rate(times.ageEnc)];
  const [decOurs, decSsl, decAge] = [rate(dec.ours), rate(dec.ssl), rate(dec.age)];
  await Promise.all([source, ours, ctr, ageFile].map((path) => rm(path, { force: true })));

  log(
    `writing a ${(BIG_CASE_FILLERS * FILLER_BYTES + TARGET_BYTES) / 1e9} GB case and a 20 MB one`,
  );
  const bigCase = join(dir, 'big.qbcase');
  const smallCase = join(dir, 'small.qbcase');
  const materialsAround = (fillers: number, fillerBytes: number) =>
    (async function* () {
      for (let i = 0; i < fillers; i++) {
        if (i === Math.floor(fillers / 2))
          yield { id: 'target', source: randomStream(TARGET_BYTES) };
        yield { id: `filler-${i}`, source: randomStream(fillerBytes) };
      }
    })();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  const bigWritten = await writeCasePackage({
    path: bigCase,
    office,
    recipients: [expert.card.ageRecipient],
    manifest: { bench: 'big' },
    materials: materialsAround(BIG_CASE_FILLERS, FILLER_BYTES),
  });
  clearInterval(sampler);
  log(
    `2 GB case: ${(bigWritten.size / 1e9).toFixed(2)} GB, RSS grew by ${((rssPeak - rssBefore) / MB).toFixed(0)} MB while writing`,
  );
  await writeCasePackage({
    path: smallCase,
    office,
    recipients: [expert.card.ageRecipient],
    manifest: { bench: 'small' },
    materials: materialsAround(1, TARGET_BYTES),
  });

  const openAndRead = (path: string) =>
    timed(async () => {
      const opened = await openCasePackage(path, {
        officeFingerprint,
        identity: expert.ageIdentity,
      });
      await opened.readEntry('target');
      await opened.close();
    });
  const big: number[] = [];
  const small: number[] = [];
  for (let i = 0; i < OPEN_REPEATS; i++) {
    big.push(await openAndRead(bigCase));
    small.push(await openAndRead(smallCase));
  }
  const [openBig, openSmall] = [median(big), median(small)];
  log(
    `open + read 10 MB: 2 GB case ${openBig.toFixed(1)} ms, 20 MB case ${openSmall.toFixed(1)} ms (median of ${OPEN_REPEATS}, warm cache)`,
  );
  await Promise.all([bigCase, smallCase].map((path) => rm(path, { force: true })));

  return [
    {
      name: 'encrypt_throughput',
      value: encOurs,
      unit: 'MB/s',
      peers: [
        { name: 'openssl enc -aes-256-ctr', value: encSsl, ratio: higherIsBetter(encOurs, encSsl) },
        {
          name: 'age -e (Debian age 1.1.1)',
          value: encAge,
          ratio: higherIsBetter(encOurs, encAge),
        },
      ],
    },
    {
      name: 'decrypt_throughput',
      value: decOurs,
      unit: 'MB/s',
      peers: [
        {
          name: 'openssl enc -d -aes-256-ctr',
          value: decSsl,
          ratio: higherIsBetter(decOurs, decSsl),
        },
        {
          name: 'age -d (Debian age 1.1.1)',
          value: decAge,
          ratio: higherIsBetter(decOurs, decAge),
        },
      ],
    },
    {
      name: 'open_material_2gb',
      value: openBig,
      unit: 'ms',
      peers: [
        {
          name: 'same on a 20 MB case',
          value: openSmall,
          ratio: lowerIsBetter(openBig, openSmall),
        },
      ],
    },
  ];
}

/**
 * open_material_2gb: milliseconds to open a 2 GB package and read one 10 MB material whole,
 * against the same on a 20 MB package: a ratio near 1 means opening does not grow with the
 * package. The comparison is with ourselves; no outside tool opens our format.
 */
import { join } from 'node:path';
import { measureRow } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { benchIdentity } from './bench-people';
import { BIG_CASE_FILLERS, FILLER_BYTES, TARGET_BYTES } from './bench-sizes';
import { openAndReadOne, writeCaseOf } from './core-calls';
import { MB, randomStream } from './scratch-files';

/** `fillers` random materials with the 10 MB target in the middle. */
async function* materialsAround(fillers: number, fillerBytes: number) {
  for (let i = 0; i < fillers; i++) {
    if (i === Math.floor(fillers / 2)) yield { id: 'target', source: randomStream(TARGET_BYTES) };
    yield { id: `filler-${i}`, source: randomStream(fillerBytes) };
  }
}

export async function run(ctx: BenchContext): Promise<void> {
  const office = await benchIdentity('基准办公室', 'office');
  const expert = await benchIdentity('基准专家', 'expert');
  const recipient = expert.card.ageRecipient;
  const bigBytes = BIG_CASE_FILLERS * FILLER_BYTES + TARGET_BYTES;
  ctx.log(`writing a ${(bigBytes / 1e9).toFixed(2)} GB case and a 20 MB one`);
  const bigCase = join(ctx.scratchDir, 'big.qbcase');
  const smallCase = join(ctx.scratchDir, 'small.qbcase');

  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  let bigSize: number;
  try {
    bigSize = await writeCaseOf({
      path: bigCase,
      office,
      recipient,
      materials: materialsAround(BIG_CASE_FILLERS, FILLER_BYTES),
    });
  } finally {
    clearInterval(sampler);
  }
  const rssGrowth = `RSS grew by ${((rssPeak - rssBefore) / MB).toFixed(0)} MB while writing the ${(bigSize / 1e9).toFixed(2)} GB case`;
  ctx.log(rssGrowth);
  await writeCaseOf({
    path: smallCase,
    office,
    recipient,
    materials: materialsAround(1, TARGET_BYTES),
  });

  const reader = (path: string) => ({
    path,
    officeFingerprint: office.card.fingerprint,
    identity: expert.ageIdentity,
  });
  const work = (size: string) =>
    `openCasePackage of the ${size} package (signature checked, key unwrapped, index and ` +
    `manifest read), then readEntry of the ${TARGET_BYTES / MB} MB material in its middle, whole`;
  const readTarget = (path: string) => async () => {
    const bytes = await openAndReadOne(reader(path), 'target');
    if (bytes !== TARGET_BYTES) throw new Error(`read ${bytes} bytes, not ${TARGET_BYTES}`);
  };
  const sides: Side[] = [
    {
      name: 'ours, 2 GB case',
      work: work(`${(bigSize / 1e9).toFixed(2)} GB`),
      run: readTarget(bigCase),
    },
    { name: 'same on a 20 MB case', work: work('20 MB'), run: readTarget(smallCase) },
  ];
  await measureRow(
    ctx,
    {
      name: 'open_material_2gb',
      unit: 'ms',
      better: 'lower',
      value: (seconds) => seconds * 1000,
      notes: ['warm page cache', rssGrowth],
    },
    sides,
  );
}

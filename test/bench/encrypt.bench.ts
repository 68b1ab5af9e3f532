/**
 * encrypt_throughput: MB/s sealing one 500 MB material into a case package, against the tools
 * an office might otherwise use on the same file, on the same disk. Every side reads the
 * source from the page cache (written and fsync'd just before), writes its output beside it
 * and fsyncs it; each side's output is removed after its run, untimed.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { measureRow } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { benchIdentity } from './bench-people';
import { MATERIAL_BYTES } from './bench-sizes';
import { runCommand } from './command';
import { OUR_CHUNK, encryptMaterial } from './core-calls';
import { MB, fsyncFile, writeRandomFile } from './scratch-files';

export async function run(ctx: BenchContext): Promise<void> {
  const dir = ctx.scratchDir;
  const office = await benchIdentity('基准办公室', 'office');
  const expert = await benchIdentity('基准专家', 'expert');
  const recipient = expert.card.ageRecipient;
  ctx.log(`writing a ${MATERIAL_BYTES / MB} MB random material`);
  const source = join(dir, 'material.bin');
  await writeRandomFile(source, MATERIAL_BYTES);

  const output = (name: string) => join(dir, name);
  const removing = (path: string) => () => rm(path, { force: true });
  const key = randomBytes(32).toString('hex');
  const iv = randomBytes(16).toString('hex');
  const age = (out: string) => runCommand('age', ['-e', '-r', recipient, '-o', out, source]);
  const mb = MATERIAL_BYTES / MB;

  const ours = output('material.qbcase');
  const ctr = output('material.ctr');
  const ageOut = output('material.age');
  const sides: Side[] = [
    {
      name: 'ours',
      work:
        `writeCasePackage: read ${mb} MB file, Padmé padding, AES-256-GCM and SHA-256 of each ` +
        `${OUR_CHUNK} ciphertext chunk (the hash list signed), key wrapped for 1 age recipient, ` +
        'Ed25519 signature, write, fsync, rename',
      before: removing(ours),
      run: async () => {
        const size = await encryptMaterial({
          path: ours,
          office,
          recipient,
          entryId: 'material',
          source,
        });
        if (size <= MATERIAL_BYTES) throw new Error('the package is shorter than its material');
      },
      after: removing(ours),
    },
    {
      name: 'openssl enc -aes-256-ctr',
      work: `read ${mb} MB file, AES-256-CTR (no authentication, no hash), write, fsync`,
      tools: ['openssl'],
      before: removing(ctr),
      run: async () => {
        await runCommand('openssl', [
          'enc',
          '-aes-256-ctr',
          '-K',
          key,
          '-iv',
          iv,
          '-in',
          source,
          '-out',
          ctr,
        ]);
        await fsyncFile(ctr);
      },
      after: removing(ctr),
    },
    {
      name: 'age -e',
      work: `age -e -r (X25519; ChaCha20-Poly1305 per 64 KiB chunk): read ${mb} MB file, write, fsync`,
      tools: ['age'],
      before: removing(ageOut),
      run: async () => {
        await age(ageOut);
        await fsyncFile(ageOut);
      },
      after: removing(ageOut),
    },
    {
      name: 'age -e, then sha256sum',
      work:
        'age -e -r as above, then sha256sum (coreutils) of the ciphertext file, then fsync: ' +
        'like ours, authenticated and every ciphertext byte hashed',
      tools: ['age', 'sha256sum'],
      before: removing(ageOut),
      run: async () => {
        await age(ageOut);
        await runCommand('sha256sum', [ageOut]);
        await fsyncFile(ageOut);
      },
      after: removing(ageOut),
    },
    {
      name: 'age -e, then openssl dgst -sha256',
      work:
        'the same with OpenSSL SHA-256 (the implementation Node uses, with the CPU SHA ' +
        'extensions) instead of coreutils',
      tools: ['age', 'openssl'],
      before: removing(ageOut),
      run: async () => {
        await age(ageOut);
        await runCommand('openssl', ['dgst', '-sha256', ageOut]);
        await fsyncFile(ageOut);
      },
      after: removing(ageOut),
    },
  ];
  await measureRow(
    ctx,
    {
      name: 'encrypt_throughput',
      unit: 'MB/s',
      better: 'higher',
      value: (seconds) => mb / seconds,
      target: 0.8,
      notes: [
        `${mb} MB of random bytes (MB = 10^6 bytes); the source is in the page cache for every side`,
        'each peer command is one process; age, openssl and sha256sum each use one core',
        "MB/s counts the material's own bytes on every side: our padding is work we chose to do",
      ],
    },
    sides,
  );
  await rm(source, { force: true });
}

/**
 * decrypt_throughput: MB/s opening a package and streaming its 500 MB material through, against
 * the same tools decrypting their own ciphertext of the same material, on the same disk.
 * Every side's plaintext is discarded (ours drained from the stream, the peers' to /dev/null).
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureRow } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { benchIdentity } from './bench-people';
import { MATERIAL_BYTES } from './bench-sizes';
import { runCommand } from './command';
import { OUR_CHUNK, decryptMaterial, encryptMaterial } from './core-calls';
import { isOnPath } from './peer-tools';
import { MB, fsyncFile, writeRandomFile } from './scratch-files';

export async function run(ctx: BenchContext): Promise<void> {
  const dir = ctx.scratchDir;
  const office = await benchIdentity('基准办公室', 'office');
  const expert = await benchIdentity('基准专家', 'expert');
  const recipient = expert.card.ageRecipient;
  const keyFile = join(dir, 'expert.key');
  await writeFile(keyFile, `${expert.ageIdentity}\n`, { mode: 0o600 });
  const mb = MATERIAL_BYTES / MB;
  const key = randomBytes(32).toString('hex');
  const iv = randomBytes(16).toString('hex');

  ctx.log(`writing a ${mb} MB random material and its three ciphertexts`);
  const source = join(dir, 'material.bin');
  const ours = join(dir, 'material.qbcase');
  const ctr = join(dir, 'material.ctr');
  const ageFile = join(dir, 'material.age');
  await writeRandomFile(source, MATERIAL_BYTES);
  await encryptMaterial({ path: ours, office, recipient, entryId: 'material', source });
  // Missing tools are reported by the measuring helper; here they only skip making the input.
  if (await isOnPath('openssl')) {
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
  }
  if (await isOnPath('age')) {
    await runCommand('age', ['-e', '-r', recipient, '-o', ageFile, source]);
    await fsyncFile(ageFile);
  }
  await rm(source, { force: true });

  const ageDecrypt = () => runCommand('age', ['-d', '-i', keyFile, '-o', '/dev/null', ageFile]);
  const sides: Side[] = [
    {
      name: 'ours',
      work:
        'openCasePackage (signature checked, key unwrapped, index and manifest read) then ' +
        `readEntryStream: read ${mb} MB and its padding, each ${OUR_CHUNK} ciphertext chunk ` +
        'SHA-256-checked against the signed hash list and AES-256-GCM-decrypted before release, ' +
        'plaintext drained and discarded',
      run: async () => {
        const bytes = await decryptMaterial(
          { path: ours, officeFingerprint: office.card.fingerprint, identity: expert.ageIdentity },
          'material',
        );
        if (bytes !== MATERIAL_BYTES)
          throw new Error(`decrypted ${bytes} bytes, not ${MATERIAL_BYTES}`);
      },
    },
    {
      name: 'openssl enc -d -aes-256-ctr',
      work: `read ${mb} MB, AES-256-CTR to /dev/null (no authentication, no hash)`,
      tools: ['openssl'],
      run: async () => {
        await runCommand('openssl', [
          'enc',
          '-d',
          '-aes-256-ctr',
          '-K',
          key,
          '-iv',
          iv,
          '-in',
          ctr,
          '-out',
          '/dev/null',
        ]);
      },
    },
    {
      name: 'age -d',
      work: `age -d -i (ChaCha20-Poly1305 per 64 KiB chunk, authenticated): read ${mb} MB, to /dev/null`,
      tools: ['age'],
      run: async () => {
        await ageDecrypt();
      },
    },
    {
      name: 'age -d, then sha256sum',
      work:
        'age -d as above, then sha256sum (coreutils) of the ciphertext file: like ours, ' +
        'authenticated and every ciphertext byte hashed',
      tools: ['age', 'sha256sum'],
      run: async () => {
        await ageDecrypt();
        await runCommand('sha256sum', [ageFile]);
      },
    },
    {
      name: 'age -d, then openssl dgst -sha256',
      work:
        'the same with OpenSSL SHA-256 (the implementation Node uses, with the CPU SHA ' +
        'extensions) instead of coreutils',
      tools: ['age', 'openssl'],
      run: async () => {
        await ageDecrypt();
        await runCommand('openssl', ['dgst', '-sha256', ageFile]);
      },
    },
  ];
  await measureRow(
    ctx,
    {
      name: 'decrypt_throughput',
      unit: 'MB/s',
      better: 'higher',
      value: (seconds) => mb / seconds,
      target: 0.8,
      notes: [
        `${mb} MB of random bytes (MB = 10^6 bytes); each side's ciphertext is in the page cache`,
        'each peer command is one process; age, openssl and sha256sum each use one core',
        "MB/s counts the material's own bytes on every side: our padding is work we chose to do",
      ],
    },
    sides,
  );
}

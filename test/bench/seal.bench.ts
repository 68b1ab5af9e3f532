/**
 * seal_round: seconds to seal a round of 10 packages that each hold the same 50 MB of
 * materials, from the office's workspace (the real path: sealRound), against Debian's `age`
 * encrypting the same material files once per expert, through `xargs -P <cores>`, each output
 * fsync'd. Both write to the same disk; each side's packages are removed after its run.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { measureRow } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { SEAL_EXPERTS, SEAL_MATERIAL_BYTES } from './bench-sizes';
import { runCommand } from './command';
import { OUR_CHUNK, sealPackages } from './core-calls';
import { MB, removeAll } from './scratch-files';
import { FIFTY_MB_OF_APPLICATIONS, buildSealWorkspace } from './seal-workspace';

/** One age job per argument triple: recipient, input, output; the output fsync'd. */
const AGE_JOB = 'age -e -r "$1" -o "$3" "$2" && sync "$3"';

export async function run(ctx: BenchContext): Promise<void> {
  ctx.log(
    `building an office case: ${SEAL_EXPERTS} experts, ${SEAL_MATERIAL_BYTES / MB} MB of ` +
      'applications taken in by intake',
  );
  const workspace = await buildSealWorkspace(join(ctx.scratchDir, 'case'), {
    experts: SEAL_EXPERTS,
    ...FIFTY_MB_OF_APPLICATIONS,
  });
  if (workspace.materialBytes !== SEAL_MATERIAL_BYTES) {
    throw new Error(`the workspace holds ${workspace.materialBytes} bytes of materials`);
  }
  const files = workspace.materialFiles.length;
  const packages = workspace.experts.length;
  const oursOut = join(ctx.scratchDir, 'ours');
  const peerOut = join(ctx.scratchDir, 'peer');
  const jobs = workspace.experts.flatMap((expert) =>
    workspace.materialFiles.map((file, i) => [
      expert.recipient,
      file,
      join(peerOut, expert.id, `${i}.age`),
    ]),
  );
  const jobList = `${jobs.flat().join('\0')}\0`;
  const cores = ctx.cores;

  const sides: Side[] = [
    {
      name: 'ours',
      work:
        `sealRound: for each of ${packages} experts, its ${files} materials read back from the ` +
        'encrypted workspace and sealed into one package (padded; AES-256-GCM and SHA-256 of ' +
        `each ${OUR_CHUNK} ciphertext chunk, hash lists signed; key wrapped for the expert; ` +
        'Ed25519 signature), write, fsync, rename; then the round recorded in the workspace',
      before: () => removeAll([oursOut]),
      run: async () => {
        const sealed = await sealPackages(
          workspace.session,
          workspace.office,
          workspace.roundId,
          oursOut,
        );
        if (sealed.packages !== packages || sealed.bytes < packages * SEAL_MATERIAL_BYTES) {
          throw new Error(`sealed ${sealed.packages} packages of ${sealed.bytes} bytes in all`);
        }
      },
      after: () => removeAll([oursOut]),
    },
    {
      name: `age per file, xargs -P ${cores}`,
      work:
        `age -e -r <expert> of each of the ${files} plaintext material files once per expert ` +
        `(${jobs.length} files, ${(packages * SEAL_MATERIAL_BYTES) / MB} MB out), ${cores} at a ` +
        "time through xargs -P (nproc), each output fsync'd (sync FILE)",
      tools: ['xargs', 'sh', 'age', 'sync'],
      before: async () => {
        await removeAll([peerOut]);
        for (const expert of workspace.experts) {
          await mkdir(join(peerOut, expert.id), { recursive: true });
        }
      },
      run: async () => {
        await runCommand(
          'xargs',
          ['-0', '-n', '3', '-P', String(cores), 'sh', '-c', AGE_JOB, 'sh'],
          { stdin: jobList },
        );
      },
      after: () => removeAll([peerOut]),
    },
  ];
  await measureRow(
    ctx,
    {
      name: 'seal_round',
      unit: 's',
      better: 'lower',
      value: (seconds) => seconds,
      notes: [
        `${packages} packages × ${SEAL_MATERIAL_BYTES / MB} MB of materials (5 applications, ` +
          `${files} files); the peer reads the plaintext files, ours the workspace`,
        "no passphrase wrap on either side: each package is for its expert's age recipient only",
        `${cores} cores (os.availableParallelism); the peer runs ${cores} age processes at a time`,
      ],
    },
    sides,
  );
}

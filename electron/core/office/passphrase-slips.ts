/**
 * Writes the slips (口令单) of a sealing into a folder the office chose apart from the packages:
 * one Word file per person. The only plaintext the office side writes on purpose.
 */
import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Identity } from '../identity/identity';
import { passphraseSlip } from '../report/passphrase-slip';
import type { SlipInput } from '../report/passphrase-slip';
import { writeFileAtomic } from '../storage/atomic-write';
import { foldersOverlap, pathInside } from '../storage/path-inside';
import type { SealReport } from './office-seal';
import { AppError } from '../../../shared/errors';

/** Refuses a slips folder that is, holds or lies inside the packages' folder. */
export function assertSlipsFolderApart(folder: string, packagesFolder: string): void {
  if (foldersOverlap(folder, packagesFolder)) throw new AppError('slips-beside-packages');
}

/** Writes one slip per input, into a folder apart from the packages. */
export async function writePassphraseSlips(
  folder: string,
  packagesFolder: string,
  slips: readonly SlipInput[],
): Promise<string[]> {
  assertSlipsFolderApart(folder, packagesFolder);
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (const slip of slips) {
    const file = pathInside(folder, `口令单-${slip.expertId}.docx`);
    await writeFileAtomic(file, await passphraseSlip(slip));
    files.push(file);
  }
  return files;
}

/** One slip per package of the report that has a passphrase. */
export function slipsOf(report: SealReport, office: Identity, year: number): SlipInput[] {
  return report.packages.flatMap((p) =>
    p.passphrase === undefined
      ? []
      : [
          {
            year,
            roundName: report.roundName,
            expertId: p.expertId,
            expertName: p.name,
            packageFile: basename(p.file),
            sequence: p.sequence,
            passphrase: p.passphrase,
            officeName: office.card.organisation,
            officeFingerprint: office.card.fingerprint,
            sealedAt: slipTime(report.sealedAt),
          },
        ],
  );
}

/** 2026年11月29日 14:05, Beijing time, as the slip prints it. */
export function slipTime(iso: string): string {
  const beijing = new Date(Date.parse(iso) + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`;
}

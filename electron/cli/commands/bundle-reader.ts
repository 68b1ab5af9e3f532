/**
 * What the two bundle commands share: the reader's identity, the reader's own package (opened as
 * `package show` opens it: the office key pinned per case) turned into what a bundle is checked
 * against, and the words for a bundle's header.
 */
import { readFile } from 'node:fs/promises';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { BundleExpectations, ReaderPackageFacts, VerifiedBundle } from '../../core/bundle';
import { openPackage } from '../../core/desk/open-package';
import type { Identity } from '../../core/identity/identity';
import { unlockIdentity } from '../../core/identity/identity-file';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { ParsedArgs } from '../command';
import { readPassphrase } from '../passphrase';
import { cliPinStore, cliSequenceMemory } from '../user-state';

export const IDENTITY_HELP = `  --identity FILE               您的身份文件（.qbid） / your identity file
  --passphrase-file FILE        身份口令文件；否则读 QBREVIEW_PASSPHRASE 或在终端输入`;

export async function readerIdentity(
  context: CommandContext,
  args: ParsedArgs,
): Promise<Identity | undefined> {
  const file = stringOption(args, 'identity');
  if (file === undefined) return undefined;
  const passphrase = await readPassphrase(context.io, {
    file: stringOption(args, 'passphrase-file'),
    prompt: '身份口令',
  });
  return unlockIdentity(await readFile(file), passphrase);
}

/** What the reader's package says a bundle of its case and round must be. */
export interface PackageCheck {
  readonly expect: BundleExpectations;
  readonly facts: ReaderPackageFacts;
}

export function packageCheckOf(manifest: CaseManifest): PackageCheck {
  return {
    expect: {
      officeFingerprint: manifest.office.fingerprint,
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      rubricDigest: manifest.rubricDigest,
      roster: manifest.roster.map((p) => ({
        fingerprint: p.fingerprint,
        roles: p.seats.map((s) => s.role),
      })),
    },
    facts: {
      rubric: manifest.round.rubric,
      materials: manifest.materials.map((m) => ({
        materialId: m.materialId,
        applicationId: m.applicationId,
        sha256: m.sha256,
      })),
      reviewReaders: new Map(
        manifest.reviewReaders.map((r) => [r.applicationId, r.readers.map((x) => x.fingerprint)]),
      ),
    },
  };
}

/** Opens the reader's own package (their identity, the office key pinned or given) for its facts. */
export async function readerPackageCheck(
  context: CommandContext,
  path: string,
  identity: Identity,
  officeFingerprint: string | undefined,
): Promise<PackageCheck> {
  const opened = await openPackage(path, {
    identity,
    ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
    pins: cliPinStore(context.io.env),
    sequences: cliSequenceMemory(context.io.env),
  });
  try {
    return packageCheckOf(opened.manifest);
  } finally {
    await opened.close();
  }
}

/** The header as the commands print it and return it in --json: ids, numbers, fingerprints. */
export function bundleSummary(verified: VerifiedBundle) {
  const { header } = verified;
  const { statement } = header.roster;
  return {
    caseId: header.caseId,
    roundId: header.roundId,
    rubricDigest: header.rubricDigest,
    sequence: header.sequence,
    author: {
      expertId: statement.member.expertId,
      fingerprint: header.author.fingerprint,
      seats: statement.member.seats,
    },
    office: { fingerprint: statement.office.fingerprint, checked: verified.officeChecked },
    sections: header.sections.length,
    digest: verified.digest,
  };
}

export function sayBundleSummary(context: CommandContext, verified: VerifiedBundle): void {
  const s = bundleSummary(verified);
  context.say(`案卷 ${s.caseId}  轮次 ${s.roundId}  序号 ${s.sequence}  共 ${s.sections} 部分`);
  context.say(
    `作者：专家 ${s.author.expertId}（指纹 ${s.author.fingerprint}），已由办公室名单证明`,
  );
  context.say(
    s.office.checked
      ? `办公室指纹：${s.office.fingerprint}（已核对）`
      : `办公室指纹：${s.office.fingerprint}（未核对：请与办公室告知您的指纹比对，或使用 --office-fingerprint）`,
  );
  context.say(`评分细则摘要：${s.rubricDigest}`);
}

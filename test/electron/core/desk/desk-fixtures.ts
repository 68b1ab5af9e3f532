/**
 * Real packages for the desk's tests: a round sealed by the office's own code (the case of
 * test/electron/core/office/sealable-case.ts), fresh memories, and a package of that round
 * written again by someone else (another office key, another manifest), as an attacker or a
 * broken office would.
 */
import { join } from 'node:path';
import { writeCasePackage } from '../../../../electron/core/case';
import { openCasePackage } from '../../../../electron/core/case/open-case-package';
import { createPinStore } from '../../../../electron/core/desk/pin-store';
import { createSequenceMemory } from '../../../../electron/core/desk/sequence-memory';
import type { Identity } from '../../../../electron/core/identity';
import { sealRound } from '../../../../electron/core/office/office-seal';
import type { SealReport } from '../../../../electron/core/office/office-seal';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import type { JsonStore } from '../../../../electron/core/storage/json-store';
import { sealableCase } from '../office/sealable-case';
import type { SealableCase } from '../office/sealable-case';

export interface SealedRound extends SealableCase {
  readonly out: string;
  readonly report: SealReport;
  /** The package file of one person. */
  file(expertId: string): string;
  /** The package's own passphrase (sealed with passphrases only). */
  passphrase(expertId: string): string;
  identity(expertId: string): Identity;
}

/** The material round sealed for its five people, in `root/packages`. */
export async function sealedRound(
  root: string,
  options: { withPassphrases?: boolean } = {},
): Promise<SealedRound> {
  const sealable = await sealableCase(root);
  const out = join(root, 'packages');
  const report = await sealRound(sealable.session, {
    office: sealable.office,
    roundId: 'material',
    outDir: out,
    withPassphrases: options.withPassphrases === true,
    scryptLogN: 10,
  });
  return {
    ...sealable,
    out,
    report,
    file: (id) => join(out, `${id}.qbcase`),
    passphrase: (id) => report.packages.find((p) => p.expertId === id)!.passphrase!,
    identity: (id) => sealable.people.get(id)!,
  };
}

/** A PinStore and a SequenceMemory over one store (the app's data directory, here in memory). */
export function freshStores(store: JsonStore = createMemoryJsonStore()) {
  return { pins: createPinStore(store), sequences: createSequenceMemory(store) };
}

/**
 * The package at `from` (opened with `reader`'s identity), written again to `to`: the same
 * materials under the same entry ids, the manifest changed by `edit`, signed by `signer` and
 * wrapped for `recipients`.
 */
export async function rewritePackage(request: {
  readonly from: string;
  readonly to: string;
  readonly officeFingerprint: string;
  readonly reader: Identity;
  readonly signer: Identity;
  readonly recipients: readonly Identity[];
  readonly edit: (manifest: Record<string, unknown>) => unknown;
}): Promise<void> {
  const opened = await openCasePackage(request.from, {
    officeFingerprint: request.officeFingerprint,
    identity: request.reader.ageIdentity,
  });
  try {
    const materials = await Promise.all(
      opened.listEntries().map(async (e) => ({ id: e.id, source: await opened.readEntry(e.id) })),
    );
    await writeCasePackage({
      path: request.to,
      office: request.signer,
      recipients: request.recipients.map((r) => r.card.ageRecipient),
      manifest: request.edit(structuredClone(opened.manifest) as Record<string, unknown>),
      materials,
    });
  } finally {
    await opened.close();
  }
}

/**
 * A manifest (version 3) naming another office: its name, fingerprint and, for an identity, its
 * keys; the office's place in every review-reader list follows, so only the office changes.
 */
export function namingOffice(
  manifest: Record<string, unknown>,
  office: { readonly name: string; readonly fingerprint: string } | Identity,
): Record<string, unknown> {
  const named =
    'card' in office
      ? {
          name: '办公室',
          fingerprint: office.card.fingerprint,
          signingPublicKey: office.card.signingPublicKey,
          ageRecipient: office.card.ageRecipient,
        }
      : { ...(manifest.office as object), ...office };
  const lists = manifest.reviewReaders as { readers: { fingerprint: string }[] }[];
  return {
    ...manifest,
    office: named,
    reviewReaders: lists.map((list) => ({
      ...list,
      readers: list.readers.map((r, i) => (i === 0 ? { ...r, fingerprint: named.fingerprint } : r)),
    })),
  };
}

/**
 * The expert opening a case package (issue 9, point 2). In this order, stopping at the first
 * refusal, and remembering nothing until every check has passed:
 *
 * 1. the header's office keys (no key needed): the fingerprint typed in must be theirs; without
 *    one, those exact keys must already be pinned for some case, else the fingerprint is asked for;
 * 2. the format opens it (signature, key unwrap, index, manifest; its codes pass through), with
 *    the identity first, then the package's own passphrase;
 * 3. the manifest parses and holds together (package-view.ts), and names the signer as its office;
 * 4. the case's pinned key: another key is refused loudly; a case not pinned yet needs the
 *    fingerprint typed in (a key pinned for another case does not stand in for it);
 * 5. with an identity, the manifest's recipient must be that identity;
 * 6. the office's roster statement (名单证明) the manifest carries, which every review bundle of
 *    this reader will carry: present (a package sealed before it must be sealed again), signed
 *    by the package's office, for its case, round, rubric and sequence, certifying the recipient
 *    with the keys and seats of the manifest's roster (roster-check.ts);
 * 7. the package sequence against the newest seen for the case, round and recipient.
 *
 * Then the key is pinned and the sequence recorded. Materials are read on demand, in memory only.
 */
import { open } from 'node:fs/promises';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { AppError } from '../../../shared/errors';
import { normalisePackagePassphrase } from '../../../shared/security/package-passphrase';
import { readCaseFrame } from '../case/case-frame';
import { openCasePackage } from '../case/open-case-package';
import type { OpenCase } from '../case/open-case-package';
import { isCryptoError } from '../crypto/crypto-error';
import { fingerprintOf, normaliseFingerprint } from '../identity/fingerprint';
import type { Identity } from '../identity/identity';
import { packageView, verifiedManifest } from './package-view';
import type { PackageView } from './package-view';
import { sameOfficeKey } from './pin-store';
import { checkRosterStatement } from './roster-check';
import type { OfficeKey, PinStore } from './pin-store';
import type { PackageSlot, SequenceMemory, SequenceOutcome } from './sequence-memory';
import { sha256Hex } from '../crypto/sha256-hex';

export interface OpenPackageCredentials {
  /** The expert's unlocked identity: tried first, and needed to sign anything later. */
  readonly identity?: Pick<Identity, 'card' | 'ageIdentity'>;
  /** The package's own passphrase (from the slip). */
  readonly passphrase?: string;
  /** The office fingerprint the expert was given: required the first time a case is opened. */
  readonly officeFingerprint?: string;
}

export interface OpenPackageOptions extends OpenPackageCredentials {
  readonly pins: PinStore;
  readonly sequences: SequenceMemory;
}

export interface OpenedPackage {
  readonly view: PackageView;
  /** The verified manifest whole (the rubric, the groups), for the review to come. */
  readonly manifest: CaseManifest;
  /** What unwrapped the case key. */
  readonly unlockedWith: 'identity' | 'passphrase';
  /**
   * True when the recipient's identity was given: a package opened with its passphrase alone
   * can be read, but anything signed later (reviews, bundles) needs the identity.
   */
  readonly canSign: boolean;
  /** 'pinned-now' the first time the case was opened here. */
  readonly pin: 'pinned-now' | 'already-pinned';
  /** first, the same package again, or a newer one replacing an older (with the applications kept and dropped). */
  readonly sequence: SequenceOutcome;
  /** The office's age recipient, for bundles sent back to it. */
  readonly officeAgeRecipient: string;
  /** A material's bytes, verified against the office's signature and its signed SHA-256; in memory only. */
  readMaterial(materialId: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The header's office keys, read without any key; the format's own refusals pass through. */
async function officeKeyOf(path: string): Promise<OfficeKey> {
  const handle = await open(path, 'r');
  try {
    const { header } = await readCaseFrame(handle);
    const signingPublicKey = header.officeSigningKey;
    const ageRecipient = header.officeAgeRecipient;
    return {
      fingerprint: fingerprintOf({ signingPublicKey, ageRecipient }),
      signingPublicKey: Buffer.from(signingPublicKey).toString('base64'),
      ageRecipient,
    };
  } finally {
    await handle.close();
  }
}

/** The fingerprint as typed (any case, spaces, O for 0…), or a refusal naming the signer. */
function typedFingerprint(text: string, signer: string): string {
  const given = normaliseFingerprint(text);
  if (given === null) {
    throw new AppError('office-fingerprint-differs', { given: text.trim().slice(0, 40), signer });
  }
  return given;
}

/** Identity first; only when the package is not wrapped for it, the passphrase. */
async function unlock(
  path: string,
  officeFingerprint: string,
  credentials: OpenPackageCredentials,
): Promise<{ opened: OpenCase; unlockedWith: 'identity' | 'passphrase' }> {
  const { identity, passphrase } = credentials;
  if (identity !== undefined) {
    try {
      const opened = await openCasePackage(path, {
        officeFingerprint,
        identity: identity.ageIdentity,
      });
      return { opened, unlockedWith: 'identity' };
    } catch (error) {
      if (passphrase === undefined || !isCryptoError(error, 'not-a-recipient')) throw error;
    }
  }
  if (passphrase === undefined) {
    throw new RangeError('an identity or a passphrase is needed to open a case package');
  }
  // As typed from the slip: full-width digits folded, spaces and dashes dropped.
  const digits = normalisePackagePassphrase(passphrase) ?? passphrase;
  const opened = await openCasePackage(path, { officeFingerprint, passphrase: digits });
  return { opened, unlockedWith: 'passphrase' };
}

/** Opens, checks and remembers a package; every refusal is an AppError (see the list above). */
export async function openPackage(
  path: string,
  options: OpenPackageOptions,
): Promise<OpenedPackage> {
  const { identity, passphrase, pins, sequences } = options;
  if (identity === undefined && passphrase === undefined) {
    throw new RangeError('an identity or a passphrase is needed to open a case package');
  }
  const key = await officeKeyOf(path);
  const typed =
    options.officeFingerprint === undefined || options.officeFingerprint.trim() === ''
      ? null
      : typedFingerprint(options.officeFingerprint, key.fingerprint);
  if (typed !== null && typed !== key.fingerprint) {
    throw new AppError('office-fingerprint-differs', { given: typed, signer: key.fingerprint });
  }
  // Nothing is unwrapped for a signer nobody vouched for.
  if (typed === null && !(await pins.isPinned(key)))
    throw new AppError('office-fingerprint-needed');

  const { opened, unlockedWith } = await unlock(path, key.fingerprint, options);
  try {
    // The header the format read must be the one checked above (a file swapped in between): the
    // fingerprint it was given binds the signing key, the recipient is compared whole.
    if (opened.officeAgeRecipient !== key.ageRecipient) {
      throw new AppError('tampered', {}, 'the header changed while it was opened');
    }
    const manifest = verifiedManifest(opened.manifest, opened.listEntries());
    if (normaliseFingerprint(manifest.office.fingerprint) !== key.fingerprint) {
      throw new AppError('package-manifest-invalid', {}, 'the manifest names another office');
    }
    // Review bundles are addressed to these keys (manifest version 3): they must be the signer's.
    if (
      manifest.office.ageRecipient !== key.ageRecipient ||
      !Buffer.from(manifest.office.signingPublicKey, 'base64').equals(
        Buffer.from(key.signingPublicKey, 'base64'),
      )
    ) {
      throw new AppError('package-manifest-invalid', {}, 'the manifest names other office keys');
    }
    const pinned = await pins.pinned(manifest.caseId);
    if (pinned !== null && !sameOfficeKey(pinned, key)) {
      throw new AppError('office-key-changed', {
        pinned: pinned.fingerprint,
        signer: key.fingerprint,
      });
    }
    if (pinned === null && typed === null) throw new AppError('office-fingerprint-needed');

    const recipient = normaliseFingerprint(manifest.recipient.fingerprint) ?? '';
    const yours = identity === undefined ? null : identity.card.fingerprint;
    if (yours !== null && recipient !== yours) {
      throw new AppError('package-for-someone-else', {
        recipient: manifest.recipient.fingerprint,
        yours,
      });
    }
    checkRosterStatement(manifest);
    const slot: PackageSlot = { caseId: manifest.caseId, roundId: manifest.round.id, recipient };
    const record = {
      sequence: manifest.packageSequence,
      applicationIds: manifest.applications.map((a) => a.id),
    };
    await sequences.assess(slot, record);

    await pins.pin(manifest.caseId, key);
    const sequence = await sequences.accept(slot, record);
    return openedPackage(opened, manifest, {
      unlockedWith,
      canSign: yours !== null,
      pin: pinned === null ? 'pinned-now' : 'already-pinned',
      sequence,
    });
  } catch (error) {
    await opened.close();
    throw error;
  }
}

function openedPackage(
  opened: OpenCase,
  manifest: CaseManifest,
  facts: Pick<OpenedPackage, 'unlockedWith' | 'canSign' | 'pin' | 'sequence'>,
): OpenedPackage {
  const materials = new Map(manifest.materials.map((m) => [m.materialId, m]));
  return {
    ...facts,
    view: packageView(manifest, opened.packageId),
    manifest,
    officeAgeRecipient: opened.officeAgeRecipient,
    async readMaterial(materialId) {
      const material = materials.get(materialId);
      if (material === undefined) throw new AppError('no-such-entry', {}, 'no such material');
      const bytes = await opened.readEntry(material.entryId);
      // Already verified chunk by chunk; the manifest's own digest ties the entry to the material.
      if (sha256Hex(bytes) !== material.sha256) {
        bytes.fill(0);
        throw new AppError('tampered', {}, 'a material differs from its signed digest');
      }
      return bytes;
    },
    close: () => opened.close(),
  };
}

/**
 * The VerifiedGroupBundle of a group bundle a worker thread verified (group-open-job.ts): its
 * header, digest and office check as the worker's verifyGroupBundle gave them over a copy of the
 * same bytes; every other part (the signed prefix and header, the sections, the member bundles
 * each verified: views into the bytes, which cannot cross back) is made on this thread only when
 * first asked for, by verifyGroupBundle again, whole, over the bytes this thread keeps (their
 * digest must be the worker's). So nothing is handed out verified less than verifyGroupBundle
 * verifies: the chair's merge, its result bundle and the desk's views read only the header and
 * digest; the reports export, which opens the current bundles again, pays for that second
 * verification. A proxy, so that whatever part VerifiedGroupBundle gains is served the same way.
 */
import type { GroupBundleHeader } from '../../../shared/merge/group-bundle-content';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { GroupBundleExpectations, VerifiedGroupBundle } from '../merge/verify-group-bundle';

export interface WorkerVerification {
  readonly header: GroupBundleHeader;
  readonly digest: string;
  readonly officeChecked: boolean;
}

export function workerVerifiedGroupBundle(
  bytes: Uint8Array,
  expect: GroupBundleExpectations,
  verification: WorkerVerification,
): VerifiedGroupBundle {
  const { header, digest, officeChecked } = verification;
  const given: Partial<VerifiedGroupBundle> = { header, digest, officeChecked };
  let whole: VerifiedGroupBundle | undefined;
  const verifiedHere = (): VerifiedGroupBundle => {
    if (whole === undefined) {
      const again = verifyGroupBundle(bytes, expect);
      if (again.digest !== digest)
        throw new Error('the group bundle changed after it was verified');
      whole = again;
    }
    return whole;
  };
  return new Proxy(given, {
    get: (target, key) =>
      // A symbol, or `then` (asked by await of any object), is no part of the bundle.
      Object.hasOwn(target, key) || typeof key === 'symbol' || key === 'then'
        ? Reflect.get(target, key)
        : Reflect.get(verifiedHere(), key),
  }) as VerifiedGroupBundle;
}

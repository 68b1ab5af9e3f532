/** Identities for the bench: made from fresh keys in memory, no identity file, no scrypt. */
import { randomBytes } from 'node:crypto';
import { generateIdentity } from 'age-encryption';
import { identityFromKeys } from '../../electron/core/identity';
import type { Identity, IdentityRole } from '../../electron/core/identity';

export async function benchIdentity(
  name: string,
  role: IdentityRole,
  organisation = '基准测试单位',
): Promise<Identity> {
  return identityFromKeys(
    { name, organisation, region: '北京市', role },
    new Date().toISOString(),
    randomBytes(32),
    await generateIdentity(),
  );
}

/** Two people with fixed keys, so a child process rebuilds the same identity from a name. */
import { identityFromKeys } from '../../../../electron/core/identity/identity';
import type { Identity } from '../../../../electron/core/identity/identity';

/** Fixed keys: an identity is rebuilt the same in a child process from these. */
export const PEOPLE = {
  zhang: {
    profile: { name: '张三', organisation: '某某研究院', role: 'expert' as const },
    createdAt: '2026-11-01T08:00:00.000Z',
    seed: 7,
    ageIdentity: 'AGE-SECRET-KEY-1GQ9778VQXMMJVE8SK7J6VT8UJ4HDQAJUVSFCWCM02D8GEWQ72PVQ2Y5J33',
  },
  li: {
    profile: { name: '李四', organisation: '某某大学', role: 'expert' as const },
    createdAt: '2026-11-01T08:00:00.000Z',
    seed: 9,
    ageIdentity: 'AGE-SECRET-KEY-1QLDH7SKASYY92LVHK5VSJ6D727STS9F6JHRS0D90356DF77UH9SSMTGDE3',
  },
} as const;

export type PersonName = keyof typeof PEOPLE;

export function person(name: PersonName): Promise<Identity> {
  const p = PEOPLE[name];
  return identityFromKeys(p.profile, p.createdAt, new Uint8Array(32).fill(p.seed), p.ageIdentity);
}

/** How the package's manifest names a member of the round, for the words a person reads. */
import type { CaseManifest } from '../../../shared/case/case-manifest';

/**
 * A member's name from the manifest's groups or roster; their id only where the manifest names
 * them not (an older package, or someone no longer in it).
 */
export function memberNameOf(
  manifest: Pick<CaseManifest, 'groups' | 'roster'>,
): (expertId: string) => string {
  const names = new Map<string, string>();
  for (const person of manifest.roster)
    if (person.name !== '') names.set(person.expertId, person.name);
  for (const group of manifest.groups) {
    for (const member of group.members) {
      if (member.name !== '') names.set(member.expertId, member.name);
    }
  }
  return (expertId) => names.get(expertId) ?? expertId;
}

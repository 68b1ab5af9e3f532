/**
 * Groups the files offered together (dropped on the window at once, or named on one command
 * line) into RAR volume sets. The headers say whether a file is a volume and whether another
 * follows; the names say which volume it is ("name.part2.rar", "name.r00"). A set is taken in
 * when its first and last volumes and every one between are there; otherwise the office is told
 * which parts are needed and which are missing.
 */
import type { RarVolumeHeader } from './rar-volume-header';
import { volumeNameFor, volumeNaming, volumeSetKey } from './volume-names';
import type { VolumeNaming } from './volume-names';

/** A file offered for intake, with what its RAR headers say (null when it is no RAR). */
export interface VolumeCandidate<T> {
  readonly input: T;
  readonly name: string;
  readonly header: RarVolumeHeader | null;
}

/** One part of a set, in order. */
export interface VolumePart<T> {
  readonly input: T;
  readonly name: string;
  /** 0 for the first volume; null when neither the name nor the headers say. */
  readonly number: number | null;
}

export type IntakePlanItem<T> =
  /** Anything that is not a volume: read on its own. */
  | { readonly kind: 'single'; readonly input: T }
  /** Every volume of a set, first to last. */
  | {
      readonly kind: 'volume-set';
      readonly format: 'rar4' | 'rar5';
      /** How the archive itself says its volumes are named (7-Zip follows that). */
      readonly scheme: 'part' | 'old';
      readonly parts: readonly VolumePart<T>[];
    }
  /** Volumes of a set that lacks some: refused as 'multi-volume', saying what to send. */
  | {
      readonly kind: 'incomplete-volumes';
      readonly parts: readonly VolumePart<T>[];
      /** Every part's name, as far as known. */
      readonly needed: readonly string[];
      readonly missing: readonly string[];
      /** The last volume is not among them: more parts may follow the ones named. */
      readonly more: boolean;
    };

interface Grouped<T> {
  readonly naming: VolumeNaming | null;
  readonly format: 'rar4' | 'rar5';
  readonly scheme: 'part' | 'old';
  readonly members: { candidate: VolumeCandidate<T>; number: number | null }[];
}

/**
 * Whether a RAR file belongs to a volume set. With encrypted RAR 5 headers only the name can
 * tell, and a lone "name.part1.rar" is then taken for a single archive: WinRAR names those so
 * too, and its decoder will say what else is wrong.
 */
function isVolumePart<T>(
  candidate: VolumeCandidate<T>,
  naming: VolumeNaming | null,
  siblings: number,
): boolean {
  const { header } = candidate;
  if (header === null) return false;
  if (header.isVolume !== null) return header.isVolume;
  return naming !== null && (naming.number > 0 || siblings > 1);
}

function planGroup<T>(group: Grouped<T>): IntakePlanItem<T>[] {
  const byNumber = new Map<number, VolumePart<T>>();
  const extra: IntakePlanItem<T>[] = [];
  const unnumbered: VolumePart<T>[] = [];
  for (const { candidate, number } of group.members) {
    const part = { input: candidate.input, name: candidate.name, number };
    if (number === null) unnumbered.push(part);
    // The same volume twice: the first is used, the other read alone (and refused as a part).
    else if (byNumber.has(number)) extra.push({ kind: 'single', input: candidate.input });
    else byNumber.set(number, part);
  }
  const lastNumbers = group.members
    .filter(({ candidate, number }) => candidate.header?.isLast === true && number !== null)
    .map(({ number }) => number!);
  const total = lastNumbers.length > 0 ? Math.min(...lastNumbers) + 1 : null;
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  const ordered = numbers.map((n) => byNumber.get(n)!);
  const complete =
    total !== null &&
    unnumbered.length === 0 &&
    numbers.length === total &&
    numbers.every((n, i) => n === i);
  if (complete) {
    return [
      { kind: 'volume-set', format: group.format, scheme: group.scheme, parts: ordered },
      ...extra,
    ];
  }

  // Without the last volume, the one after the highest given is needed at least.
  const highest = total ?? (numbers.length > 0 ? numbers[numbers.length - 1]! + 2 : 0);
  const needed =
    group.naming === null
      ? []
      : Array.from({ length: highest }, (_, n) => volumeNameFor(group.naming!, n));
  const missing =
    group.naming === null
      ? []
      : Array.from({ length: highest }, (_, n) => n)
          .filter((n) => !byNumber.has(n))
          .map((n) => volumeNameFor(group.naming!, n));
  return [
    {
      kind: 'incomplete-volumes',
      parts: [...ordered, ...unnumbered],
      needed,
      missing,
      more: total === null,
    },
    ...extra,
  ];
}

/**
 * The plan for files offered together: volume sets grouped (complete or not), everything else
 * on its own, in the order the files came.
 */
export function planVolumes<T>(candidates: readonly VolumeCandidate<T>[]): IntakePlanItem<T>[] {
  const namings = candidates.map((candidate) => volumeNaming(candidate.name));
  const keys = namings.map((naming, i) =>
    naming === null ? `name:${candidates[i]!.name}` : volumeSetKey(naming),
  );
  const siblings = new Map<string, number>();
  for (const key of keys) siblings.set(key, (siblings.get(key) ?? 0) + 1);

  const groups = new Map<string, Grouped<T>>();
  const order: ({ kind: 'single'; input: T } | { kind: 'group'; key: string })[] = [];
  candidates.forEach((candidate, i) => {
    const naming = namings[i]!;
    const key = keys[i]!;
    if (!isVolumePart(candidate, naming, siblings.get(key)!)) {
      order.push({ kind: 'single', input: candidate.input });
      return;
    }
    let group = groups.get(key);
    if (group === undefined) {
      const header = candidate.header!;
      const scheme = header.format === 'rar5' || header.newNumbering ? 'part' : 'old';
      group = { naming, format: header.format, scheme, members: [] };
      groups.set(key, group);
      order.push({ kind: 'group', key });
    }
    // The headers' number where they give one (RAR 5, a RAR 4 first volume): a renamed file
    // keeps it; else the name's.
    group.members.push({ candidate, number: candidate.header!.number ?? naming?.number ?? null });
  });
  return order.flatMap((item) =>
    item.kind === 'single' ? [item] : planGroup(groups.get(item.key)!),
  );
}

import { IntakeRefusal } from '../intake-problem';
import type { IntakePlanItem } from './volume-sets';

/** Names listed in full up to this many; longer lists show their ends. */
const LISTED = 12;

function list(names: readonly string[], separator: string): string {
  if (names.length <= LISTED) return names.join(separator);
  return [...names.slice(0, LISTED - 2), '…', names[names.length - 1]!].join(separator);
}

/**
 * The refusal of volumes offered without the rest of their set (分卷压缩包): which parts the set
 * needs, which are missing, and that they must be imported together (dropped on the window at
 * once, or named on one command line). When the last volume is not among them, the list ends
 * with "and any after".
 */
export function refusedVolumes(
  unit: Extract<IntakePlanItem<unknown>, { kind: 'incomplete-volumes' }>,
): IntakeRefusal {
  const given = unit.parts.map((part) => part.name);
  if (unit.needed.length === 0) {
    return new IntakeRefusal(
      'multi-volume',
      `这是分卷压缩包的一部分（已收到 ${list(given, '、')}），须与其余各卷一起导入；各卷名称应为“名称.part1.rar”“名称.part2.rar”…或“名称.rar”“名称.r00”…`,
      null,
      `part of a multi-volume archive (received: ${list(given, ', ')}); import it together with its other volumes, named "name.part1.rar", "name.part2.rar"… or "name.rar", "name.r00"…`,
    );
  }
  const after = unit.more ? ' 及其后的各卷（如有）' : '';
  const afterEn = unit.more ? ' and any volumes after it' : '';
  const missing = `${list(unit.missing, '、')}${after}`;
  const missingEn = `${list(unit.missing, ', ')}${afterEn}`;
  return new IntakeRefusal(
    'multi-volume',
    `分卷压缩包需要全部分卷一起导入：${list(unit.needed, '、')}${after}；缺少 ${missing}（已收到 ${list(given, '、')}）。请把所有分卷同时拖入，或在同一条命令中给出`,
    null,
    `a multi-volume archive needs all its volumes imported together: ${list(unit.needed, ', ')}${afterEn}; missing ${missingEn} (received: ${list(given, ', ')}). Drop all volumes at once, or name them on one command line`,
  );
}

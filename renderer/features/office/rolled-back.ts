/**
 * 案卷状态被回退: main refuses to open a workspace whose state is older than the newest this
 * machine has seen, naming both generations in its message. The refusal arrives as a plain
 * 'refused' error, so the open screen reads the two numbers back from the message (Chinese or
 * English half) to offer the explicit restore.
 */
export interface RolledBack {
  /** The generation found in the folder: the one a restore would accept. */
  readonly found: number;
  /** The newest generation this machine has seen. */
  readonly highest: number | null;
}

const CHINESE = /案卷状态被回退：文件夹中是第\s*(\d+)\s*版(?:，本机已见过第\s*(\d+)\s*版)?/;
const ENGLISH =
  /state was rolled back: the folder holds generation (\d+)(?:, this machine has seen generation (\d+))?/;

/** The generations a rollback refusal names, or null for any other message. */
export function rolledBackFrom(message: string): RolledBack | null {
  const found = CHINESE.exec(message) ?? ENGLISH.exec(message);
  if (!found) return null;
  const generation = Number(found[1]);
  if (!Number.isSafeInteger(generation)) return null;
  const highest = found[2] === undefined ? null : Number(found[2]);
  return { found: generation, highest: Number.isSafeInteger(highest) ? highest : null };
}

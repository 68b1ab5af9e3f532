import { posix } from 'node:path';
import { IntakeRefusal } from './intake-problem';

/** Why a decoded entry name may not be used as a path, or null when it may. */
function traversalReason(name: string): string | null {
  if (name.includes('\0')) return '含有 NUL 字符';
  if (name.includes('\\')) return '含有反斜杠';
  if (name.startsWith('/')) return '是绝对路径';
  if (/^[A-Za-z]:/.test(name)) return '以盘符开头';
  if (name.split('/').includes('..')) return '含有“..”';
  return null;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\x00-\x1f\x7f]/g;

/** Control characters shown as \xNN so a message never carries a raw NUL or newline. */
export function printableName(name: string): string {
  return name.replace(
    CONTROL_CHARACTERS,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * The '/'-separated path an entry is known by, with '.' and empty segments dropped, or a
 * 'path-traversal' refusal of the whole archive (SECURITY 12: it was built to escape).
 */
export function safeEntryPath(name: string): string {
  const reason = traversalReason(name);
  if (reason !== null) {
    throw new IntakeRefusal(
      'path-traversal',
      `条目路径${reason}，整个压缩包已拒收`,
      printableName(name),
    );
  }
  const path = name
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
  // Belt and braces: the path resolved under a root must stay under it.
  const root = '/intake-root';
  const resolved = posix.resolve(root, path);
  if (resolved !== root && !resolved.startsWith(`${root}/`)) {
    throw new IntakeRefusal('path-traversal', '条目路径解析后越出压缩包', printableName(name));
  }
  return path;
}

/** The last segment of a '/'-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Lower-case extension without the dot, '' when there is none. */
export function extensionOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

import { posix } from 'node:path';
import { IntakeRefusal } from './intake-problem';

/** Why a decoded entry name may not be used as a path, or null when it may (Chinese, English). */
function traversalReason(name: string): readonly [string, string] | null {
  if (name.includes('\0')) return ['含有 NUL 字符', 'holds a NUL character'];
  if (name.startsWith('/')) return ['是绝对路径', 'is an absolute path'];
  if (/^[A-Za-z]:/.test(name)) return ['以盘符开头', 'starts with a drive letter'];
  if (name.split('/').includes('..')) return ['含有“..”', 'holds ".."'];
  return null;
}

/**
 * A decoded name with Windows separators as '/': some Windows tools write `dir\file` in ZIP
 * (APPNOTE 4.4.17 asks for '/'), and RAR 1.5–4 always do. Turned into separators first, so that
 * `..\x`, `C:\x` and `\\server\x` meet the same checks as their '/' forms. Only decoded text is
 * touched: a GBK trail byte 0x5C is part of a character and never reaches here as a backslash.
 */
export function withForwardSlashes(name: string): string {
  return name.replaceAll('\\', '/');
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
 * The '/'-separated path an entry is known by, with '\\' read as '/' and '.' and empty segments
 * dropped, or a 'path-traversal' refusal of the whole archive (SECURITY 12: it was built to
 * escape). The path may come out empty (an entry named '.'); naming it is the caller's job.
 */
export function safeEntryPath(decoded: string): string {
  const name = withForwardSlashes(decoded);
  const reason = traversalReason(name);
  if (reason !== null) {
    throw new IntakeRefusal(
      'path-traversal',
      `条目路径${reason[0]}，整个压缩包已拒收`,
      printableName(decoded),
      `the entry's path ${reason[1]}; the whole archive is refused`,
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
    throw new IntakeRefusal(
      'path-traversal',
      '条目路径解析后越出压缩包',
      printableName(decoded),
      "the entry's path resolves outside the archive",
    );
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

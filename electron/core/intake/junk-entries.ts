import { baseName } from './entry-path';

/**
 * Files the operating system adds to an archive or folder by itself (macOS resource forks and
 * Finder data, Windows thumbnails): never the applicant's material, dropped without a problem.
 */
export function isSystemJunk(path: string): boolean {
  if (path === '__MACOSX' || path.startsWith('__MACOSX/')) return true;
  const base = baseName(path);
  return (
    base === '.DS_Store' ||
    base.startsWith('._') ||
    base === 'Thumbs.db' ||
    base === 'desktop.ini' ||
    base === '.localized'
  );
}

/**
 * Every file the app writes into a folder the user chose is named by this check first: a name
 * built from an id or a title must not climb out of that folder (SECURITY 26).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

/** The full path of `fileName` in `folder`, or AppError 'path-outside-folder' when it would leave it. */
export function pathInside(folder: string, fileName: string): string {
  const root = resolve(folder);
  const full = resolve(root, fileName);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || /[\\/]/.test(fileName)) {
    throw new AppError('path-outside-folder');
  }
  return full;
}

/** True when one folder is the other or lies inside it. */
export function foldersOverlap(a: string, b: string): boolean {
  const ra = resolve(a);
  const rb = resolve(b);
  const inside = (outer: string, inner: string) => {
    const rel = relative(outer, inner);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  return inside(ra, rb) || inside(rb, ra);
}

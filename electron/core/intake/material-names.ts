import type { DocumentType } from './documents/document-type';
import { printableName } from './entry-path';
import type { ProblemFinding } from './intake-problem';

/**
 * The longest name a material may carry (shared/domain/material.ts: fileName, counted in UTF-16
 * code units as JavaScript counts `length`). Deep Chinese folder paths reach it.
 */
export const MAX_MATERIAL_NAME = 255;

/** Left in front of a path whose leading folders were cut. */
const CUT_MARK = '…/';
/** The most of a too-long original path a message repeats. */
const ORIGINAL_SHOWN = 300;

const extensionForType: Readonly<Partial<Record<DocumentType, string>>> = {
  pdf: '.pdf',
  docx: '.docx',
  doc: '.doc',
};

/** At most `max` UTF-16 code units of `text`, never splitting a surrogate pair. */
function headOf(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function splitExtension(base: string): { stem: string; extension: string } {
  const dot = base.lastIndexOf('.');
  // An extension is short; a dot deep inside a long name is part of the name.
  if (dot <= 0 || base.length - dot > 16) return { stem: base, extension: '' };
  return { stem: base.slice(0, dot), extension: base.slice(dot) };
}

/** A path of at most MAX_MATERIAL_NAME: the file's own name kept, leading folders cut first. */
function shortened(path: string): string {
  const segments = path.split('/');
  const base = segments.pop()!;
  let name = base;
  if (name.length > MAX_MATERIAL_NAME - CUT_MARK.length) {
    const { stem, extension } = splitExtension(base);
    name = `${headOf(stem, MAX_MATERIAL_NAME - CUT_MARK.length - extension.length - 1)}…${extension}`;
  }
  // As many of the innermost folders as fit: they say the most about the file.
  let kept = name;
  while (segments.length > 0) {
    const candidate = `${segments[segments.length - 1]}/${kept}`;
    if (candidate.length + CUT_MARK.length > MAX_MATERIAL_NAME) break;
    kept = candidate;
    segments.pop();
  }
  return segments.length > 0 ? `${CUT_MARK}${kept}` : kept;
}

/** `name`, or `name (2)`, `name (3)`… before the extension, whichever is not taken yet. */
function unique(path: string, taken: ReadonlySet<string>): string {
  if (!taken.has(path)) return path;
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const { stem, extension } = splitExtension(path.slice(slash + 1));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const room = MAX_MATERIAL_NAME - folder.length - extension.length - suffix.length;
    const candidate = `${folder}${headOf(stem, room)}${suffix}${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function renamed(path: string, detail: string, detailEn: string): ProblemFinding {
  return { category: 'renamed-entry', effect: 'flagged', entryPath: path, detail, detailEn };
}

/**
 * Gives every material a name the case can hold: an entry whose name was empty or became empty
 * once cleaned ('.', or 'inner.zip/' from a nested archive) gets a generated one, and a path
 * longer than MAX_MATERIAL_NAME is shortened, its leading folders first. Each change is said in
 * a 'renamed-entry' finding (flagged: the material is kept), with the original where there was
 * one. Names stay unique within the input.
 */
export function nameMaterials(
  paths: readonly string[],
  documentTypes: readonly DocumentType[],
): { names: string[]; findings: ProblemFinding[] } {
  const taken = new Set(
    paths.filter((path) => path.length <= MAX_MATERIAL_NAME && !/(^|\/)$/.test(path)),
  );
  const findings: ProblemFinding[] = [];
  let unnamed = 0;
  const names = paths.map((path, i) => {
    if (path === '' || path.endsWith('/')) {
      unnamed += 1;
      const extension = extensionForType[documentTypes[i] ?? 'other'] ?? '';
      const name = unique(shortened(`${path}未命名文件${unnamed}${extension}`), taken);
      taken.add(name);
      const where = path === '' ? '' : `（位于 ${printableName(path.slice(0, -1))}）`;
      const whereEn = path === '' ? '' : ` (in ${printableName(path.slice(0, -1))})`;
      findings.push(
        renamed(
          name,
          `条目名称为空${where}，已命名为“${name}”`,
          `the entry had no name${whereEn}; it is stored as "${name}"`,
        ),
      );
      return name;
    }
    if (path.length <= MAX_MATERIAL_NAME) return path;
    const name = unique(shortened(path), taken);
    taken.add(name);
    const original = printableName(headOf(path, ORIGINAL_SHOWN));
    const more = path.length > ORIGINAL_SHOWN ? '…' : '';
    findings.push(
      renamed(
        name,
        `路径长达 ${path.length} 个字符，超过 ${MAX_MATERIAL_NAME} 个字符的上限，已缩短为“${name}”；原路径：${original}${more}`,
        `the path is ${path.length} characters long, over the limit of ${MAX_MATERIAL_NAME}; it is stored as "${name}"`,
      ),
    );
    return name;
  });
  return { names, findings };
}

/**
 * Names of the exported reports' folders and files, in the words a Chinese user knows: the
 * report's name, then the round's name as the case names it (2026年资料评审), the group's
 * (第一专业组), or an application's 申报编号: 评审报告-2026年资料评审-第一专业组,
 * 评分汇总表-第一专业组.docx, 评审意见表-2026001.docx. Never an applicant's name or an
 * experience's title: a file's name outlives the file in places its owner does not clear when
 * destroying the reports as the rules require (a word processor's recent documents, the
 * system's jump lists and search index, a print queue), so it says which reports these are,
 * not who applied (docs/security.md, "The reports").
 *
 * The names come from the case and the office's record, which are signed, but are made safe all
 * the same, as the bundles' names are (bundle-file-name.ts: no separator, no character Windows
 * refuses, no control or direction-changing character, no leading or trailing dot or space, no
 * device name, bounded in length): a round or group named `a/b`, `..`, `C:` or 200 characters
 * long still gives a plain name inside the folder. Each part is cut to a few dozen characters so
 * that a folder and a file inside it stay well within Windows' 260 characters of a whole path.
 */
import { safeFileName, safeNamePart } from '../review/bundle-file-name';

/** At most this many characters of a round's or a group's name in a report's name. */
export const MAX_NAME_CHARACTERS = 24;

/** At most this many characters of a 申报编号 (the online system's numbers are far shorter). */
const MAX_NUMBER_CHARACTERS = 32;

/**
 * One part of a name: `name` made safe and cut to `max` characters, or, when nothing of it is
 * left (a name of dots or separators only), `fallbackId`, made safe the same way.
 */
export function reportNamePart(
  name: string,
  fallbackId: string,
  max = MAX_NAME_CHARACTERS,
): string {
  const part = safeNamePart(name, max);
  if (part !== '') return part;
  const id = safeNamePart(fallbackId, max);
  return id === '' ? '_' : id;
}

/** The parts joined by "-" into a stem, then made a safe name as a whole (length, device names). */
function joined(parts: readonly string[], extension: string): string {
  return safeFileName(parts.join('-'), extension);
}

/** A name from the case: the round's or the group's, with the id it falls back on. */
export interface NamedPart {
  readonly name: string;
  readonly id: string;
}

/**
 * The folder of an export: `评审报告` (or 公示名单, 异议处理记录, 办公室报告), the round's name,
 * then the group's or who it is for (评审委员会) when there is one.
 */
export function reportFolderStem(
  report: string,
  round: NamedPart,
  after?: NamedPart | string,
): string {
  const parts = [report, reportNamePart(round.name, round.id)];
  if (typeof after === 'string') parts.push(reportNamePart(after, '_'));
  else if (after !== undefined) parts.push(reportNamePart(after.name, after.id));
  return joined(parts, '');
}

/** A group's report file: 评分汇总表-第一专业组.docx. */
export function groupFileName(report: string, group: NamedPart, extension: string): string {
  return joined([report, reportNamePart(group.name, group.id)], extension);
}

/** An application's report file: 评审意见表-2026001.docx (its 申报编号, else its id). */
export function applicationFileName(
  report: string,
  application: { readonly applicationNo: string; readonly applicationId: string },
  extension: string,
): string {
  const number = reportNamePart(
    application.applicationNo,
    application.applicationId,
    MAX_NUMBER_CHARACTERS,
  );
  return joined([report, number], extension);
}

/**
 * A folder's name as the exporter makes it: whatever a caller passes is made a safe name (the
 * exporter's last line of defence; the stems above are safe already and stay as they are).
 */
export function safeStem(value: string): string {
  return safeFileName(value, '');
}

/**
 * Names made unique within one export: a repeat gets -2, -3… before its extension. Compared as
 * Windows and macOS compare them by default (case-insensitive), so two names that differ only
 * in case never meet on such a disk as one file.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; seen.has(key(candidate)); n += 1) candidate = `${stem}-${n}${extension}`;
    seen.add(key(candidate));
    return candidate;
  });
}

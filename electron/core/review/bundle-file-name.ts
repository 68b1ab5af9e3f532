/**
 * The name the save dialog offers for a submitted review bundle: what a person recognises on a
 * USB stick, 评审意见包_2026年资料评审_张专家_第1次提交.qbbundle (the case's year unless the
 * round's name says it, the round's name, the expert's own name, the submission's number). A
 * file's name travels outside the encryption, so it says only who handed in which round's review
 * and how many times, which the clear header says too (by id and key) and the stick's bearer
 * knows anyway: never an application, an applicant or a score. The history folders keep their
 * own ids-only names (bundle-history-folder.ts).
 *
 * Every part is made safe for Windows, macOS and Linux alike: no separator, no character Windows
 * refuses (< > : " / \ | ? *), no control or direction-changing character, no name Windows
 * reserves (CON, NUL, COM1…), no leading dot or trailing dot or space, and at most
 * MAX_FILE_NAME_BYTES bytes of UTF-8 (ext4 allows 255 bytes; NTFS 255 UTF-16 units; APFS 255
 * UTF-8 bytes), with room for the " (2)" a file manager adds to a copy.
 */

export const BUNDLE_FILE_EXTENSION = '.qbbundle';

/** Below 255 bytes of UTF-8 with room to spare for a copy's suffix. */
export const MAX_FILE_NAME_BYTES = 200;

/** At most this many characters of one part (a round's or a person's name): with the fixed parts, even 16 characters of four bytes each stay within MAX_FILE_NAME_BYTES. */
const MAX_PART_CHARACTERS = 16;

/** Windows refuses these as a name (before any extension), in any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Characters that show nothing (zero-width, byte order mark) or turn the text's direction. */
function invisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** Characters no name may hold: separators, Windows' refused ones, controls, lone surrogates. */
function unsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    '<>:"/\\|?*'.includes(String.fromCodePoint(code)) ||
    // A lone surrogate never reaches a file system intact.
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Each character as `replace` says (invisible ones dropped), the rest kept, composed (NFC). */
function mapCharacters(text: string, replace: (char: string, code: number) => string): string {
  return Array.from(text.normalize('NFC'), (char) => {
    const code = char.codePointAt(0) ?? 0;
    return invisible(code) ? '' : replace(char, code);
  }).join('');
}

/**
 * One part of a name: NFC, invisible characters dropped, unsafe ones, the part separator "_",
 * dots and white space folded into single spaces, trimmed, at most `max` characters (whole code
 * points). Empty when nothing is left.
 */
export function safeNamePart(text: string, max = MAX_PART_CHARACTERS): string {
  const folded = mapCharacters(text, (char, code) =>
    unsafe(code) || char === '_' || char === '.' || /\s/u.test(char) ? ' ' : char,
  )
    .replace(/ +/g, ' ')
    .trim();
  return Array.from(folded).slice(0, max).join('').trim();
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `stem` + `extension`, cut to MAX_FILE_NAME_BYTES by whole code points, never a reserved name. */
export function safeFileName(stem: string, extension: string): string {
  let kept = Array.from(mapCharacters(stem, (char, code) => (unsafe(code) ? '_' : char)));
  while (kept.length > 0 && utf8Length(kept.join('') + extension) > MAX_FILE_NAME_BYTES) {
    kept = kept.slice(0, -1);
  }
  let base = kept
    .join('')
    .replace(/[ .]+$/u, '')
    .replace(/^[ .]+/u, '');
  // Windows reserves a device's name before any extension too (CON.txt, com1.tar.gz).
  const device = (base.split('.')[0] ?? '').trim();
  if (base === '' || RESERVED.test(device)) base = `_${base}`;
  return `${base}${extension}`;
}

export interface BundleNameParts {
  /** The case's year (the office's case is one year's selection). */
  readonly year: number;
  /** The round's name as the office set it (资料评审, 答辩评审). */
  readonly roundName: string;
  /** The expert's name as the office registered it. */
  readonly expertName: string;
  /** The submission's number (the bundle's sequence). */
  readonly sequence: number;
}

/**
 * 评审意见包_<年度>_<轮次名称>_<专家姓名>_第<n>次提交.qbbundle, every part made safe; the year is
 * left out when the round's name already says it (the office's default: 2026年资料评审).
 */
export function submittedBundleFileName(parts: BundleNameParts): string {
  const round = safeNamePart(parts.roundName);
  const fields = [
    '评审意见包',
    round.includes(String(parts.year)) ? '' : `${parts.year}年度`,
    round,
    safeNamePart(parts.expertName),
    `第${parts.sequence}次提交`,
  ].filter((field) => field !== '');
  return safeFileName(fields.join('_'), BUNDLE_FILE_EXTENSION);
}

/** The year, unless the round's (safe) name already says it. */
function yearUnlessSaid(year: number, round: string): string {
  return round.includes(String(year)) ? '' : `${year}年度`;
}

/**
 * The group bundle a leader (or stand-in) signs: 合议包_<年度>_<轮次名称>_<专业组名称>_第<n>次.qbbundle.
 * The group's name says no more than the clear header's group id does.
 */
export function groupBundleFileName(parts: {
  readonly year: number;
  readonly roundName: string;
  readonly groupName: string;
  readonly sequence: number;
}): string {
  const round = safeNamePart(parts.roundName);
  const fields = [
    '合议包',
    yearUnlessSaid(parts.year, round),
    round,
    safeNamePart(parts.groupName),
    `第${parts.sequence}次`,
  ].filter((field) => field !== '');
  return safeFileName(fields.join('_'), BUNDLE_FILE_EXTENSION);
}

/** The result bundle the chair (or vice-chair) signs: 评审结果包_<年度>_<轮次名称>_第<n>次.qbbundle. */
export function resultBundleFileName(parts: {
  readonly year: number;
  readonly roundName: string;
  readonly sequence: number;
}): string {
  const round = safeNamePart(parts.roundName);
  const fields = [
    '评审结果包',
    yearUnlessSaid(parts.year, round),
    round,
    `第${parts.sequence}次`,
  ].filter((field) => field !== '');
  return safeFileName(fields.join('_'), BUNDLE_FILE_EXTENSION);
}

/**
 * A name the person typed in the save dialog, made safe for every system the file may travel to
 * (the leader's laptop may not run the expert's): unsafe characters become "_", the bundle's
 * extension is added when missing, and the length is cut as above. A safe name stays as typed.
 */
export function safeTypedFileName(typed: string): string {
  const stem = typed.toLowerCase().endsWith(BUNDLE_FILE_EXTENSION)
    ? typed.slice(0, -BUNDLE_FILE_EXTENSION.length)
    : typed;
  const cleaned = mapCharacters(stem, (char, code) => (unsafe(code) ? '_' : char));
  return safeFileName(cleaned, BUNDLE_FILE_EXTENSION);
}

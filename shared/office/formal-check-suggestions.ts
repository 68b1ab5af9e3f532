import type { MaterialKind } from '../domain/material';
import { materialKindLabels } from '../domain/material';
import type { FormalCheckItemId } from './formal-check-items';
import type { FormalCheckState } from './formal-check-state';
import { fileExtension, type OfficeMaterial } from './office-material';

/** What a suggestion is derived from: the application's materials and the deadline. */
export interface FormalCheckEvidence {
  readonly materials: readonly Pick<
    OfficeMaterial,
    'kind' | 'fileName' | 'receivedAt' | 'problems'
  >[];
  /** 申报截止时间 as an ISO date-time with offset; null while the office has not set it. */
  readonly deadline: string | null;
}

/** A state the data suggests, and why, in Chinese. */
export interface FormalCheckSuggestion {
  readonly state: FormalCheckState;
  readonly reason: string;
}

/** Scans arrive as PDF or images (OFD is China's fixed-layout format). */
export const scanExtensions: readonly string[] = [
  'pdf',
  'ofd',
  'jpg',
  'jpeg',
  'png',
  'tif',
  'tiff',
  'bmp',
];
/** "Word 版" (notice 一.(二).3). */
export const wordExtensions: readonly string[] = ['doc', 'docx'];

// Kinds whose arrival completes an application; the last of them decides the received time.
const REQUIRED_KINDS: readonly MaterialKind[] = [
  'application-text',
  'recommendation-form',
  'commitment-letter',
];

/** The suggestion for an item with evidence; null for the Article 9 items only the office judges. */
export function suggestFormalCheckItem(
  id: FormalCheckItemId,
  evidence: FormalCheckEvidence,
): FormalCheckSuggestion | null {
  switch (id) {
    case 'recommendation-form-scan':
      return suggestPresence(
        evidence,
        'recommendation-form',
        scanExtensions,
        '扫描件（PDF 或图片）',
      );
    case 'commitment-letter-scan':
      return suggestPresence(evidence, 'commitment-letter', scanExtensions, '扫描件（PDF 或图片）');
    case 'application-text-word':
      return suggestPresence(evidence, 'application-text', wordExtensions, 'Word 文档');
    case 'received-before-deadline':
      return suggestOnTime(evidence);
    default:
      return null;
  }
}

function suggestPresence(
  { materials }: FormalCheckEvidence,
  kind: MaterialKind,
  extensions: readonly string[],
  formatName: string,
): FormalCheckSuggestion {
  const label = materialKindLabels[kind].zh;
  const ofKind = materials.filter((m) => m.kind === kind);
  const rightFormat = ofKind.filter((m) => extensions.includes(fileExtension(m.fileName)));
  const usable = rightFormat.filter((m) => m.problems.length === 0);
  if (usable.length > 0) {
    return { state: 'pass', reason: `已收到${label}：${names(usable)}` };
  }
  if (rightFormat.length > 0) {
    const problems = rightFormat.flatMap((m) => m.problems.map((p) => `${m.fileName}：${p}`));
    return { state: 'pending', reason: `${label}文件有问题，请人工核对：${problems.join('；')}` };
  }
  if (ofKind.length > 0) {
    return { state: 'pending', reason: `${label}不是${formatName}：${names(ofKind)}` };
  }
  const unknown = materials.filter((m) => m.kind === 'unknown');
  if (unknown.length > 0) {
    // An unrecognised file may be the missing one: the office looks before failing it.
    return {
      state: 'pending',
      reason: `未识别出${label}；有未识别的文件，请人工核对：${names(unknown)}`,
    };
  }
  return { state: 'fail', reason: `未收到${label}` };
}

function suggestOnTime({ materials, deadline }: FormalCheckEvidence): FormalCheckSuggestion {
  if (deadline === null) return { state: 'pending', reason: '尚未设置申报截止时间' };
  const receivedAt = completedAt(materials);
  if (receivedAt === null) return { state: 'pending', reason: '尚未收到材料' };
  return Date.parse(receivedAt) <= Date.parse(deadline)
    ? { state: 'pass', reason: `收到时间 ${receivedAt}，未晚于截止时间 ${deadline}` }
    : { state: 'fail', reason: `收到时间 ${receivedAt}，晚于截止时间 ${deadline}` };
}

/**
 * When the application became complete: for each required kind received, its earliest file;
 * the latest of those. Without any required kind, the earliest file of all.
 */
export function completedAt(
  materials: readonly Pick<OfficeMaterial, 'kind' | 'receivedAt'>[],
): string | null {
  const firstOfKind = REQUIRED_KINDS.map((kind) =>
    earliest(materials.filter((m) => m.kind === kind).map((m) => m.receivedAt)),
  ).filter((time): time is string => time !== null);
  if (firstOfKind.length > 0) return latest(firstOfKind);
  return earliest(materials.map((m) => m.receivedAt));
}

function earliest(times: readonly string[]): string | null {
  return times.reduce<string | null>(
    (a, b) => (a === null || Date.parse(b) < Date.parse(a) ? b : a),
    null,
  );
}

function latest(times: readonly string[]): string | null {
  return times.reduce<string | null>(
    (a, b) => (a === null || Date.parse(b) > Date.parse(a) ? b : a),
    null,
  );
}

function names(materials: readonly Pick<OfficeMaterial, 'fileName'>[]): string {
  return materials.map((m) => m.fileName).join('、');
}

import { MaterialKindSchema } from '../domain/material';
import type { MaterialKind } from '../domain/material';
import type { OfficeRecord } from './office-record-fields';
import { AppError, parseOrThrow } from '../errors';

/** The office corrects how intake classified a file (申报材料, 推荐表, 承诺书, 其他证明材料). */
export function setMaterialKind(
  c: OfficeRecord,
  materialId: string,
  kind: MaterialKind,
): OfficeRecord {
  const checked = parseOrThrow(MaterialKindSchema, kind, 'material-kind');
  if (!c.materials.some((m) => m.id === materialId)) {
    throw new AppError('material-not-found', { materialId });
  }
  return {
    ...c,
    materials: c.materials.map((m) => (m.id === materialId ? { ...m, kind: checked } : m)),
  };
}

import { MaterialKindSchema } from '../domain/material';
import type { MaterialKind } from '../domain/material';
import type { OfficeRecord } from './office-record-fields';
import { parseOrThrow } from './parse-or-throw';

/** The office corrects how intake classified a file (申报材料, 推荐表, 承诺书, 其他证明材料). */
export function setMaterialKind(
  c: OfficeRecord,
  materialId: string,
  kind: MaterialKind,
): OfficeRecord {
  const checked = parseOrThrow(MaterialKindSchema, kind, '材料类别');
  if (!c.materials.some((m) => m.id === materialId)) throw new Error(`材料不存在：${materialId}`);
  return {
    ...c,
    materials: c.materials.map((m) => (m.id === materialId ? { ...m, kind: checked } : m)),
  };
}

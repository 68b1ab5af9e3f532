/**
 * Hits as the screen lists them: by application in the package's order (申报编号, 经验名称), then
 * by material in the application's order, each material's hits in the order of its text.
 */
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { SearchHitView } from './search-protocol';

export interface MaterialHits {
  readonly materialId: string;
  readonly name: string;
  readonly hits: readonly SearchHitView[];
}

export interface ApplicationHits {
  readonly applicationId: string;
  readonly applicationNo: string;
  readonly experienceTitle: string;
  readonly materials: readonly MaterialHits[];
  readonly count: number;
}

export function groupHits(
  opened: DeskPackageView,
  hits: readonly SearchHitView[],
): ApplicationHits[] {
  const byMaterial = new Map<string, SearchHitView[]>();
  for (const hit of hits) {
    const list = byMaterial.get(hit.materialId);
    if (list) list.push(hit);
    else byMaterial.set(hit.materialId, [hit]);
  }
  const groups: ApplicationHits[] = [];
  for (const application of opened.applications) {
    const materials = application.materials
      .filter((material) => byMaterial.has(material.id))
      .map((material) => ({
        materialId: material.id,
        name: material.name,
        hits: byMaterial.get(material.id)!,
      }));
    if (materials.length === 0) continue;
    groups.push({
      applicationId: application.id,
      applicationNo: application.applicationNo,
      experienceTitle: application.experienceTitle,
      materials,
      count: materials.reduce((sum, material) => sum + material.hits.length, 0),
    });
  }
  return groups;
}

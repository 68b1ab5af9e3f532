/** Edits of a rubric draft that rubric.ts does not offer: one part's points, one band's fields. */
import type { BandId, Rubric, RubricBand } from '../../../shared/domain/rubric';

/** Sets one part's maximum, leaving its criterion's weight for validateRubric to compare. */
export function withPartMaxPoints(rubric: Rubric, partId: string, maxPoints: number): Rubric {
  return {
    ...rubric,
    criteria: rubric.criteria.map((c) => ({
      ...c,
      parts: c.parts.map((p) => (p.id === partId ? { ...p, maxPoints } : p)),
    })),
  };
}

/** Sets what one grade means for one part; an empty text falls back to the band's own. */
export function withPartDescriptor(
  rubric: Rubric,
  partId: string,
  bandId: BandId,
  text: string,
): Rubric {
  return {
    ...rubric,
    criteria: rubric.criteria.map((c) => ({
      ...c,
      parts: c.parts.map((p) => {
        if (p.id !== partId) return p;
        const descriptors = { ...p.bandDescriptors };
        if (text === '') delete descriptors[bandId];
        else descriptors[bandId] = text;
        return { ...p, bandDescriptors: descriptors };
      }),
    })),
  };
}

/** Changes one band's label, floor or descriptor. */
export function withBand(rubric: Rubric, bandId: BandId, patch: Partial<RubricBand>): Rubric {
  return {
    ...rubric,
    bands: rubric.bands.map((b) => (b.id === bandId ? { ...b, ...patch } : b)),
  };
}

/** "第八条遴选标准（资料评审，暂定分值）" → "第八条遴选标准（资料评审）": the default's mark removed. */
export function withoutPlaceholderMark(name: string): string {
  const cleaned = name.replace(/[，,]\s*暂定分值|暂定分值[，,]?\s*/, '').replace(/（）|\(\)/, '');
  return cleaned.trim() === '' ? name : cleaned.trim();
}

/** Points as people write them: 12.5, never 12.499999999. */
export function roundPoints(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

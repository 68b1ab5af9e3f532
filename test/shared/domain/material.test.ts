import { describe, expect, it } from 'vitest';
import {
  MaterialKindSchema,
  MaterialSchema,
  materialKindLabels,
} from '../../../shared/domain/material';

const material = {
  id: 'm1',
  applicationId: 'a1',
  kind: 'application-text' as const,
  fileName: '申报材料.docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  size: 123_456,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

describe('MaterialSchema', () => {
  it('accepts a material identified by its sha256', () => {
    expect(MaterialSchema.parse(material)).toEqual(material);
  });

  it('rejects an upper-case or short hash and a negative or fractional size', () => {
    expect(
      MaterialSchema.safeParse({ ...material, sha256: material.sha256.toUpperCase() }).success,
    ).toBe(false);
    expect(MaterialSchema.safeParse({ ...material, sha256: 'abc' }).success).toBe(false);
    expect(MaterialSchema.safeParse({ ...material, size: -1 }).success).toBe(false);
    expect(MaterialSchema.safeParse({ ...material, size: 1.5 }).success).toBe(false);
  });

  it('labels every kind in Chinese', () => {
    for (const kind of MaterialKindSchema.options) expect(materialKindLabels[kind].zh).not.toBe('');
    expect(materialKindLabels['recommendation-form'].zh).toBe('推荐表');
    expect(materialKindLabels['commitment-letter'].zh).toBe('承诺书');
  });
});

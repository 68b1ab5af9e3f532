import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/domain/application';
import {
  ExpertSchema,
  expertRoleLabels,
  matchExpertToApplication,
  type Expert,
} from '../../../shared/domain/expert';

const expert: Expert = {
  id: 'e1',
  name: '张三',
  organisation: '某某大学',
  region: '北京市',
  fields: ['数字化质量管理', '工业基础软件'],
  industries: ['汽车', '装备制造'],
  role: 'member',
};

const application: Pick<Application, 'scope' | 'focusArea' | 'industry'> = {
  scope: 2,
  focusArea: 'key-basics',
  industry: '汽车零部件',
};

describe('ExpertSchema', () => {
  it('accepts an expert with or without a key fingerprint', () => {
    expect(ExpertSchema.parse(expert)).toEqual(expert);
    expect(ExpertSchema.parse({ ...expert, keyFingerprint: 'ABCD-1234' }).keyFingerprint).toBe(
      'ABCD-1234',
    );
  });

  it('rejects an unknown role and empty labels', () => {
    expect(ExpertSchema.safeParse({ ...expert, role: 'secretary' }).success).toBe(false);
    expect(ExpertSchema.safeParse({ ...expert, fields: [''] }).success).toBe(false);
    expect(expertRoleLabels.chair.zh).toBe('主任委员');
  });
});

describe('matchExpertToApplication', () => {
  it('adds 3 for industry, 2 for scope and 1 for focus area, with a reason each', () => {
    const match = matchExpertToApplication(expert, application);
    expect(match.score).toBe(6);
    expect(match.reasons).toEqual([
      '行业相符：汽车零部件（专家行业：汽车）',
      '专业领域符合遴选范围（二）新技术提升质量：数字化质量管理',
      '专业领域符合重点领域“产业基础领域”：工业基础软件',
    ]);
  });

  it('matches industries when either contains the other', () => {
    const broad = { ...application, industry: '汽车' };
    const narrow = { ...expert, industries: ['汽车零部件制造'] };
    expect(matchExpertToApplication(narrow, broad).score).toBe(6);
  });

  it('gives 0 and no reasons when nothing matches', () => {
    const stranger = { ...expert, fields: ['财务审计'], industries: ['纺织'] };
    expect(matchExpertToApplication(stranger, application)).toEqual({ score: 0, reasons: [] });
  });

  it('ignores industry when the application has none, and the focus area "none"', () => {
    const match = matchExpertToApplication(expert, { scope: 2, focusArea: 'none' });
    expect(match.score).toBe(2);
    expect(match.reasons).toHaveLength(1);
  });

  it('scores each kind once however many fields match', () => {
    const many = { ...expert, fields: ['大数据', '人工智能', '区块链'], industries: [] };
    expect(matchExpertToApplication(many, { ...application, focusArea: 'none' })).toEqual({
      score: 2,
      reasons: ['专业领域符合遴选范围（二）新技术提升质量：大数据、人工智能、区块链'],
    });
  });
});

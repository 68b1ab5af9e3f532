import { describe, expect, it } from 'vitest';
import {
  ApplicationSchema,
  ScopeCategorySchema,
  focusAreaLabels,
  parseArchiveName,
  scopeCategories,
  type Application,
} from '../../../shared/domain/application';
import { readSeedText, withoutWhitespace } from '../seed-text';

const application: Application = {
  id: 'a1',
  applicationNo: '2021001',
  applicantName: '某某精密机械有限公司',
  experienceTitle: '基于数据驱动的全过程质量管控',
  recommendingUnitId: 'u03',
  scope: 2,
  focusArea: 'key-basics',
  isSme: false,
};

describe('parseArchiveName', () => {
  it('splits "申报编号+申报单位全称.rar"', () => {
    expect(parseArchiveName('2021001+某某精密机械有限公司.rar')).toEqual({
      applicationNo: '2021001',
      applicantName: '某某精密机械有限公司',
    });
  });

  it('accepts the full-width plus', () => {
    expect(parseArchiveName('2021001＋某某精密机械有限公司.rar')).toEqual({
      applicationNo: '2021001',
      applicantName: '某某精密机械有限公司',
    });
  });

  it('drops stray ASCII and full-width spaces around either part and the extension', () => {
    const expected = { applicationNo: 'BG-2021-017', applicantName: '某某集团有限公司' };
    expect(parseArchiveName(' BG-2021-017 + 某某集团有限公司 .zip ')).toEqual(expected);
    expect(parseArchiveName('\u3000BG-2021-017\u3000＋\u3000某某集团有限公司\u3000')).toEqual(
      expected,
    );
  });

  it('accepts .rar, .zip, .7z in any case, a RAR volume suffix, or no extension', () => {
    for (const name of [
      '17+某某公司.rar',
      '17+某某公司.RAR',
      '17+某某公司.Zip',
      '17+某某公司.7z',
      '17+某某公司.part1.rar',
      '17+某某公司.part02.RAR',
      '17+某某公司',
    ]) {
      expect(parseArchiveName(name), name).toEqual({
        applicationNo: '17',
        applicantName: '某某公司',
      });
    }
  });

  it('keeps full-width brackets in the name and turns full-width digits of the number into ASCII', () => {
    expect(parseArchiveName('２０２１００１+某某（中国）投资有限公司.rar')).toEqual({
      applicationNo: '2021001',
      applicantName: '某某（中国）投资有限公司',
    });
  });

  it('refuses names without exactly one separator and two non-empty parts', () => {
    for (const name of [
      '2021001某某公司.rar',
      '2021001+某某公司+副本.rar',
      '2021001＋某某公司+副本',
      '+某某公司.rar',
      ' ＋ 某某公司.rar',
      '2021001+.rar',
      '2021001+ .zip',
      '.rar',
      '',
      '   ',
    ]) {
      expect(parseArchiveName(name), JSON.stringify(name)).toBeNull();
    }
  });

  it('refuses a number with whitespace inside and other file types', () => {
    expect(parseArchiveName('2021 001+某某公司.rar')).toBeNull();
    expect(parseArchiveName('2021001+某某公司.docx')).toBeNull();
    expect(parseArchiveName('2021001+某某公司.tar.gz')).toBeNull();
    expect(parseArchiveName('2021001+某某公司.pdf')).toBeNull();
  });
});

describe('scopeCategories', () => {
  it('lists the six items of Article 10 with the article’s wording', () => {
    const seed = withoutWhitespace(readSeedText());
    expect(scopeCategories.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(scopeCategories.map((s) => s.numeral).join('')).toBe('一二三四五六');
    for (const scope of scopeCategories) {
      expect(seed).toContain(`（${scope.numeral}）${scope.article}`);
      expect(scope.zh).not.toBe('');
      expect(scope.en).not.toBe('');
    }
  });

  it('accepts only the integers 1 to 6 as a scope', () => {
    expect([1, 6].map((n) => ScopeCategorySchema.safeParse(n).success)).toEqual([true, true]);
    expect([0, 7, 2.5, '2'].map((n) => ScopeCategorySchema.safeParse(n).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('focusAreaLabels', () => {
  it('quotes the notice for both focus areas', () => {
    const seed = withoutWhitespace(readSeedText());
    expect(seed).toContain(focusAreaLabels['key-basics'].notice);
    expect(seed).toContain(focusAreaLabels['specialized-sme'].notice);
    expect(focusAreaLabels.none.notice).toBeNull();
  });
});

describe('ApplicationSchema', () => {
  it('accepts an application with optional fields absent or present', () => {
    expect(ApplicationSchema.parse(application)).toEqual(application);
    const full = { ...application, industry: '装备制造', organisationRegion: '河北省' };
    expect(ApplicationSchema.parse(full)).toEqual(full);
  });

  it('rejects an empty 申报编号, an unknown scope or an invalid unit id', () => {
    expect(ApplicationSchema.safeParse({ ...application, applicationNo: ' ' }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, scope: 7 }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, focusArea: 'other' }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, recommendingUnitId: 'U 3' }).success).toBe(
      false,
    );
  });

  it('requires an SME for scope (四) and for the 专精特新 focus area', () => {
    expect(ApplicationSchema.safeParse({ ...application, scope: 4 }).success).toBe(false);
    expect(
      ApplicationSchema.safeParse({ ...application, focusArea: 'specialized-sme' }).success,
    ).toBe(false);
    expect(
      ApplicationSchema.safeParse({
        ...application,
        scope: 4,
        focusArea: 'specialized-sme',
        isSme: true,
      }).success,
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { organisationKey, sameOrganisation } from '../../../shared/office/organisation-name';

describe('organisationKey', () => {
  it('drops legal-form endings, repeatedly', () => {
    expect(organisationKey('海尔集团有限公司')).toBe('海尔');
    expect(organisationKey('中国石油天然气股份有限公司')).toBe('中国石油天然气');
    expect(organisationKey('某某（集团）有限责任公司')).toBe('某某');
    expect(organisationKey('某某公司')).toBe('某某');
  });

  it('folds full-width characters and removes whitespace', () => {
    expect(organisationKey(' ＡＢＣ 电子 有限公司 ')).toBe('ABC电子');
    expect(organisationKey('某某（集团）股份有限公司')).toBe(
      organisationKey('某某(集团)股份有限公司'),
    );
  });

  it('keeps a name that would otherwise vanish', () => {
    expect(organisationKey('某公司')).toBe('某公司');
    expect(organisationKey('某某集团')).toBe('某某');
    expect(organisationKey('中国质量协会')).toBe('中国质量协会');
  });
});

describe('sameOrganisation', () => {
  it('treats a group and its listed company alike', () => {
    expect(sameOrganisation('某某集团有限公司', '某某股份有限公司')).toBe(true);
  });

  it('does not match different names or empty ones', () => {
    expect(sameOrganisation('海尔智家股份有限公司', '海尔集团公司')).toBe(false);
    expect(sameOrganisation('', '')).toBe(false);
  });
});

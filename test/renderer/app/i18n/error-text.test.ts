import { describe, expect, it } from 'vitest';
import { wireErrorOf } from '../../../../shared/errors/wire-error';
import { errorText, issuesText } from '../../../../renderer/app/i18n/error-text';
import { errorFromMain, errorFromRenderer } from '../../../../renderer/ipc/shown-error';

const wrongPassphrase = wireErrorOf({ code: 'wrong-passphrase', params: {} });
const rolledBack = wireErrorOf({ code: 'rolled-back', params: { found: 3, highest: 7 } });

describe('errorText', () => {
  it("tells main's refusal in the UI's language, from its code and parameters", () => {
    const zh = errorText(errorFromMain(rolledBack), 'zh-CN');
    const en = errorText(errorFromMain(rolledBack), 'en');
    expect(zh).toContain('文件夹中是第 3 版，本机已见过第 7 版');
    expect(zh).not.toContain('generation');
    expect(en).toContain('the folder holds generation 3, this machine has seen generation 7');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('never shows the bilingual line main sends beside the code', () => {
    const shown = errorFromMain({ ...wrongPassphrase, message: '不应显示 / must not show' });
    expect(errorText(shown, 'zh-CN')).not.toContain('不应显示');
    expect(errorText(shown, 'en')).not.toContain('must not show');
  });

  it("puts the file a refusal is about before it, with the language's own colon", () => {
    const shown = errorFromMain(wrongPassphrase, '2026001.rar');
    expect(errorText(shown, 'zh-CN')).toMatch(/^2026001\.rar：\S/);
    expect(errorText(shown, 'en')).toMatch(/^2026001\.rar: \S/);
  });

  it("shows the renderer's own sentence as written", () => {
    expect(errorText(errorFromRenderer('所选文件过大，不是身份卡。'), 'en')).toBe(
      '所选文件过大，不是身份卡。',
    );
  });
});

describe('issuesText', () => {
  const issues = [
    { path: 'isSme', rule: 'sme-required' as const },
    { path: 'experienceTitle', check: 'too-big' as const },
  ];

  it("tells a form's problems in the UI's language, in our own words", () => {
    expect(issuesText(issues, 'zh-CN')).toBe(
      '遴选范围（四）或“专精特新”重点领域的申报单位须为中小企业；过长或过大',
    );
    expect(issuesText(issues, 'en')).toBe(
      'An applicant in scope (4) or in the specialised SME focus area must be an SME; too long or too large',
    );
  });
});

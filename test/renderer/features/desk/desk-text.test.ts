/**
 * What the desk's unlock form reads from a typed fingerprint (as main will fold it), and how a
 * material's size, kind and Word-ness are told.
 */
import { describe, expect, it } from 'vitest';
import {
  fingerprintSendable,
  isWordMaterial,
  materialKindText,
  materialSize,
  readFingerprintDraft,
} from '../../../../renderer/features/desk/desk-text';
import { normaliseFingerprint } from '../../../../shared/security/fingerprint-text';

const FP = '7KQ2-M9TX-PA4R-3HV0';

describe('a typed office fingerprint', () => {
  it('accepts what people type: lower case, spaces, full width, O for 0', () => {
    const typed = [
      '7kq2 m9tx pa4r 3hvo',
      '７ＫＱ２　Ｍ９ＴＸ　ＰＡ４Ｒ　３ＨＶ０',
      '7KQ2M9TXPA4R3HV0',
      FP,
    ];
    for (const text of typed) {
      expect(readFingerprintDraft(text)).toEqual({ state: 'complete', grouped: FP });
      // The form and main agree on what the text says.
      expect(normaliseFingerprint(text)).toBe(FP);
    }
  });

  it('counts an incomplete one, refuses a foreign character, and leaves an empty one out', () => {
    expect(readFingerprintDraft('7KQ2-M9TX')).toEqual({ state: 'incomplete', count: 8 });
    expect(readFingerprintDraft(`${FP}-AB`)).toEqual({ state: 'incomplete', count: 18 });
    expect(readFingerprintDraft('7KQ2-M9TX-PA4R-3HVU')).toEqual({ state: 'invalid' });
    expect(readFingerprintDraft('指纹')).toEqual({ state: 'invalid' });
    expect(readFingerprintDraft('   ')).toEqual({ state: 'empty' });
    expect(fingerprintSendable(readFingerprintDraft(''))).toBe(true);
    expect(fingerprintSendable(readFingerprintDraft(FP))).toBe(true);
    expect(fingerprintSendable(readFingerprintDraft('7KQ2'))).toBe(false);
    expect(fingerprintSendable(readFingerprintDraft('7KQ2-U'))).toBe(false);
  });
});

describe('a material as listed', () => {
  it('tells sizes in Chinese units, and in English', () => {
    expect(materialSize(512, 'zh-CN')).toBe('512 字节');
    expect(materialSize(512, 'en')).toBe('512 bytes');
    expect(materialSize(12_595, 'zh-CN')).toBe('12.3 KB');
    expect(materialSize(4_718_592, 'zh-CN')).toBe('4.5 MB');
    expect(materialSize(2_147_483_648, 'en')).toBe('2 GB');
    expect(materialSize(1_048_575, 'zh-CN')).toBe('1,024 KB');
  });

  it('names its kind in the UI language', () => {
    expect(materialKindText('recommendation-form', 'zh-CN')).toBe('推荐表');
    expect(materialKindText('recommendation-form', 'en')).toBe('Recommendation form');
  });

  it('knows a Word material by its media type or its name', () => {
    expect(isWordMaterial({ name: '申报材料.DOCX' })).toBe(true);
    expect(isWordMaterial({ name: '旧版.doc' })).toBe(true);
    expect(
      isWordMaterial({
        name: 'a',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    ).toBe(true);
    expect(isWordMaterial({ name: '推荐表.pdf', mediaType: 'application/pdf' })).toBe(false);
  });
});

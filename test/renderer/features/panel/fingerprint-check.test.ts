import { describe, expect, it } from 'vitest';
import { checkTypedFingerprint } from '../../../../renderer/features/panel/fingerprint-check';

const CARD = 'DK6T-DDVN-XCTB-TB38';

describe('checkTypedFingerprint', () => {
  it('says nothing for an empty field', () => {
    expect(checkTypedFingerprint('  ', CARD)).toEqual({ state: 'empty' });
  });

  it('counts the symbols of an incomplete fingerprint without judging them', () => {
    expect(checkTypedFingerprint('DK6T-DD', CARD)).toEqual({ state: 'partial', symbols: 6 });
    // A wrong start is not told apart from a right one until all 16 are typed.
    expect(checkTypedFingerprint('ZZZZ-ZZ', CARD)).toEqual({ state: 'partial', symbols: 6 });
  });

  it('matches the fingerprint as read out: lower case, spaces, full width, look-alikes', () => {
    expect(checkTypedFingerprint('DK6T-DDVN-XCTB-TB38', CARD)).toEqual({ state: 'match' });
    expect(checkTypedFingerprint('dk6t ddvn xctb tb38', CARD)).toEqual({ state: 'match' });
    expect(checkTypedFingerprint('ＤＫ６Ｔ－ＤＤＶＮ－ＸＣＴＢ－ＴＢ３８', CARD)).toEqual({
      state: 'match',
    });
    expect(checkTypedFingerprint('D0GD95A35YA1C318', 'D0GD-95A3-5YA1-C318')).toEqual({
      state: 'match',
    });
    expect(checkTypedFingerprint('DOGD 95A3 5YAI C3l8', 'D0GD-95A3-5YA1-C318')).toEqual({
      state: 'match',
    });
  });

  it('calls a complete but different fingerprint a mismatch', () => {
    expect(checkTypedFingerprint('DK6T-DDVN-XCTB-TB39', CARD)).toEqual({ state: 'mismatch' });
    expect(checkTypedFingerprint('DK6T-DDVN-XCTB-TB38-0', CARD)).toEqual({ state: 'mismatch' });
  });

  it('refuses characters no fingerprint holds', () => {
    expect(checkTypedFingerprint('DK6T-DDVN-XCTB-TB3U', CARD)).toEqual({ state: 'invalid' });
    expect(checkTypedFingerprint('DK6T/DDVN', CARD)).toEqual({ state: 'invalid' });
  });
});

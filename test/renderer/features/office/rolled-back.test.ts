import { describe, expect, it } from 'vitest';
import { wireErrorOf } from '../../../../shared/errors/wire-error';
import { rolledBackOf } from '../../../../renderer/features/office/rolled-back';

// As electron/core/office/office-workspace.ts throws it, and the classifier sends it.
const REFUSAL = wireErrorOf({ code: 'rolled-back', params: { found: 12, highest: 15 } });

describe('rolledBackOf', () => {
  it('reads both generations from the refusal', () => {
    expect(rolledBackOf(REFUSAL)).toEqual({ found: 12, highest: 15 });
  });

  it('reads them from the typed refusal, not from its words in either language', () => {
    expect(rolledBackOf({ ...REFUSAL, message: '' })).toEqual({ found: 12, highest: 15 });
  });

  it('ignores every other refusal', () => {
    expect(rolledBackOf(wireErrorOf({ code: 'wrong-passphrase', params: {} }))).toBeNull();
    expect(rolledBackOf(wireErrorOf({ code: 'not-this-office', params: {} }))).toBeNull();
  });
});

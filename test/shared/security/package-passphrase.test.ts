import { describe, expect, it } from 'vitest';
import {
  formatPackagePassphrase,
  normalisePackagePassphrase,
} from '../../../shared/security/package-passphrase';
import { drawPackagePassphrase } from '../../../electron/core/crypto/draw-package-passphrase';

describe('package passphrases', () => {
  it('are 32 random digits, shown in eight groups of four', () => {
    const drawn = drawPackagePassphrase();
    expect(drawn).toMatch(/^[0-9]{32}$/);
    expect(formatPackagePassphrase(drawn)).toMatch(/^([0-9]{4} ){7}[0-9]{4}$/);
    expect(new Set(Array.from({ length: 50 }, drawPackagePassphrase)).size).toBe(50);
  });

  it('accept what a person types: spaces, dashes, full-width digits and spaces', () => {
    const canonical = '48210937561204837716509123384456';
    for (const typed of [
      canonical,
      formatPackagePassphrase(canonical),
      '4821-0937-5612-0483-7716-5091-2338-4456',
      '４８２１　０９３７　５６１２　０４８３　７７１６　５０９１　２３３８　４４５６',
    ]) {
      expect(normalisePackagePassphrase(typed)).toBe(canonical);
    }
    expect(normalisePackagePassphrase('4821 0937')).toBeNull();
    expect(normalisePackagePassphrase(`${canonical}0`)).toBeNull();
    expect(normalisePackagePassphrase('482I 0937 5612 0483 7716 5091 2338 4456')).toBeNull();
  });
});

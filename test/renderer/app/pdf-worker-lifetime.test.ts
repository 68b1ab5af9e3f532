import { describe, expect, it } from 'vitest';
import { followPackage, packageKey } from '../../../renderer/app/pdf-worker-lifetime';
import { getEmptyDeskState } from '../../../renderer/state/desk-store';
import type { DeskState } from '../../../renderer/state/desk-store';

function recorder() {
  const calls: string[] = [];
  return { calls, pdf: { warm: () => calls.push('warm'), end: () => calls.push('end') } };
}

describe('the reader’s pdf.js worker follows the open package', () => {
  it('warms when a package opens and ends when it closes (the desk closed, the app locked)', () => {
    const { calls, pdf } = recorder();
    followPackage(null, 'case/p1/1', pdf);
    followPackage('case/p1/1', 'case/p1/1', pdf);
    followPackage('case/p1/1', null, pdf);
    expect(calls).toEqual(['warm', 'end']);
  });

  it('ends the old worker and warms a new one when another package replaces it', () => {
    const { calls, pdf } = recorder();
    followPackage('case/p1/1', 'case/p1/2', pdf);
    expect(calls).toEqual(['end', 'warm']);
  });

  it('keys a package by case, package and sequence, and none when nothing is open', () => {
    expect(packageKey(getEmptyDeskState())).toBeNull();
    const opened = {
      ...getEmptyDeskState(),
      status: { opened: { caseId: 'c', packageId: 'p', packageSequence: 3 }, chosenFile: null },
    } as unknown as DeskState;
    expect(packageKey(opened)).toBe('c/p/3');
  });
});

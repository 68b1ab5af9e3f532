/** The registry's side of identities: the 身份 screen first for the panel, every other behind the gate. */
import { describe, expect, it } from 'vitest';
import { navigationByRole } from '../../../../renderer/app/navigation';
import {
  IdentityWithLockSettings,
  screenEntry,
  screenRegistry,
} from '../../../../renderer/app/screens';
import { IdentityGate } from '../../../../renderer/features/identity/IdentityGate';
import { identityMessages } from '../../../../renderer/features/identity/identity-messages';

describe('identity in the screen registry', () => {
  it('opens the expert’s, the leader’s and the chair’s work on 身份', () => {
    for (const role of ['expert', 'leader', 'chair'] as const) {
      expect(navigationByRole[role][0], role).toBe('identity');
    }
    expect(navigationByRole.office).not.toContain('identity');
    // 身份, with the auto-lock's idle time among its settings.
    expect(screenEntry('identity').component).toBe(IdentityWithLockSettings);
  });

  it('puts the panel’s screens still to come behind the identity gate, none of the office’s', () => {
    // The desk's own screens decide for themselves: a package opens with its passphrase alone.
    for (const entry of screenRegistry) {
      const panel = !(entry.roles as readonly string[]).includes('office');
      if (entry.id === 'identity') expect(entry.gate).toBeNull();
      else if (panel && entry.component.name === 'Planned') {
        expect(entry.gate, entry.id).toBe(IdentityGate);
      } else if (!panel) expect(entry.gate, entry.id).not.toBe(IdentityGate);
    }
  });

  it('has every word in Chinese and in English', () => {
    const zh = Object.keys(identityMessages['zh-CN']).sort();
    expect(Object.keys(identityMessages.en).sort()).toEqual(zh);
    for (const key of zh) {
      expect(identityMessages['zh-CN'][key as keyof (typeof identityMessages)['zh-CN']]).toMatch(
        /[\u4e00-\u9fff]/,
      );
    }
  });
});

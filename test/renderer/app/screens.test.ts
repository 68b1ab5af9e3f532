import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../renderer/app/i18n/messages-en';
import { messagesZhCn } from '../../../renderer/app/i18n/messages-zh-cn';
import { navigationByRole, roles, screenLabel } from '../../../renderer/app/navigation';
import { screenEntry, screenRegistry } from '../../../renderer/app/screens';
import { OfficeGate } from '../../../renderer/features/office/OfficeGate';

describe('screen registry', () => {
  it('lists every screen once, each seen by some role', () => {
    const ids = screenRegistry.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of screenRegistry) expect(entry.roles.length).toBeGreaterThan(0);
  });

  it("gives each role the registry's screens in the registry's order", () => {
    for (const role of roles) {
      const expected = screenRegistry
        .filter((entry) => (entry.roles as readonly string[]).includes(role))
        .map((entry) => entry.id);
      expect(navigationByRole[role]).toEqual(expected);
    }
  });

  it('labels every screen in both languages', () => {
    for (const entry of screenRegistry) {
      expect(screenLabel[entry.id]).toBe(entry.label);
      expect(messagesZhCn[entry.label]).toBeTruthy();
      expect(messagesEn[entry.label]).toBeTruthy();
    }
  });

  it("keeps the office's record screens behind the open form, the unit list among them", () => {
    const gated = screenRegistry.filter((entry) => entry.gate === OfficeGate).map((e) => e.id);
    expect(gated).toEqual([
      'intake',
      'formalCheck',
      'units',
      'expertsGroups',
      'rubricRounds',
      'sealing',
      'objections',
    ]);
    expect(screenEntry('units').gate).toBe(OfficeGate);
  });
});

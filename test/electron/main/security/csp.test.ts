import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/csp';

function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = parse(CONTENT_SECURITY_POLICY);

  it('is SECURITY.md item 2, word for word, at its start', () => {
    expect(
      CONTENT_SECURITY_POLICY.startsWith(
        "default-src 'none'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; " +
          "img-src 'self' blob: data:; font-src 'self'; connect-src 'self'",
      ),
    ).toBe(true);
  });

  it("starts from default-src 'none'", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it("has no 'unsafe-*' source and no wildcard or network scheme", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
    for (const sources of directives.values()) {
      for (const source of sources) {
        expect(source).not.toMatch(/^\*|^https?:|^wss?:|^file:|^filesystem:/);
      }
    }
  });

  it('allows only self, and blob:/data: where the renderer needs them', () => {
    const allowed = new Map([
      ['script-src', ["'self'"]],
      ['worker-src', ["'self'", 'blob:']],
      ['style-src', ["'self'"]],
      ['img-src', ["'self'", 'blob:', 'data:']],
      ['font-src', ["'self'"]],
      ['connect-src', ["'self'"]],
    ]);
    for (const [name, sources] of directives) {
      if (name === 'default-src') continue;
      expect(sources, name).toEqual(allowed.get(name) ?? ["'none'"]);
    }
  });

  it('closes what default-src does not cover', () => {
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });

  it('names each directive once', () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});

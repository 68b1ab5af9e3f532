import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/csp';
import { TRUSTED_TYPE_POLICY_NAMES } from '../../../../renderer/features/reader/word/trusted-type-names';

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
      ['require-trusted-types-for', ["'script'"]],
      ['trusted-types', [...TRUSTED_TYPE_POLICY_NAMES]],
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

  it('requires Trusted Types for every script sink, and allows exactly the policies the renderer creates', () => {
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    // No 'allow-duplicates' and no '*': nothing else can create a policy by one of these names.
    expect(directives.get('trusted-types')).toEqual(['qbr-word-html', 'qbr-worker']);
    expect(directives.get('trusted-types')).toEqual([...TRUSTED_TYPE_POLICY_NAMES]);
  });

  it('names each directive once', () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});

/** The manifest's roster and review readers must agree with each other (manifest version 3). */
import { describe, expect, it } from 'vitest';
import { caseManifestRosterProblems } from '../../../shared/case/case-manifest';

const manifest = {
  office: { fingerprint: 'OFFI-CEFP-0000-0000' },
  recipient: { expertId: 'M', fingerprint: 'FP-M' },
  applications: [{ id: 'a1' }, { id: 'a2' }],
  roster: [
    { expertId: 'C', fingerprint: 'FP-C' },
    { expertId: 'L', fingerprint: 'FP-L' },
    { expertId: 'M', fingerprint: 'FP-M' },
  ],
  reviewReaders: [
    {
      applicationId: 'a1',
      readers: [
        { fingerprint: 'OFFI-CEFP-0000-0000', roles: ['office'] },
        { fingerprint: 'FP-L', expertId: 'L', roles: ['leader'] },
        { fingerprint: 'FP-C', expertId: 'C', roles: ['chair'] },
      ],
    },
    {
      applicationId: 'a2',
      readers: [
        { fingerprint: 'OFFI-CEFP-0000-0000', roles: ['office'] },
        { fingerprint: 'FP-M', expertId: 'M', roles: ['stand-in', 'chair'] },
      ],
    },
  ],
};
type M = typeof manifest;
const paths = (m: M) => caseManifestRosterProblems(m).map((p) => p.path.join('.'));
const withReaders = (i: number, readers: M['reviewReaders'][number]['readers']) => ({
  ...manifest,
  reviewReaders: manifest.reviewReaders.map((r, j) => (j === i ? { ...r, readers } : r)),
});

describe('caseManifestRosterProblems', () => {
  it('finds nothing in a manifest that agrees with itself', () => {
    expect(paths(manifest)).toEqual([]);
  });

  it('wants one reader list per application, in their order', () => {
    expect(paths({ ...manifest, reviewReaders: [manifest.reviewReaders[0]!] })).toEqual([
      'reviewReaders',
    ]);
    const swapped = { ...manifest, reviewReaders: [...manifest.reviewReaders].reverse() };
    expect(paths(swapped)).toEqual([
      'reviewReaders.0.applicationId',
      'reviewReaders.1.applicationId',
    ]);
  });

  it('wants the office first, under its own fingerprint, and only there', () => {
    const [office, leader, chair] = manifest.reviewReaders[0]!.readers;
    expect(paths(withReaders(0, [leader!, office!, chair!]))).toEqual([
      'reviewReaders.0.readers.0',
      'reviewReaders.0.readers.1',
    ]);
    expect(paths(withReaders(0, [{ ...office!, fingerprint: 'FP-C' }, leader!]))).toEqual([
      'reviewReaders.0.readers.0',
    ]);
  });

  it('wants every other reader in the roster under the same fingerprint, once', () => {
    const [office, leader] = manifest.reviewReaders[0]!.readers;
    expect(paths(withReaders(0, [office!, { ...leader!, fingerprint: 'FP-X' }]))).toEqual([
      'reviewReaders.0.readers.1',
    ]);
    expect(paths(withReaders(0, [office!, { ...leader!, expertId: 'Z' }]))).toEqual([
      'reviewReaders.0.readers.1',
    ]);
    expect(paths(withReaders(0, [office!, leader!, leader!]))).toEqual([
      'reviewReaders.0.readers.2',
    ]);
    expect(paths(withReaders(0, [office!, { ...leader!, roles: ['leader', 'office'] }]))).toEqual([
      'reviewReaders.0.readers.1',
    ]);
  });

  it('wants the roster without repeats, the reader in it, and no one under the office’s fingerprint', () => {
    const repeated = { ...manifest, roster: [...manifest.roster, manifest.roster[0]!] };
    expect(paths(repeated)).toEqual(['roster.3']);
    const asOffice = {
      ...manifest,
      roster: manifest.roster.map((p) =>
        p.expertId === 'C' ? { ...p, fingerprint: manifest.office.fingerprint } : p,
      ),
    };
    expect(paths(asOffice)).toContain('roster.0');
    const absent = { ...manifest, recipient: { expertId: 'M', fingerprint: 'FP-other' } };
    expect(paths(absent)).toEqual(['recipient']);
  });
});

/**
 * The merge commands' refusals name an application by its 申报编号 where the package names it:
 * the parameter replaced, the code and the developer's detail kept; anything else unchanged.
 */
import { describe, expect, it } from 'vitest';
import {
  applicationNoOf,
  namingApplicationNos,
  withApplicationNo,
} from '../../../electron/cli/commands/merge-application-numbers';
import { AppError, bilingualErrorText } from '../../../shared/errors';

const applications = [
  { id: 'a001', applicationNo: '2026001' },
  { id: 'a002', applicationNo: '2026002' },
];

describe('withApplicationNo', () => {
  it('puts the 申报编号 in place of the id, keeping the code and the detail', () => {
    const error = withApplicationNo(
      new AppError('committee-chair-mismatch', { applicationId: 'a002' }, 'group g2'),
      applications,
    ) as AppError<'committee-chair-mismatch'>;
    expect(error.code).toBe('committee-chair-mismatch');
    expect(error.params).toEqual({ applicationId: '2026002' });
    expect(error.detail).toBe('group g2');
    expect(bilingualErrorText(error.toData())).toContain('申报 2026002 的合议主持人');
    expect(error.message).not.toContain('a002');
  });

  it('keeps the other parameters', () => {
    const error = withApplicationNo(
      new AppError('merge-absence-unexplained', { applicationId: 'a001', expertId: 'e03' }),
      applications,
    ) as AppError<'merge-absence-unexplained'>;
    expect(error.params).toEqual({ applicationId: '2026001', expertId: 'e03' });
  });

  it('leaves an id the package does not name, an error without one, and other throws', () => {
    const outside = new AppError('committee-application-unknown', { applicationId: 'a999' });
    expect(withApplicationNo(outside, applications)).toBe(outside);
    const none = new AppError('committee-group-twice', { groupId: 'g2' });
    expect(withApplicationNo(none, applications)).toBe(none);
    const plain = new Error('x');
    expect(withApplicationNo(plain, applications)).toBe(plain);
  });

  it('rethrows a failed step numbered, and passes a result through', async () => {
    await expect(
      namingApplicationNos(applications, async () => {
        throw new AppError('group-bundle-merge-differs', { applicationId: 'a001' });
      }),
    ).rejects.toMatchObject({ params: { applicationId: '2026001' } });
    expect(await namingApplicationNos(applications, async () => 7)).toBe(7);
    expect(applicationNoOf(applications, 'a002')).toBe('2026002');
    expect(applicationNoOf(applications, 'a9')).toBeNull();
  });
});

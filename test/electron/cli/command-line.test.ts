import { describe, expect, it } from 'vitest';
import { commands } from '../../../electron/cli/commands/registry';
import { cli } from './run-cli';

describe('qbreview command line', () => {
  it('lists every command in its overview', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of commands)
      expect(run.stdout).toContain(`qbreview ${command.words.join(' ')}`);
  });

  for (const command of commands) {
    it(`explains ${command.words.join(' ')} with --help`, async () => {
      const run = await cli([...command.words, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('用法');
      expect(run.stdout).toContain('--json');
    });
  }

  it('answers an unknown option with a usage error, in JSON when asked', async () => {
    const run = await cli(['case', 'info', '--bogus', '--json']);
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'usage' } });
  });

  it('never accepts a passphrase on the command line', async () => {
    const run = await cli(['identity', 'create', '--passphrase', 'secret', '--json']);
    expect(run.code).toBe(2);
  });

  it("refuses a name too long in its own words, never the schema library's", async () => {
    const run = await cli(
      [
        'identity',
        'create',
        '--name',
        '张'.repeat(150),
        '--organisation',
        '某大学',
        '--role',
        'expert',
        '--out',
        '/nonexistent/x.qbid',
      ],
      { QBREVIEW_PASSPHRASE: 'lantern orchard velvet 1927 quiver' },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'qbreview: 身份信息无效：name：过长或过大 / The identity profile is invalid: name: too long or too large\n',
    );
  });

  it('names neither the path of a missing file nor its folder', async () => {
    const run = await cli(['case', 'info', '/nonexistent/某公司/thing.qbcase', '--json']);
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'file-not-found' } });
    expect(JSON.stringify(run.json)).not.toContain('某公司');
  });

  it('reports a missing file as one line, without a stack trace', async () => {
    const run = await cli(['case', 'info', '/nonexistent/thing.qbcase']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('找不到文件');
  });
});

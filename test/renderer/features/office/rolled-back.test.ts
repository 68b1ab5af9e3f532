import { describe, expect, it } from 'vitest';
import { rolledBackFrom } from '../../../../renderer/features/office/rolled-back';

// As electron/core/office/workspace-error.ts writes it.
const REFUSAL =
  '案卷状态被回退：文件夹中是第 12 版，本机已见过第 15 版。可能是旧副本覆盖了当前文件；如确需从备份恢复，请由办公室明确执行“恢复”操作（qbreview case restore）。/ The workspace state was rolled back: the folder holds generation 12, this machine has seen generation 15. An older copy may have replaced the current one.';

describe('rolledBackFrom', () => {
  it('reads both generations from the refusal', () => {
    expect(rolledBackFrom(REFUSAL)).toEqual({ found: 12, highest: 15 });
  });

  it('reads the English half alone', () => {
    expect(rolledBackFrom(REFUSAL.slice(REFUSAL.indexOf('/ ') + 2))).toEqual({
      found: 12,
      highest: 15,
    });
  });

  it('ignores every other refusal', () => {
    expect(rolledBackFrom('口令不正确。/ Wrong passphrase.')).toBeNull();
    expect(
      rolledBackFrom(
        '此案卷不属于该办公室身份。/ This workspace belongs to another office identity.',
      ),
    ).toBeNull();
  });
});

/**
 * What can be wrong with an office workspace folder itself (the sealed formats' own failures
 * are CryptoError): a code to switch on, the figures that explain it, and a message in Chinese
 * and English that names no path.
 */
export type WorkspaceErrorCode =
  | 'not-a-workspace'
  | 'exists'
  | 'unsupported-version'
  | 'missing-material'
  | 'not-this-office'
  | 'rolled-back'
  | 'read-only';

export interface WorkspaceErrorParams {
  readonly version?: number;
  /** rolled-back: the generation found in the folder, and the highest seen on this machine. */
  readonly found?: number;
  readonly highest?: number;
}

function messageOf(code: WorkspaceErrorCode, p: WorkspaceErrorParams): string {
  switch (code) {
    case 'not-a-workspace':
      return '所选文件夹不是办公室案卷（缺少或损坏 office.json）。/ The folder is not an office workspace (office.json is missing or damaged).';
    case 'exists':
      return '所选文件夹不为空，未创建案卷。/ The folder is not empty; no workspace was created.';
    case 'unsupported-version':
      return `案卷格式版本 ${p.version ?? '?'} 不受支持，请使用相应版本的软件。/ Workspace format version ${p.version ?? '?'} is not supported by this version of the application.`;
    case 'missing-material':
      return '办公室案卷缺少一份材料文件。/ A material file of the workspace is missing.';
    case 'not-this-office':
      return '此案卷不属于该办公室身份。/ This workspace belongs to another office identity.';
    case 'rolled-back':
      return `案卷状态被回退：文件夹中是第 ${p.found ?? '?'} 版，本机已见过第 ${p.highest ?? '?'} 版。可能是旧副本覆盖了当前文件；如确需从备份恢复，请由办公室明确执行“从备份恢复”（打开案卷时，或 qbreview case restore）。/ The workspace state was rolled back: the folder holds generation ${p.found ?? '?'}, this machine has seen generation ${p.highest ?? '?'}. An older copy may have replaced the current one; to restore a backup on purpose, the office must restore it explicitly (when opening the case, or qbreview case restore).`;
    case 'read-only':
      return '未解锁办公室身份，案卷只能查看、不能修改。/ Without the office identity the workspace is read-only.';
  }
}

export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    readonly params: WorkspaceErrorParams = {},
  ) {
    super(messageOf(code, params));
    this.name = 'WorkspaceError';
  }
}

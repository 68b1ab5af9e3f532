/** What can be wrong with the office's workspace folder and its record (the sealed formats' own failures are crypto's). */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { issueWithPath } from '../validation-issue';
import type { ValidationIssue } from '../validation-issue';

export interface WorkspaceErrorParams {
  'not-a-workspace': NoParams;
  /** A workspace is created in an empty folder only. */
  'folder-not-empty': NoParams;
  'workspace-version-unsupported': { readonly version: number };
  'material-file-missing': NoParams;
  'not-this-office': NoParams;
  /** The generation found in the folder, and the highest seen on this machine. */
  'rolled-back': { readonly found: number; readonly highest: number };
  'read-only': NoParams;
  'generation-memory-damaged': NoParams;
  /** The record broke its own rules after a change: the change is not written. */
  'office-record-invalid': { readonly issues: readonly ValidationIssue[] };
  /** A material's record broke the record's format: our bug, never the applicant's file. */
  'material-record-invalid': { readonly fields: readonly string[] };
}

export const workspaceCatalogue: CatalogueOf<WorkspaceErrorParams> = {
  'not-a-workspace': fixedWords(
    '所选文件夹不是办公室案卷（缺少或损坏 office.json）。',
    'The folder is not an office workspace (office.json is missing or damaged).',
  ),
  'folder-not-empty': fixedWords(
    '所选文件夹不为空，未创建案卷。',
    'The folder is not empty; no workspace was created.',
  ),
  'workspace-version-unsupported': {
    kind: 'refused',
    zh: ({ version }) => `案卷格式版本 ${version} 不受支持，请使用相应版本的软件。`,
    en: ({ version }) =>
      `Workspace format version ${version} is not supported by this version of the application.`,
  },
  'material-file-missing': fixedWords(
    '办公室案卷缺少一份材料文件。',
    'A material file of the workspace is missing.',
  ),
  'not-this-office': fixedWords(
    '此案卷不属于该办公室身份。',
    'This workspace belongs to another office identity.',
  ),
  'rolled-back': {
    kind: 'refused',
    zh: ({ found, highest }) =>
      `案卷状态被回退：文件夹中是第 ${found} 版，本机已见过第 ${highest} 版。可能是旧副本覆盖了当前文件；如确需从备份恢复，请由办公室明确执行“从备份恢复”（打开案卷时，或 qbreview case restore）。`,
    en: ({ found, highest }) =>
      `The workspace state was rolled back: the folder holds generation ${found}, this machine has seen generation ${highest}. An older copy may have replaced the current one; to restore a backup on purpose, the office must restore it explicitly (when opening the case, or qbreview case restore).`,
  },
  'read-only': fixedWords(
    '未解锁办公室身份，案卷只能查看、不能修改。',
    'Without the office identity the workspace is read-only.',
  ),
  'generation-memory-damaged': fixedWords(
    '本机记录的办公室案卷版本信息已损坏，为防止回滚，暂不能打开案卷。',
    'The record of workspace generations on this machine is damaged; to guard against rollback the workspace cannot be opened.',
  ),
  'office-record-invalid': {
    kind: 'refused',
    zh: ({ issues }) =>
      `办公室案卷数据无效：${issues
        .slice(0, 5)
        .map((i) => issueWithPath(i, 'zh-CN'))
        .join('；')}`,
    en: ({ issues }) =>
      `The office record is invalid: ${issues
        .slice(0, 5)
        .map((i) => issueWithPath(i, 'en'))
        .join('; ')}`,
  },
  'material-record-invalid': {
    kind: 'refused',
    zh: ({ fields }) =>
      `导入的材料记录不符合案卷格式（${fields.join('、')}），本压缩包未导入，已导入的内容不受影响。`,
    en: ({ fields }) =>
      `A material record broke the case's format (${fields.join(', ')}); this archive was not imported, nothing stored before is affected.`,
  },
};

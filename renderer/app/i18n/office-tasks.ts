/** What the office's busy line says while a call to main runs, one line per task. */
import type { OfficeTask } from '../../state/office-store';
import { useMessages } from './use-messages';
import type { FeatureMessages } from './use-messages';

const zhCn = {
  open: '正在打开…',
  restore: '正在从备份恢复…',
  updateApplication: '正在保存申报信息…',
  setMaterialKind: '正在保存材料类别…',
  setFormalCheckItem: '正在保存审查结论…',
  setDeadline: '正在保存截止日期…',
  setUnits: '正在保存推荐单位名录…',
  resetUnits: '正在恢复附件2名录…',
  previewCard: '正在核验身份卡',
  registerExpert: '正在登记专家',
  setGroup: '正在保存专业组',
  setCommittee: '正在保存委员会',
  assign: '正在分配',
  addConflict: '正在登记回避',
  removeConflict: '正在移除回避',
  setRoundApplications: '正在设定本轮申报经验',
  addDefenseRound: '正在建立答辩评审',
  setRubric: '正在保存评分细则',
  setStandIn: '正在指定代行组长',
  clearStandIn: '正在取消代行组长',
  setUndertaking: '正在保存保密承诺',
  setRoundRule: '正在保存表决规则',
  seal: '正在封装案卷',
  reissue: '正在重新签发案卷包',
  writeSlips: '正在保存口令单',
} satisfies Record<OfficeTask, string>;

export const officeTaskMessages: FeatureMessages<OfficeTask> = {
  'zh-CN': zhCn,
  en: {
    open: 'Opening…',
    restore: 'Restoring from the backup…',
    updateApplication: 'Saving the application…',
    setMaterialKind: 'Saving the file kind…',
    setFormalCheckItem: 'Saving the decision…',
    setDeadline: 'Saving the deadline…',
    setUnits: 'Saving the recommending units…',
    resetUnits: 'Restoring the list of Attachment 2…',
    previewCard: 'Checking the identity card',
    registerExpert: 'Registering the expert',
    setGroup: 'Saving the group',
    setCommittee: 'Saving the committee',
    assign: 'Assigning',
    addConflict: 'Recording the conflict',
    removeConflict: 'Removing the conflict',
    setRoundApplications: "Setting the round's applications",
    addDefenseRound: 'Opening the defense round',
    setRubric: 'Saving the rubric',
    setStandIn: 'Designating the stand-in',
    clearStandIn: 'Removing the stand-in',
    setUndertaking: 'Saving the undertaking',
    setRoundRule: 'Saving the voting rule',
    seal: 'Sealing the packages',
    reissue: 'Reissuing the package',
    writeSlips: 'Saving the passphrase slips',
  },
};

/** The busy line's words for a task, in the current locale. */
export function useOfficeTaskText(): (task: OfficeTask) => string {
  return useMessages(officeTaskMessages);
}

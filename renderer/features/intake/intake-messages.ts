import type { FeatureMessages } from '../../app/i18n/use-messages';

const zhCn = {
  title: '受理申报',
  drop: '将申报压缩包拖放到此处',
  dropHint:
    '以“申报编号+申报单位全称”命名的 RAR、ZIP 或 7z 文件；可一次拖入多个。重复导入不会产生重复材料。',
  choose: '选择文件…',
  password: '压缩包密码',
  passwordHint: '仅在压缩包加密时填写',
  progress: '正在导入 {done}/{total}：{name}',
  done: '已导入 {count} 个压缩包',
  added: '新增 {added} 份，已有 {duplicates} 份',
  refused: '未导入',
  'register.title': '申报登记表',
  'register.hint':
    '导入网上申报系统导出的登记表（CSV 或 XLSX），补全经验名称、推荐单位、遴选范围等信息。',
  'register.choose': '导入登记表…',
  'register.result': '读取 {rows} 行，导入 {imported} 项',
  'register.registerOnly': '尚未收到压缩包',
  'register.archiveOnly': '登记表中没有',
  'register.mismatch': '单位名称不一致',
  'register.row': '第 {row} 行',
  results: '导入结果',
};

export const intakeMessages: FeatureMessages<keyof typeof zhCn> = {
  'zh-CN': zhCn,
  en: {
    title: 'Intake',
    drop: 'Drop application archives here',
    dropHint:
      'RAR, ZIP or 7z files named "application no.+applicant"; several at once. Re-importing duplicates nothing.',
    choose: 'Choose files…',
    password: 'Archive password',
    passwordHint: 'Only for encrypted archives',
    progress: 'Importing {done}/{total}: {name}',
    done: '{count} archives imported',
    added: '{added} new, {duplicates} already held',
    refused: 'Not imported',
    'register.title': 'Application register',
    'register.hint':
      'Import the register exported from the online system (CSV or XLSX) to fill in titles, recommending units and scope.',
    'register.choose': 'Import register…',
    'register.result': '{rows} rows read, {imported} imported',
    'register.registerOnly': 'No archive yet',
    'register.archiveOnly': 'Not in the register',
    'register.mismatch': 'Unit names differ',
    'register.row': 'Row {row}',
    results: 'Results',
  },
};

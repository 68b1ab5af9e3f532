import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'title'
  | 'articles'
  | 'deadline'
  | 'deadlineHint'
  | 'deadlineUnset'
  | 'deadlineUseNotice'
  | 'counts'
  | 'state.pass'
  | 'state.fail'
  | 'state.pending'
  | 'quota.title'
  | 'quota.over'
  | 'quota.relax'
  | 'quota.none'
  | 'quota.usage'
  | 'quota.usageLine'
  | 'quota.unregistered'
  | 'quota.unknown'
  | 'table.label'
  | 'table.no'
  | 'table.applicant'
  | 'table.title'
  | 'table.unit'
  | 'table.scope'
  | 'table.materials'
  | 'table.problems'
  | 'table.state'
  | 'table.empty'
  | 'unregistered'
  | 'unknownUnit'
  | 'notInList'
  | 'scopeNumber'
  | 'checklist.undecided'
  | 'detail.heading'
  | 'checklist.title'
  | 'checklist.suggestion'
  | 'checklist.decided'
  | 'checklist.followsSuggestion'
  | 'checklist.restore'
  | 'checklist.note'
  | 'checklist.notePlaceholder'
  | 'checklist.noteHint'
  | 'fields.title'
  | 'fields.unit'
  | 'fields.unitPick'
  | 'fields.scope'
  | 'fields.focusArea'
  | 'fields.sme'
  | 'fields.smeRequired'
  | 'fields.experienceTitle'
  | 'fields.titlePlaceholder'
  | 'materials.title'
  | 'materials.none'
  | 'materials.kind'
  | 'materials.received'
  | 'busy.item'
  | 'busy.deadline'
  | 'busy.application'
  | 'busy.material'
  | 'separator'
  | 'dismiss';

export const formalCheckMessages: FeatureMessages<Key> = {
  'zh-CN': {
    title: '形式审查',
    articles: '管理办法第九条、第十八条；通知一（二）',
    deadline: '申报截止日期',
    deadlineHint: '{date} 24 时（北京时间）截止',
    deadlineUnset: '尚未设置',
    deadlineUseNotice: '按通知设为 {date}',
    counts: '共 {total} 项，通过 {pass}，未通过 {fail}，待定 {pending}',
    'state.pass': '通过',
    'state.fail': '未通过',
    'state.pending': '待定',
    'quota.title': '名额提醒',
    'quota.over': '{unit}推荐 {count} 项，超过名额 {quota} 项：{numbers}',
    'quota.relax':
      '如{unit}开展了本地区（行业）质量标杆活动，可在“推荐单位名录”中勾选，名额放宽至 5 项。',
    'quota.none': '各推荐单位均未超过推荐名额（每单位 3 项，开展本地区（行业）活动的 5 项）。',
    'quota.usage': '名额使用情况',
    'quota.usageLine': '{count}/{quota} 项',
    'quota.unregistered':
      '{count} 项尚未登记推荐单位：{numbers}。请导入申报登记表，或在下方逐项选择推荐单位。',
    'quota.unknown': '推荐单位“{unit}”不在本年度名录中（{count} 项）：{numbers}',
    'table.label': '申报经验',
    'table.no': '申报编号',
    'table.applicant': '申报单位',
    'table.title': '经验名称',
    'table.unit': '推荐单位',
    'table.scope': '遴选范围',
    'table.materials': '材料',
    'table.problems': '问题',
    'table.state': '形式审查',
    'table.empty': '尚无申报经验。请先在“受理申报”中导入申报压缩包和申报登记表。',
    unregistered: '未登记',
    unknownUnit: '不在名录：{unit}',
    notInList: '不在名录',
    scopeNumber: '（{numeral}）',
    'checklist.undecided': '待办公室核实',
    'detail.heading': '{no} {applicant}',
    'checklist.title': '审查清单',
    'checklist.suggestion': '建议{state}：{reason}',
    'checklist.decided': '办公室已判定',
    'checklist.followsSuggestion': '按建议',
    'checklist.restore': '恢复建议',
    'checklist.note': '备注',
    'checklist.notePlaceholder': '添加备注…',
    'checklist.noteHint': '离开输入框时自动保存',
    'fields.title': '申报信息',
    'fields.unit': '推荐单位',
    'fields.unitPick': '未登记：请选择推荐单位',
    'fields.scope': '遴选范围',
    'fields.focusArea': '重点领域',
    'fields.sme': '中小企业',
    'fields.smeRequired': '遴选范围（四）和“专精特新”重点领域仅限中小企业：请先勾选“中小企业”。',
    'fields.experienceTitle': '经验名称',
    'fields.titlePlaceholder': '未登记：请填写经验名称',
    'materials.title': '材料（{count} 份）',
    'materials.none': '尚未收到材料。',
    'materials.kind': '材料类别',
    'materials.received': '收到于 {time}',
    'busy.item': '正在保存审查结论…',
    'busy.deadline': '正在保存截止日期…',
    'busy.application': '正在保存申报信息…',
    'busy.material': '正在保存材料类别…',
    separator: '、',
    dismiss: '关闭提示',
  },
  en: {
    title: 'Formal check',
    articles: 'Rules, Articles 9 and 18; notice I.(2)',
    deadline: 'Application deadline',
    deadlineHint: 'closes at midnight ending {date}, Beijing time',
    deadlineUnset: 'not set',
    deadlineUseNotice: 'Use the notice date ({date})',
    counts: '{total} in all: {pass} passed, {fail} failed, {pending} pending',
    'state.pass': 'Pass',
    'state.fail': 'Fail',
    'state.pending': 'Pending',
    'quota.title': 'Quota warnings',
    'quota.over': '{unit} recommends {count}, over its quota of {quota}: {numbers}',
    'quota.relax':
      'If {unit} ran its own regional or industry benchmark activity, tick it under Recommending units to raise the quota to 5.',
    'quota.none':
      'No recommending unit is over its quota (3 each; 5 for a unit that ran its own activity).',
    'quota.usage': 'Quota use',
    'quota.usageLine': '{count}/{quota}',
    'quota.unregistered':
      '{count} without a recommending unit: {numbers}. Import the register, or choose the unit below one by one.',
    'quota.unknown': 'Recommending unit “{unit}” is not in this year’s list ({count}): {numbers}',
    'table.label': 'Applications',
    'table.no': 'No.',
    'table.applicant': 'Applicant',
    'table.title': 'Experience',
    'table.unit': 'Recommended by',
    'table.scope': 'Scope',
    'table.materials': 'Files',
    'table.problems': 'Problems',
    'table.state': 'Check',
    'table.empty': 'No applications yet. Import the archives and the register under Intake first.',
    unregistered: 'Not registered',
    unknownUnit: 'Not in list: {unit}',
    notInList: 'Not in list',
    scopeNumber: '({number})',
    'checklist.undecided': 'For the office to verify',
    'detail.heading': '{no} {applicant}',
    'checklist.title': 'Checklist',
    'checklist.suggestion': 'Suggested {state}: {reason}',
    'checklist.decided': 'Decided by the office',
    'checklist.followsSuggestion': 'As suggested',
    'checklist.restore': 'Restore suggestion',
    'checklist.note': 'Note',
    'checklist.notePlaceholder': 'Add a note…',
    'checklist.noteHint': 'Saved when you leave the field',
    'fields.title': 'Application',
    'fields.unit': 'Recommending unit',
    'fields.unitPick': 'Not registered: choose a unit',
    'fields.scope': 'Scope',
    'fields.focusArea': 'Focus area',
    'fields.sme': 'SME',
    'fields.smeRequired':
      'Scope (4) and the specialised-SME focus area are for SMEs only: tick “SME” first.',
    'fields.experienceTitle': 'Experience title',
    'fields.titlePlaceholder': 'Not registered: enter the title',
    'materials.title': 'Files ({count})',
    'materials.none': 'No files received yet.',
    'materials.kind': 'Kind',
    'materials.received': 'received {time}',
    'busy.item': 'Saving the decision…',
    'busy.deadline': 'Saving the deadline…',
    'busy.application': 'Saving the application…',
    'busy.material': 'Saving the file kind…',
    separator: ', ',
    dismiss: 'Dismiss',
  },
};

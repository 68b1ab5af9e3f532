import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'title'
  | 'rounds'
  | 'noRound'
  | 'defenseLater'
  | 'defense.title'
  | 'defense.hint'
  | 'defense.create'
  | 'defense.busy'
  | 'sealed'
  | 'apps.title'
  | 'apps.column'
  | 'apps.count'
  | 'apps.includePassing'
  | 'apps.passingCount'
  | 'apps.none'
  | 'apps.busy'
  | 'apps.formal'
  | 'apps.include'
  | 'apps.all'
  | 'rubric.title'
  | 'rubric.name'
  | 'rubric.placeholderBadge'
  | 'rubric.placeholderNote'
  | 'rubric.officeSet'
  | 'rubric.criterion'
  | 'rubric.weight'
  | 'rubric.part'
  | 'rubric.points'
  | 'rubric.total'
  | 'rubric.partDescriptors'
  | 'rubric.bands'
  | 'rubric.bandLabel'
  | 'rubric.bandFloor'
  | 'rubric.bandRange'
  | 'rubric.bandDescriptor'
  | 'rubric.problems'
  | 'rubric.usable'
  | 'rubric.unsaved'
  | 'rubric.saved'
  | 'rubric.save'
  | 'rubric.discard'
  | 'rubric.busy'
  | 'points';

export const rrMessages: FeatureMessages<Key> = {
  'zh-CN': {
    title: '评分标准与轮次',
    rounds: '评审轮次',
    noRound: '案卷中还没有评审轮次。',
    defenseLater: '答辩评审轮次在资料评审结束、确定入围答辩名单后建立。',
    'defense.title': '建立答辩评审',
    'defense.hint':
      '勾选经专家组合议确定入围答辩的申报经验（第十九条）。入围经验连同材料与分组转入答辩评审，使用答辩评分标准。',
    'defense.create': '建立答辩评审（{count} 项）',
    'defense.busy': '正在建立答辩评审',
    sealed: '本轮已封装，评分细则与纳入的申报经验不能再修改。',
    'apps.title': '本轮纳入的申报经验',
    'apps.column': '申报经验',
    'apps.count': '已纳入 {count}/{total} 项',
    'apps.includePassing': '纳入形式审查通过的申报',
    'apps.passingCount': '形式审查通过 {count} 项',
    'apps.none': '案卷中还没有申报经验：请先在“受理申报”中导入。',
    'apps.busy': '正在设定本轮申报经验',
    'apps.formal': '形式审查',
    'apps.include': '纳入',
    'apps.all': '全部纳入',
    'rubric.title': '评分细则',
    'rubric.name': '名称',
    'rubric.placeholderBadge': '占位默认值',
    'rubric.placeholderNote':
      '《管理办法》第八条只规定了三项标准，未规定分值与等级。下列权重（30/30/40）和等级（优、良、中、差）为占位默认值，每一轮评审均可修改。',
    'rubric.officeSet': '分值与等级已由办公室设定。',
    'rubric.criterion': '标准',
    'rubric.weight': '分值',
    'rubric.part': '要点',
    'rubric.points': '要点分值',
    'rubric.total': '满分',
    'rubric.partDescriptors': '各档描述',
    'rubric.bands': '等级',
    'rubric.bandLabel': '等级',
    'rubric.bandFloor': '得分率下限',
    'rubric.bandRange': '得分率',
    'rubric.bandDescriptor': '说明',
    'rubric.problems': '尚不能保存',
    'rubric.usable': '各项合计正确，可以保存。',
    'rubric.unsaved': '有未保存的修改',
    'rubric.saved': '已保存',
    'rubric.save': '保存评分细则',
    'rubric.discard': '放弃修改',
    'rubric.busy': '正在保存评分细则',
    points: '{value} 分',
  },
  en: {
    title: 'Rubric & rounds',
    rounds: 'Rounds',
    noRound: 'The case has no round yet.',
    defenseLater: 'The defense round is created once the material review has its shortlist.',
    'defense.title': 'Open the defense round',
    'defense.hint':
      'Tick the applications the groups shortlisted for defense (Article 19). They carry over with their materials and groups, under the defense rubric.',
    'defense.create': 'Open the defense round ({count})',
    'defense.busy': 'Opening the defense round',
    sealed: 'This round is sealed: its rubric and applications are fixed.',
    'apps.title': 'Applications in this round',
    'apps.column': 'Application',
    'apps.count': '{count}/{total} included',
    'apps.includePassing': 'Include those that passed the formal check',
    'apps.passingCount': '{count} passed the formal check',
    'apps.none': 'No applications in the case yet: import them under Intake.',
    'apps.busy': "Setting the round's applications",
    'apps.formal': 'Formal check',
    'apps.include': 'Include',
    'apps.all': 'Include all',
    'rubric.title': 'Rubric',
    'rubric.name': 'Name',
    'rubric.placeholderBadge': 'Placeholder defaults',
    'rubric.placeholderNote':
      'Article 8 names three criteria but no points or grades. The weights (30/30/40) and grades below are placeholders; every round may change them.',
    'rubric.officeSet': 'Points and grades set by the office.',
    'rubric.criterion': 'Criterion',
    'rubric.weight': 'Points',
    'rubric.part': 'Part',
    'rubric.points': 'Part points',
    'rubric.total': 'Total',
    'rubric.partDescriptors': 'Grade descriptors',
    'rubric.bands': 'Grades',
    'rubric.bandLabel': 'Grade',
    'rubric.bandFloor': 'From (% of max)',
    'rubric.bandRange': 'Range',
    'rubric.bandDescriptor': 'Meaning',
    'rubric.problems': 'Cannot save yet',
    'rubric.usable': 'All sums are right; ready to save.',
    'rubric.unsaved': 'Unsaved changes',
    'rubric.saved': 'Saved',
    'rubric.save': 'Save rubric',
    'rubric.discard': 'Discard changes',
    'rubric.busy': 'Saving the rubric',
    points: '{value} pts',
  },
};

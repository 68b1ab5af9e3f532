import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'title'
  | 'tabs'
  | 'tab.experts'
  | 'tab.groups'
  | 'tab.assign'
  | 'tab.conflicts'
  | 'busy'
  | 'dismiss'
  | 'none'
  | 'reg.title'
  | 'reg.hint'
  | 'reg.choose'
  | 'reg.reading'
  | 'reg.tooLarge'
  | 'reg.cardRole'
  | 'reg.created'
  | 'reg.signed'
  | 'reg.signedNote'
  | 'reg.typed'
  | 'reg.typedHint'
  | 'reg.typedPartial'
  | 'reg.typedInvalid'
  | 'reg.match'
  | 'reg.mismatch'
  | 'reg.mismatchHelp'
  | 'reg.fingerprint'
  | 'reg.regionFromCard'
  | 'reg.regionRequired'
  | 'cardRole.office'
  | 'cardRole.expert'
  | 'cardRole.leader'
  | 'cardRole.chair'
  | 'cardRole.vice-chair'
  | 'reg.id'
  | 'reg.role'
  | 'reg.region'
  | 'reg.fields'
  | 'reg.industries'
  | 'reg.listHint'
  | 'reg.submit'
  | 'reg.update'
  | 'reg.busy'
  | 'reg.done'
  | 'reg.existing'
  | 'reg.cancel'
  | 'experts.title'
  | 'experts.none'
  | 'experts.noCard'
  | 'col.id'
  | 'col.name'
  | 'col.organisation'
  | 'col.region'
  | 'col.role'
  | 'col.expertise'
  | 'col.fingerprint'
  | 'col.group'
  | 'col.application'
  | 'col.assignedGroup'
  | 'col.suggestion'
  | 'col.expert'
  | 'col.kind'
  | 'col.reason'
  | 'groups.title'
  | 'groups.none'
  | 'groups.new'
  | 'groups.edit'
  | 'groups.name'
  | 'groups.leader'
  | 'groups.members'
  | 'groups.save'
  | 'groups.cancel'
  | 'groups.noLeader'
  | 'groups.inOther'
  | 'groups.busy'
  | 'groups.editing'
  | 'groups.creating'
  | 'groups.needExperts'
  | 'groups.memberCount'
  | 'committee.title'
  | 'committee.chair'
  | 'committee.viceChair'
  | 'committee.none'
  | 'committee.save'
  | 'committee.busy'
  | 'committee.same'
  | 'assign.round'
  | 'assign.noRound'
  | 'assign.noApps'
  | 'assign.noGroups'
  | 'assign.unassigned'
  | 'assign.suggest'
  | 'assign.noSuggestion'
  | 'assign.apply'
  | 'assign.applied'
  | 'assign.applyAll'
  | 'assign.sealed'
  | 'assign.busy'
  | 'assign.count'
  | 'assign.excluded'
  | 'conflicts.recorded'
  | 'conflicts.none'
  | 'conflicts.remove'
  | 'conflicts.removeBusy'
  | 'suggest.title'
  | 'suggest.hint'
  | 'suggest.none'
  | 'suggest.confirm'
  | 'suggest.busy'
  | 'add.title'
  | 'add.hint'
  | 'add.expert'
  | 'add.application'
  | 'add.kind'
  | 'add.reason'
  | 'add.reasonOptional'
  | 'add.reasonRequired'
  | 'add.submit'
  | 'add.choose';

export const panelMessages: FeatureMessages<Key> = {
  'zh-CN': {
    title: '专家与分组',
    tabs: '专家与分组的各项设置',
    'tab.experts': '专家',
    'tab.groups': '专业组与委员会',
    'tab.assign': '分配',
    'tab.conflicts': '回避',
    busy: '处理中：{what}',
    dismiss: '关闭',
    none: '（未指定）',
    'reg.title': '登记专家',
    'reg.hint':
      '选择专家发来的身份卡文件（.json）。身份卡只含公钥，不含任何秘密；本机会核验其本人签名。',
    'reg.choose': '选择身份卡文件…',
    'reg.reading': '正在核验身份卡',
    'reg.tooLarge': '所选文件过大，不是身份卡。',
    'reg.cardRole': '身份卡角色：{role}',
    'reg.created': '创建于 {date}',
    'reg.signed': '身份卡本人签名有效',
    'reg.signedNote': '签名只能说明发卡人持有该密钥，不能说明是谁发的：仍须与专家本人核对指纹。',
    'reg.typed': '专家告知的指纹',
    'reg.typedHint':
      '请专家当面或通过电话念出其软件显示的指纹，在此逐位输入（16 位字母和数字；大小写、空格、横线均可）。',
    'reg.typedPartial': '已输入 {count}/16 位',
    'reg.typedInvalid': '含有指纹中不会出现的字符：指纹只有数字和字母（没有 U）。',
    'reg.match': '指纹一致，可以登记。',
    'reg.mismatch': '指纹不一致，请勿登记！',
    'reg.mismatchHelp':
      '身份卡可能在传递中被替换。请先核对是否听错、输错；仍不一致时，请专家重新发送身份卡，并通过另一渠道核实。',
    'reg.fingerprint': '身份卡指纹',
    'reg.regionFromCard': '留空则用身份卡上的地区',
    'reg.regionRequired': '身份卡未填写地区，请填写专家所在地区（用于回避建议）。',
    'cardRole.office': '办公室',
    'cardRole.expert': '专家',
    'cardRole.leader': '组长',
    'cardRole.chair': '主任委员',
    'cardRole.vice-chair': '副主任委员',
    'reg.id': '编号',
    'reg.role': '评审角色',
    'reg.region': '所在地区',
    'reg.fields': '专业领域',
    'reg.industries': '熟悉行业',
    'reg.listHint': '多项以逗号或顿号分隔',
    'reg.submit': '登记专家',
    'reg.update': '更新登记',
    'reg.busy': '正在登记专家',
    'reg.done': '已登记 {name}（{id}）',
    'reg.existing': '此身份卡已登记给 {name}（{id}），再次登记将更新其信息。',
    'reg.cancel': '取消',
    'experts.title': '已登记专家（{count}）',
    'experts.none': '尚未登记专家。',
    'experts.noCard': '未登记身份卡',
    'col.id': '编号',
    'col.name': '姓名',
    'col.organisation': '单位',
    'col.region': '地区',
    'col.role': '角色',
    'col.expertise': '专业领域 / 行业',
    'col.fingerprint': '指纹',
    'col.group': '席位',
    'col.application': '申报经验',
    'col.assignedGroup': '专业组',
    'col.suggestion': '分组建议',
    'col.expert': '专家',
    'col.kind': '回避情形',
    'col.reason': '理由',
    'groups.title': '专业组',
    'groups.none': '尚未建立专业组。',
    'groups.new': '新建专业组',
    'groups.edit': '编辑',
    'groups.name': '组名',
    'groups.leader': '组长',
    'groups.members': '组员',
    'groups.save': '保存专业组',
    'groups.cancel': '取消',
    'groups.noLeader': '（未指定组长）',
    'groups.inOther': '已在{group}',
    'groups.busy': '正在保存专业组',
    'groups.editing': '编辑 {name}',
    'groups.creating': '新建专业组',
    'groups.needExperts': '请先在“专家”中登记专家。',
    'groups.memberCount': '{count} 名组员',
    'committee.title': '评审委员会',
    'committee.chair': '主任委员',
    'committee.viceChair': '副主任委员',
    'committee.none': '（未指定）',
    'committee.save': '保存委员会',
    'committee.busy': '正在保存委员会',
    'committee.same': '主任委员与副主任委员不能为同一人',
    'assign.round': '评审轮次',
    'assign.noRound': '案卷中还没有评审轮次。',
    'assign.noApps': '本轮尚未纳入申报经验：请先在“评分标准与轮次”中纳入。',
    'assign.noGroups': '请先在“专业组与委员会”中建立专业组。',
    'assign.unassigned': '（未分配）',
    'assign.suggest': '建议 {group}（{score} 分）',
    'assign.noSuggestion': '没有可建议的专业组',
    'assign.apply': '采用',
    'assign.applied': '已采用',
    'assign.applyAll': '未分配的全部采用建议',
    'assign.sealed': '本轮已封装，分组不能再改。',
    'assign.busy': '正在分配',
    'assign.count': '已分配 {done}/{total}',
    'assign.excluded': '不宜：{reasons}',
    'conflicts.recorded': '已登记的回避（{count}）',
    'conflicts.none': '尚未登记回避情形。',
    'conflicts.remove': '移除',
    'conflicts.removeBusy': '正在移除回避',
    'suggest.title': '回避建议（{count}）',
    'suggest.hint': '由专家所在单位、地区与申报单位、推荐单位比较得出，须经办公室确认才生效。',
    'suggest.none': '暂无回避建议。',
    'suggest.confirm': '确认回避',
    'suggest.busy': '正在登记回避',
    'add.title': '登记回避',
    'add.hint': '回避对组长、主任委员和副主任委员同样适用：登记后，该申报经验不会进入此人的案卷。',
    'add.expert': '专家',
    'add.application': '申报经验',
    'add.kind': '情形',
    'add.reason': '理由',
    'add.reasonOptional': '可选',
    'add.reasonRequired': '“其他”情形须填写理由',
    'add.submit': '登记回避',
    'add.choose': '请选择',
  },
  en: {
    title: 'Experts & groups',
    tabs: 'Experts and groups settings',
    'tab.experts': 'Experts',
    'tab.groups': 'Groups & committee',
    'tab.assign': 'Assignment',
    'tab.conflicts': 'Conflicts',
    busy: 'Working: {what}',
    dismiss: 'Dismiss',
    none: '(none)',
    'reg.title': 'Register an expert',
    'reg.hint':
      'Choose the identity card file (.json) the expert sent. It holds public keys only; its self-signature is checked here.',
    'reg.choose': 'Choose identity card…',
    'reg.reading': 'Checking the identity card',
    'reg.tooLarge': 'The file is too large to be an identity card.',
    'reg.cardRole': 'Card role: {role}',
    'reg.created': 'created {date}',
    'reg.signed': "The card's self-signature holds",
    'reg.signedNote':
      'A self-signature only shows the sender holds the key, not who they are: compare the fingerprint with the expert.',
    'reg.typed': 'Fingerprint the expert read out',
    'reg.typedHint':
      'Ask the expert, in person or by phone, to read out the fingerprint their app shows, and type it here (16 letters and digits; case, spaces and dashes do not matter).',
    'reg.typedPartial': '{count}/16 typed',
    'reg.typedInvalid': 'Holds a character no fingerprint has: only digits and letters (no U).',
    'reg.match': 'The fingerprints match: you may register.',
    'reg.mismatch': 'The fingerprints differ. Do not register!',
    'reg.mismatchHelp':
      'The card may have been swapped on the way. Check for a misheard or mistyped symbol; if it still differs, ask the expert to send the card again and confirm by another channel.',
    'reg.fingerprint': "Card's fingerprint",
    'reg.regionFromCard': "leave empty for the card's region",
    'reg.regionRequired':
      "The card gives no region: enter the expert's region (for conflict suggestions).",
    'cardRole.office': 'Office',
    'cardRole.expert': 'Expert',
    'cardRole.leader': 'Group leader',
    'cardRole.chair': 'Chair',
    'cardRole.vice-chair': 'Vice-chair',
    'reg.id': 'Id',
    'reg.role': 'Panel role',
    'reg.region': 'Region',
    'reg.fields': 'Fields',
    'reg.industries': 'Industries',
    'reg.listHint': 'separate with commas',
    'reg.submit': 'Register',
    'reg.update': 'Update',
    'reg.busy': 'Registering the expert',
    'reg.done': '{name} ({id}) registered',
    'reg.existing': 'This card is registered to {name} ({id}); registering again updates them.',
    'reg.cancel': 'Cancel',
    'experts.title': 'Registered experts ({count})',
    'experts.none': 'No experts registered yet.',
    'experts.noCard': 'No identity card',
    'col.id': 'Id',
    'col.name': 'Name',
    'col.organisation': 'Organisation',
    'col.region': 'Region',
    'col.role': 'Role',
    'col.expertise': 'Fields / industries',
    'col.fingerprint': 'Fingerprint',
    'col.group': 'Seats',
    'col.application': 'Application',
    'col.assignedGroup': 'Group',
    'col.suggestion': 'Suggestion',
    'col.expert': 'Expert',
    'col.kind': 'Conflict',
    'col.reason': 'Reason',
    'groups.title': 'Groups',
    'groups.none': 'No groups yet.',
    'groups.new': 'New group',
    'groups.edit': 'Edit',
    'groups.name': 'Name',
    'groups.leader': 'Leader',
    'groups.members': 'Members',
    'groups.save': 'Save group',
    'groups.cancel': 'Cancel',
    'groups.noLeader': '(no leader)',
    'groups.inOther': 'in {group}',
    'groups.busy': 'Saving the group',
    'groups.editing': 'Edit {name}',
    'groups.creating': 'New group',
    'groups.needExperts': 'Register experts first.',
    'groups.memberCount': '{count} members',
    'committee.title': 'Committee',
    'committee.chair': 'Chair',
    'committee.viceChair': 'Vice-chair',
    'committee.none': '(none)',
    'committee.save': 'Save committee',
    'committee.busy': 'Saving the committee',
    'committee.same': 'Chair and vice-chair must be different people',
    'assign.round': 'Round',
    'assign.noRound': 'The case has no round yet.',
    'assign.noApps': 'No applications in this round yet: include them under Rubric & rounds.',
    'assign.noGroups': 'Create groups first.',
    'assign.unassigned': '(unassigned)',
    'assign.suggest': 'Suggested {group} ({score} pts)',
    'assign.noSuggestion': 'No group to suggest',
    'assign.apply': 'Apply',
    'assign.applied': 'Applied',
    'assign.applyAll': 'Apply suggestions to all unassigned',
    'assign.sealed': 'This round is sealed; assignments are fixed.',
    'assign.busy': 'Assigning',
    'assign.count': '{done}/{total} assigned',
    'assign.excluded': 'Unsuitable: {reasons}',
    'conflicts.recorded': 'Recorded conflicts ({count})',
    'conflicts.none': 'No conflicts recorded.',
    'conflicts.remove': 'Remove',
    'conflicts.removeBusy': 'Removing the conflict',
    'suggest.title': 'Suggested conflicts ({count})',
    'suggest.hint':
      "From the experts' organisations and regions; they take effect only once the office confirms them.",
    'suggest.none': 'No suggestions.',
    'suggest.confirm': 'Confirm',
    'suggest.busy': 'Recording the conflict',
    'add.title': 'Record a conflict',
    'add.hint':
      "Conflicts apply to leaders, the chair and the vice-chair as to members: the application never enters that person's package.",
    'add.expert': 'Expert',
    'add.application': 'Application',
    'add.kind': 'Kind',
    'add.reason': 'Reason',
    'add.reasonOptional': 'optional',
    'add.reasonRequired': 'A reason is required for "other"',
    'add.submit': 'Record',
    'add.choose': 'Choose',
  },
};

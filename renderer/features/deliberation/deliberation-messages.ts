/** The 组内合议 screen's words (the group leader's deliberation), Chinese first. */
import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'screen.title'
  | 'noPackage.body'
  | 'noPackage.unlock'
  | 'loading'
  | 'signer.passphrase-only'
  | 'signer.no-identity'
  | 'notChairing'
  | 'round'
  | 'members.title'
  | 'members.lead'
  | 'members.expert'
  | 'members.role'
  | 'members.state'
  | 'members.superseded'
  | 'members.fingerprint'
  | 'members.import'
  | 'members.importing'
  | 'members.imported'
  | 'members.submitted'
  | 'members.missing'
  | 'members.none'
  | 'members.supersededItem'
  | 'members.missingNote'
  | 'members.allIn'
  | 'members.goOn'
  | 'role.leader'
  | 'role.member'
  | 'apps.title'
  | 'apps.no'
  | 'apps.applicant'
  | 'apps.titleCol'
  | 'apps.chair'
  | 'apps.scored'
  | 'apps.mean'
  | 'apps.trimmed'
  | 'apps.spread'
  | 'apps.state'
  | 'apps.open'
  | 'apps.deviations'
  | 'chair.leader'
  | 'chair.stand-in'
  | 'chair.standInNote'
  | 'state.open'
  | 'state.under-way'
  | 'state.decided'
  | 'app.back'
  | 'stats.title'
  | 'stats.count'
  | 'stats.mean'
  | 'stats.trimmed'
  | 'stats.trimmedDropped'
  | 'stats.trimmedNone'
  | 'stats.spread'
  | 'stats.sd'
  | 'stats.noScores'
  | 'matrix.title'
  | 'matrix.lead'
  | 'matrix.expert'
  | 'matrix.subtotal'
  | 'matrix.total'
  | 'matrix.mean'
  | 'matrix.spread'
  | 'matrix.changed'
  | 'matrix.deviates'
  | 'matrix.droppedHighest'
  | 'matrix.droppedLowest'
  | 'matrix.noDiscussion'
  | 'matrix.sequence'
  | 'deviation.title'
  | 'deviation.none'
  | 'deviation.line'
  | 'deviation.lineZero'
  | 'deviation.explained'
  | 'deviation.explain'
  | 'scope.total'
  | 'recused.title'
  | 'recused.declared-conflict'
  | 'recused.leader-in-conflict'
  | 'missing.title'
  | 'missing.no-bundle'
  | 'missing.no-section'
  | 'missing.explained'
  | 'comments.title'
  | 'comments.recommendation'
  | 'comments.noDiscussion'
  | 'comments.strengths'
  | 'comments.weaknesses'
  | 'comments.suggestions'
  | 'comments.criteria'
  | 'comments.empty'
  | 'records.title'
  | 'records.none'
  | 'records.add'
  | 'records.cancel'
  | 'records.saving'
  | 'records.save'
  | 'records.dismiss'
  | 'kind.score-change'
  | 'kind.deviation-explanation'
  | 'kind.discussion-note'
  | 'kind.skip-discussion'
  | 'kind.absence'
  | 'kind.ballot'
  | 'kind.dissent'
  | 'kind.consensus'
  | 'kind.decision'
  | 'line.score-change'
  | 'line.reason'
  | 'line.skip'
  | 'line.absence'
  | 'line.ballotOpen'
  | 'line.ballotSecret'
  | 'line.consensus'
  | 'line.decision'
  | 'cause.dropped-out'
  | 'cause.recused-by-office'
  | 'cause.missing-review'
  | 'outcome.passed'
  | 'outcome.rejected'
  | 'outcome.no-quorum'
  | 'ballot.count'
  | 'ballot.votes'
  | 'ballots.title'
  | 'ballots.none'
  | 'form.expert'
  | 'form.part'
  | 'form.from'
  | 'form.to'
  | 'form.reason'
  | 'form.reasonChoose'
  | 'form.reasonOther'
  | 'form.scope'
  | 'form.text'
  | 'form.note'
  | 'form.cause'
  | 'form.absenceReason'
  | 'form.proposal'
  | 'form.mode'
  | 'form.mode.open'
  | 'form.mode.secret'
  | 'form.voteNone'
  | 'form.for'
  | 'form.against'
  | 'form.abstain'
  | 'form.ballotRule'
  | 'form.ruleOfRound'
  | 'form.ruleDefault'
  | 'form.secretNote'
  | 'form.dissentReasons'
  | 'form.consensusScore'
  | 'form.consensusScoreOf'
  | 'form.opinion'
  | 'form.decision'
  | 'form.skipNote'
  | 'form.skipNotAllowed'
  | 'form.needsScore'
  | 'form.unchanged'
  | 'form.needsReason'
  | 'form.needsText'
  | 'form.needsPart'
  | 'form.count.notANumber'
  | 'form.count.tooMany'
  | 'form.count.none'
  | 'form.invalid'
  | 'score.half-typed'
  | 'score.not-a-number'
  | 'score.below-zero'
  | 'score.too-precise'
  | 'score.above-maximum'
  | 'outcome.title'
  | 'matrix.weight'
  | 'outcome.consensus'
  | 'outcome.decision'
  | 'outcome.pending'
  | 'outcome.skipped'
  | 'goOn.title'
  | 'goOn.lead'
  | 'goOn.member'
  | 'goOn.cause'
  | 'goOn.reason'
  | 'goOn.confirm'
  | 'goOn.nothing'
  | 'export.title'
  | 'export.lead'
  | 'export.notReady'
  | 'export.ready'
  | 'export.button'
  | 'export.confirmTitle'
  | 'export.confirmBody'
  | 'export.confirm'
  | 'export.cancel'
  | 'export.exporting'
  | 'export.done'
  | 'reports.lead'
  | 'reports.warning'
  | 'reports.button'
  | 'reports.busy'
  | 'reports.done'
  | 'reports.cancelled'
  | 'reports.history'
  | 'reports.historyLead'
  | 'reports.entry';

export const deliberationMessages: FeatureMessages<Key> = {
  'zh-CN': {
    'screen.title': '组内合议',
    'noPackage.body':
      '尚未打开案卷包。请先在“解锁案卷”中用您本人的身份打开本轮的案卷包，再导入组员的评审意见包。',
    'noPackage.unlock': '去解锁案卷',
    loading: '正在读取本组合议信息…',
    'signer.passphrase-only':
      '此案卷包仅用口令打开：合议记录和组评审包须以您本人身份签署。请解锁本人身份后重新打开案卷包。',
    'signer.no-identity':
      '当前没有解锁您本人的身份，不能主持合议。请在“身份”中解锁本人身份后重新打开案卷包。',
    notChairing:
      '您在本案卷包中既不是专业组组长，也未被办公室指定为代行组长：没有需要您主持合议的申报。',
    round: '{round} · {group}',
    'members.title': '组员评审意见包',
    'members.lead':
      '导入组员提交的评审意见包（.qbbundle）。每个包都会核验签名、专家身份、案卷、轮次、评分标准和材料；同一专家的多个包以序号最高者为准，较早的包列为已被取代。',
    'members.expert': '专家',
    'members.role': '组内角色',
    'members.state': '评审意见包',
    'members.superseded': '已被取代',
    'members.fingerprint': '指纹',
    'members.import': '导入评审意见包…',
    'members.importing': '正在核验导入…',
    'members.imported': '已导入 {count} 个评审意见包。',
    'members.submitted': '已提交（第 {sequence} 次）',
    'members.missing': '尚未提交',
    'members.none': '—',
    'members.supersededItem': '第 {sequence} 次',
    'members.missingNote':
      '尚未收到：{names}。不等待其评审意见继续合议，须记录理由（每项申报各记一条）。',
    'members.allIn': '全部组员均已提交评审意见包。',
    'members.goOn': '不等待，记录理由…',
    'role.leader': '组长',
    'role.member': '组员',
    'apps.title': '本人主持合议的申报',
    'apps.no': '申报编号',
    'apps.applicant': '申报单位',
    'apps.titleCol': '经验名称',
    'apps.chair': '主持',
    'apps.scored': '评分人数',
    'apps.mean': '平均分',
    'apps.trimmed': '去极值平均分',
    'apps.spread': '极差',
    'apps.state': '合议状态',
    'apps.open': '合议',
    'apps.deviations': '偏离 {count}',
    'chair.leader': '组长',
    'chair.stand-in': '代行组长',
    'chair.standInNote':
      '组长与该申报存在回避情形，由办公室指定您代行组长主持本项合议；组评审包中记录为代行组长。',
    'state.open': '未开始',
    'state.under-way': '合议中',
    'state.decided': '已形成结论',
    'app.back': '返回申报列表',
    'stats.title': '统计',
    'stats.count': '评分人数 {count}',
    'stats.mean': '平均分 {mean}',
    'stats.trimmed': '去掉一个最高分和一个最低分后平均分 {value}（{count} 人）',
    'stats.trimmedDropped': '去掉：最高 {highest}（{high} 分），最低 {lowest}（{low} 分）',
    'stats.trimmedNone': '评分不足五人，不去掉最高分和最低分',
    'stats.spread': '极差 {spread}（{min}–{max}）',
    'stats.sd': '标准差 {sd}',
    'stats.noScores': '尚无组员对该申报评分。',
    'matrix.title': '评分对照表',
    'matrix.lead':
      '各专家提交时的评分保持不变；合议中修正的分值以“原分 → 修正后”并列显示。标红为偏离组均分超过 30% 的分值。',
    'matrix.expert': '专家',
    'matrix.subtotal': '小计',
    'matrix.total': '总分',
    'matrix.mean': '平均',
    'matrix.spread': '极差',
    'matrix.changed': '原分 {from}，修正为 {to}',
    'matrix.deviates': '偏离组均分 {percent}',
    'matrix.droppedHighest': '最高分，计算去极值平均分时去掉',
    'matrix.droppedLowest': '最低分，计算去极值平均分时去掉',
    'matrix.noDiscussion': '无需讨论',
    'matrix.sequence': '第 {sequence} 次提交',
    'deviation.title': '偏离提示',
    'deviation.none': '没有偏离组均分超过 30% 的评分。',
    'deviation.line': '{expert}：{scope} {score} 分，组均分 {mean} 分，偏离 {percent}',
    'deviation.lineZero': '{expert}：{scope} {score} 分，组均分为 0',
    'deviation.explained': '说明：{text}',
    'deviation.explain': '记录偏离说明',
    'scope.total': '总分',
    'recused.title': '回避',
    'recused.declared-conflict': '{expert}：本人声明回避（{kind}）{reason}',
    'recused.leader-in-conflict': '{expert}：组长回避，由代行组长主持',
    'missing.title': '缺少评审意见',
    'missing.no-bundle': '{expert}：尚未提交评审意见包',
    'missing.no-section': '{expert}：评审意见包中没有该申报（办公室登记的回避，或未评审）',
    'missing.explained': '已记录：{cause}，{reason}',
    'comments.title': '各专家评语',
    'comments.recommendation': '推荐意见',
    'comments.noDiscussion': '标注“无需讨论”',
    'comments.strengths': '主要优点',
    'comments.weaknesses': '不足',
    'comments.suggestions': '改进建议',
    'comments.criteria': '分项评语',
    'comments.empty': '（未填写）',
    'records.title': '合议记录',
    'records.none': '尚无合议记录。',
    'records.add': '新增记录',
    'records.cancel': '取消',
    'records.saving': '正在保存…',
    'records.save': '保存记录',
    'records.dismiss': '关闭',
    'kind.score-change': '分值修正',
    'kind.deviation-explanation': '偏离说明',
    'kind.discussion-note': '讨论记录',
    'kind.skip-discussion': '无需讨论',
    'kind.absence': '缺席',
    'kind.ballot': '表决',
    'kind.dissent': '不同意见',
    'kind.consensus': '合议得分与意见',
    'kind.decision': '合议结论',
    'line.score-change': '{expert} · {part}：{from} → {to}',
    'line.reason': '理由：{reason}',
    'line.skip': '全体未回避成员均标注“无需讨论”，跳过讨论。',
    'line.absence': '{expert}：{cause}。{reason}',
    'line.ballotOpen': '第 {no} 轮 · 记名表决 · 提议“{proposal}”',
    'line.ballotSecret': '第 {no} 轮 · 无记名表决 · 提议“{proposal}”',
    'line.consensus': '合议得分 {score} 分。{opinion}',
    'line.decision': '合议结论：{decision}',
    'cause.dropped-out': '退出评审',
    'cause.recused-by-office': '办公室登记的回避',
    'cause.missing-review': '未提交评审意见',
    'outcome.passed': '通过',
    'outcome.rejected': '未通过',
    'outcome.no-quorum': '不足法定人数',
    'ballot.count':
      '赞成 {for}，反对 {against}，弃权 {abstain}；到会 {present} 人（须至少 {requiredPresent} 人），通过须赞成 {requiredFor} 票',
    'ballot.votes': '各成员表决：{votes}',
    'ballots.title': '表决',
    'ballots.none': '尚未表决。',
    'form.expert': '专家',
    'form.part': '评分要点',
    'form.from': '现分值',
    'form.to': '修正为',
    'form.reason': '修正理由',
    'form.reasonChoose': '请选择理由',
    'form.reasonOther': '其他理由（须填写）',
    'form.scope': '偏离项',
    'form.text': '说明',
    'form.note': '讨论记录',
    'form.cause': '情形',
    'form.absenceReason': '理由',
    'form.proposal': '表决事项',
    'form.mode': '表决方式',
    'form.mode.open': '记名',
    'form.mode.secret': '无记名',
    'form.voteNone': '未表决',
    'form.for': '赞成',
    'form.against': '反对',
    'form.abstain': '弃权',
    'form.ballotRule':
      '第 {no} 轮表决 · 有表决权的成员 {count} 人 · 到会须达 {quorum} · 赞成须达到会的 {pass}（{source}）',
    'form.ruleOfRound': '案卷包载明的本轮规则',
    'form.ruleDefault': '默认规则：案卷包未载明',
    'form.secretNote': '无记名表决只记录票数，不记录各成员的选择。',
    'form.dissentReasons': '不同意见及理由',
    'form.consensusScore': '合议得分',
    'form.consensusScoreOf': '满分 {max}',
    'form.opinion': '合议意见',
    'form.decision': '合议结论',
    'form.skipNote': '全体未回避成员在提交的评审意见中均标注了“无需讨论”。',
    'form.skipNotAllowed': '须每位未回避的成员都标注“无需讨论”，才能跳过讨论。',
    'form.needsScore': '请填写分值。',
    'form.unchanged': '修正后的分值与现分值相同。',
    'form.needsReason': '请从列表中选择修正理由。',
    'form.needsText': '请填写内容。',
    'form.needsPart': '请选择评分要点。',
    'form.count.notANumber': '票数须为整数。',
    'form.count.tooMany': '票数合计超过有表决权的成员人数（{voters} 人）。',
    'form.count.none': '尚未记录任何一票。',
    'form.invalid': '记录内容不完整或超出长度限制。',
    'score.half-typed': '数字尚未输入完整。',
    'score.not-a-number': '请输入数字。',
    'score.below-zero': '分值不能为负数。',
    'score.too-precise': '分值最多保留一位小数。',
    'score.above-maximum': '分值不能超过满分 {max} 分。',
    'outcome.title': '合议结果：',
    'matrix.weight': '（{weight} 分）',
    'outcome.consensus': '合议得分 {score} 分',
    'outcome.decision': '结论：{decision}',
    'outcome.pending': '尚未形成结论',
    'outcome.skipped': '已跳过讨论',
    'goOn.title': '不等待组员，继续合议',
    'goOn.lead':
      '为该组员缺少评审意见的每一项本人主持的申报各记录一条缺席记录，并写明理由。“退出评审”的成员此后不计入法定人数；“未提交评审意见”的成员仍计入。',
    'goOn.member': '组员',
    'goOn.cause': '情形',
    'goOn.reason': '理由',
    'goOn.confirm': '记录理由，继续合议',
    'goOn.nothing': '该组员在各项申报中均已有缺席记录。',
    'export.title': '导出组评审包',
    'export.lead':
      '组评审包以您本人身份签署，内含所并入的全部组员评审意见包、合议记录和结论；每项申报的内容只有有权阅读者可以打开。',
    'export.notReady': '尚未形成结论的申报：{nos}。',
    'export.ready': '全部申报均已形成结论，可以导出。',
    'export.button': '导出组评审包…',
    'export.confirmTitle': '确认导出组评审包',
    'export.confirmBody':
      '将以 {name} 的身份签署 {count} 项申报的合议结果，并保存到您选择的位置（建议保存到交给主任委员的移动存储设备）。导出后如再修改，须重新导出。',
    'export.confirm': '签署并选择保存位置',
    'export.cancel': '取消',
    'export.exporting': '正在签署导出…',
    'export.done': '已导出组评审包（第 {sequence} 次，{fileName}）。',
    'reports.lead':
      '评审报告依据最后一次导出的组评审包生成：每项申报的评审意见表（专业组合议）、本组评分汇总表和投票记录（Word）。导出组评审包后如又有合议记录，须先重新导出组评审包。',
    'reports.warning':
      '明文导出：报告将以明文保存，含评分、评语与表决等保密内容。请保存到加密的存储设备，仅交有权阅看的人员，用毕按规定销毁。',
    'reports.button': '导出评审报告（Word）',
    'reports.busy': '正在生成报告…',
    'reports.done': '已在“{folder}”文件夹中写出 {count} 份报告。',
    'reports.cancelled': '未选择保存位置，没有写出报告。',
    'reports.history': '报告导出记录',
    'reports.historyLead':
      '每次导出的文件名与 SHA-256 已记入您的工作日志，可据此核对交出的报告未被改动。',
    'reports.entry': '第 {sequence} 次：“{folder}”，{count} 份（依据第 {bundle} 次导出的组评审包）',
  },
  en: {
    'screen.title': 'Group deliberation',
    'noPackage.body':
      "No package is open. Open this round's package with your own identity on Unlock package first, then import the members' review bundles.",
    'noPackage.unlock': 'Go to Unlock package',
    loading: "Reading the group's deliberation…",
    'signer.passphrase-only':
      'This package was opened with its passphrase only: the deliberation and the group bundle are signed with your own identity. Unlock your identity and open the package again.',
    'signer.no-identity':
      'Your identity is not unlocked: you cannot chair the deliberation. Unlock it under Identity and open the package again.',
    notChairing:
      'In this package you are neither the group leader nor a stand-in the office designated: there is no application for you to chair.',
    round: '{round} · {group}',
    'members.title': "Members' review bundles",
    'members.lead':
      'Import the review bundles (.qbbundle) the members submitted. Each is checked: signature, the expert, case, round, rubric and materials; of several bundles of one expert the highest sequence wins and the earlier ones are listed as superseded.',
    'members.expert': 'Expert',
    'members.role': 'Role',
    'members.state': 'Review bundle',
    'members.superseded': 'Superseded',
    'members.fingerprint': 'Fingerprint',
    'members.import': 'Import review bundles…',
    'members.importing': 'Verifying…',
    'members.imported': '{count} review bundles imported.',
    'members.submitted': 'Submitted (no. {sequence})',
    'members.missing': 'Not submitted',
    'members.none': '—',
    'members.supersededItem': 'no. {sequence}',
    'members.missingNote':
      'Not received yet: {names}. Going on without their review needs a recorded reason (one for each application).',
    'members.allIn': 'Every member has submitted a review bundle.',
    'members.goOn': 'Go on without them…',
    'role.leader': 'Leader',
    'role.member': 'Member',
    'apps.title': 'Applications you chair',
    'apps.no': 'Application no.',
    'apps.applicant': 'Applicant',
    'apps.titleCol': 'Experience',
    'apps.chair': 'Chaired as',
    'apps.scored': 'Scored by',
    'apps.mean': 'Mean',
    'apps.trimmed': 'Trimmed mean',
    'apps.spread': 'Spread',
    'apps.state': 'Deliberation',
    'apps.open': 'Deliberate',
    'apps.deviations': '{count} deviating',
    'chair.leader': 'Leader',
    'chair.stand-in': 'Stand-in',
    'chair.standInNote':
      'The leader is in conflict with this application: the office designated you to chair its deliberation as stand-in, and the group bundle records it so.',
    'state.open': 'Not started',
    'state.under-way': 'Under way',
    'state.decided': 'Decided',
    'app.back': 'Back to the applications',
    'stats.title': 'Statistics',
    'stats.count': '{count} scores',
    'stats.mean': 'Mean {mean}',
    'stats.trimmed': 'Mean without the highest and lowest {value} ({count} scores)',
    'stats.trimmedDropped': 'Dropped: highest {highest} ({high}), lowest {lowest} ({low})',
    'stats.trimmedNone': 'Fewer than five scores: none dropped',
    'stats.spread': 'Spread {spread} ({min}–{max})',
    'stats.sd': 'Std. deviation {sd}',
    'stats.noScores': 'No member has scored this application.',
    'matrix.title': 'Scores side by side',
    'matrix.lead':
      'The scores stay as each expert submitted them; a score changed in deliberation shows as "submitted → changed". Red: more than 30 % from the group mean.',
    'matrix.expert': 'Expert',
    'matrix.subtotal': 'Subtotal',
    'matrix.total': 'Total',
    'matrix.mean': 'Mean',
    'matrix.spread': 'Spread',
    'matrix.changed': 'Submitted {from}, changed to {to}',
    'matrix.deviates': '{percent} from the group mean',
    'matrix.droppedHighest': 'Highest: dropped from the trimmed mean',
    'matrix.droppedLowest': 'Lowest: dropped from the trimmed mean',
    'matrix.noDiscussion': 'No discussion needed',
    'matrix.sequence': 'Bundle no. {sequence}',
    'deviation.title': 'Deviation warnings',
    'deviation.none': 'No score is more than 30 % from the group mean.',
    'deviation.line': '{expert}: {scope} {score}, group mean {mean}, {percent}',
    'deviation.lineZero': '{expert}: {scope} {score}, group mean 0',
    'deviation.explained': 'Explanation: {text}',
    'deviation.explain': 'Record an explanation',
    'scope.total': 'Total',
    'recused.title': 'Recused',
    'recused.declared-conflict': '{expert}: declared a conflict ({kind}) {reason}',
    'recused.leader-in-conflict': '{expert}: the leader is in conflict; a stand-in chairs',
    'missing.title': 'Reviews missing',
    'missing.no-bundle': '{expert}: no review bundle yet',
    'missing.no-section':
      '{expert}: their bundle has no section for it (a conflict the office recorded, or not reviewed)',
    'missing.explained': 'Recorded: {cause}, {reason}',
    'comments.title': "Each expert's comments",
    'comments.recommendation': 'Recommendation',
    'comments.noDiscussion': 'Marked "no discussion needed"',
    'comments.strengths': 'Main strengths',
    'comments.weaknesses': 'Weaknesses',
    'comments.suggestions': 'Suggestions',
    'comments.criteria': 'Comments by criterion and part',
    'comments.empty': '(none)',
    'records.title': 'Deliberation record',
    'records.none': 'Nothing recorded yet.',
    'records.add': 'Add a record',
    'records.cancel': 'Cancel',
    'records.saving': 'Saving…',
    'records.save': 'Save the record',
    'records.dismiss': 'Close',
    'kind.score-change': 'Score change',
    'kind.deviation-explanation': 'Deviation explanation',
    'kind.discussion-note': 'Discussion note',
    'kind.skip-discussion': 'No discussion needed',
    'kind.absence': 'Absence',
    'kind.ballot': 'Vote',
    'kind.dissent': 'Dissent',
    'kind.consensus': 'Consensus score and opinion',
    'kind.decision': 'Decision',
    'line.score-change': '{expert} · {part}: {from} → {to}',
    'line.reason': 'Reason: {reason}',
    'line.skip': 'Every member not recused marked "no discussion needed": discussion skipped.',
    'line.absence': '{expert}: {cause}. {reason}',
    'line.ballotOpen': 'Round {no} · open ballot · proposal "{proposal}"',
    'line.ballotSecret': 'Round {no} · secret ballot · proposal "{proposal}"',
    'line.consensus': 'Consensus score {score}. {opinion}',
    'line.decision': 'Decision: {decision}',
    'cause.dropped-out': 'dropped out',
    'cause.recused-by-office': 'conflict recorded by the office',
    'cause.missing-review': 'review not submitted',
    'outcome.passed': 'Passed',
    'outcome.rejected': 'Not passed',
    'outcome.no-quorum': 'No quorum',
    'ballot.count':
      'For {for}, against {against}, abstain {abstain}; {present} present (quorum {requiredPresent}), {requiredFor} for needed to pass',
    'ballot.votes': 'Votes: {votes}',
    'ballots.title': 'Votes',
    'ballots.none': 'No vote yet.',
    'form.expert': 'Expert',
    'form.part': 'Part',
    'form.from': 'Now',
    'form.to': 'Change to',
    'form.reason': 'Reason',
    'form.reasonChoose': 'Choose a reason',
    'form.reasonOther': 'Other reason (required)',
    'form.scope': 'Deviating score',
    'form.text': 'Explanation',
    'form.note': 'Discussion note',
    'form.cause': 'Case',
    'form.absenceReason': 'Reason',
    'form.proposal': 'Proposal',
    'form.mode': 'Ballot',
    'form.mode.open': 'Open',
    'form.mode.secret': 'Secret',
    'form.voteNone': 'Did not vote',
    'form.for': 'For',
    'form.against': 'Against',
    'form.abstain': 'Abstain',
    'form.ballotRule':
      'Round {no} · {count} members may vote · quorum {quorum} · {pass} of those present to pass ({source})',
    'form.ruleOfRound': "the round's rule, as the package states it",
    'form.ruleDefault': 'the default rule: the package states none',
    'form.secretNote': "A secret ballot records the counts only, not each member's choice.",
    'form.dissentReasons': 'Dissent and its reasons',
    'form.consensusScore': 'Consensus score',
    'form.consensusScoreOf': 'out of {max}',
    'form.opinion': 'Consensus opinion',
    'form.decision': 'Decision',
    'form.skipNote':
      'Every member not recused marked "no discussion needed" in the review they submitted.',
    'form.skipNotAllowed':
      'The discussion may be skipped only when every member not recused marked "no discussion needed".',
    'form.needsScore': 'Enter a score.',
    'form.unchanged': 'The new score is the same as the present one.',
    'form.needsReason': 'Choose a reason from the list.',
    'form.needsText': 'Write the text.',
    'form.needsPart': 'Choose a part.',
    'form.count.notANumber': 'Counts are whole numbers.',
    'form.count.tooMany': 'More votes than members who may vote ({voters}).',
    'form.count.none': 'No vote recorded.',
    'form.invalid': 'The record is incomplete or too long.',
    'score.half-typed': 'The number is not finished.',
    'score.not-a-number': 'Enter a number.',
    'score.below-zero': 'A score cannot be negative.',
    'score.too-precise': 'One decimal place at most.',
    'score.above-maximum': 'A score cannot exceed the maximum of {max}.',
    'outcome.title': 'Outcome:',
    'matrix.weight': '({weight})',
    'outcome.consensus': 'Consensus score {score}',
    'outcome.decision': 'Decision: {decision}',
    'outcome.pending': 'No decision yet',
    'outcome.skipped': 'Discussion skipped',
    'goOn.title': 'Go on without a member',
    'goOn.lead':
      "Records an absence, with its reason, for every application you chair where this member's review is missing. A member who dropped out no longer counts for the quorum; one whose review is missing still does.",
    'goOn.member': 'Member',
    'goOn.cause': 'Case',
    'goOn.reason': 'Reason',
    'goOn.confirm': 'Record the reason and go on',
    'goOn.nothing': 'An absence is already recorded for this member on every application.',
    'export.title': 'Export the group bundle',
    'export.lead':
      "The group bundle is signed with your identity and embeds every member bundle merged, the deliberation record and the decisions; each application's part opens only for those allowed to read it.",
    'export.notReady': 'Applications without a decision: {nos}.',
    'export.ready': 'Every application has a decision: ready to export.',
    'export.button': 'Export the group bundle…',
    'export.confirmTitle': 'Export the group bundle?',
    'export.confirmBody':
      'Signs the deliberation of {count} applications as {name} and saves it where you choose (ideally the removable drive for the chair). A change afterwards needs a new export.',
    'export.confirm': 'Sign and choose where to save',
    'export.cancel': 'Cancel',
    'export.exporting': 'Signing…',
    'export.done': 'Group bundle exported (no. {sequence}, {fileName}).',
    'reports.lead':
      "The reports are made from the last group bundle exported: each application's opinion form (group deliberation), the group's score summary and its vote record (Word). After a record added since, export the group bundle again first.",
    'reports.warning':
      'Plaintext export: the reports are saved as plaintext and hold confidential scores, comments and votes. Save them to encrypted storage, hand them only to those entitled to see them, and destroy them as the rules require.',
    'reports.button': 'Export the reports (Word)',
    'reports.busy': 'Writing the reports…',
    'reports.done': '{count} reports written in the folder “{folder}”.',
    'reports.cancelled': 'No folder chosen: no report was written.',
    'reports.history': 'Reports exported',
    'reports.historyLead':
      "Each export's file names and SHA-256 are in your journal: a report handed over can be checked against them.",
    'reports.entry': 'No. {sequence}: “{folder}”, {count} files (from group bundle No. {bundle})',
  },
};

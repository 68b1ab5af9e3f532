/** The review screen's words (评语与评分), Chinese first. */
import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'screen.title'
  | 'noPackage.body'
  | 'noPackage.unlock'
  | 'loading'
  | 'journal.closed'
  | 'signer.passphrase-only'
  | 'signer.no-identity'
  | 'undertaking.title'
  | 'undertaking.lead'
  | 'undertaking.agree'
  | 'undertaking.sign'
  | 'undertaking.signing'
  | 'undertaking.signedAs'
  | 'undertaking.gate'
  | 'undertaking.beforeReading'
  | 'progress.title'
  | 'progress.counts'
  | 'progress.no'
  | 'progress.applicant'
  | 'progress.title.col'
  | 'progress.state'
  | 'progress.total'
  | 'progress.actions'
  | 'progress.review'
  | 'progress.declare'
  | 'progress.closed'
  | 'state.not-started'
  | 'state.in-progress'
  | 'state.complete'
  | 'state.submitted'
  | 'state.conflict'
  | 'conflict.title'
  | 'conflict.lead'
  | 'conflict.kind'
  | 'conflict.reason'
  | 'conflict.reasonOther'
  | 'conflict.confirm'
  | 'conflict.declare'
  | 'conflict.cancel'
  | 'conflict.needsReason'
  | 'review.back'
  | 'review.materials'
  | 'review.choose'
  | 'review.loadingMaterial'
  | 'form.title'
  | 'form.total'
  | 'form.totalIncomplete'
  | 'form.criterion'
  | 'form.subtotal'
  | 'form.score'
  | 'form.scoreOf'
  | 'form.bands'
  | 'form.comment'
  | 'form.criterionComment'
  | 'form.overall'
  | 'form.strengths'
  | 'form.weaknesses'
  | 'form.suggestions'
  | 'form.recommendation'
  | 'form.noDiscussion'
  | 'form.noDiscussionHint'
  | 'form.shortcuts'
  | 'form.gaps'
  | 'form.complete'
  | 'gap.scores'
  | 'gap.overall'
  | 'gap.recommendation'
  | 'score.half-typed'
  | 'score.not-a-number'
  | 'score.below-zero'
  | 'score.too-precise'
  | 'score.above-maximum';

export const reviewMessages: FeatureMessages<Key> = {
  'zh-CN': {
    'screen.title': '评语与评分',
    'noPackage.body': '尚未打开案卷包。请先在“解锁案卷”中打开本轮的案卷包。',
    'noPackage.unlock': '去解锁案卷',
    loading: '正在读取本轮评审信息…',
    'journal.closed':
      '评分和评语保存在收件人本人的加密工作日志中：请解锁收件人本人的身份，再打开案卷包。',
    'signer.passphrase-only':
      '此案卷包仅用口令打开，不能签署保密承诺，也不能声明回避或评分。请解锁您本人的身份后重新打开案卷包。',
    'signer.no-identity':
      '当前没有解锁收件人本人的身份，不能签署保密承诺。请在“身份”中解锁本人身份后重新打开案卷包。',
    'undertaking.title': '保密承诺',
    'undertaking.lead':
      '依据《全国质量标杆遴选管理办法》第十五条，阅读任何申报材料之前，请阅读并签署本轮评审的保密承诺。签署以您本人身份的密钥进行，记录在您的加密工作日志中，并随评审包提交。',
    'undertaking.agree': '我已阅读上述承诺，并保证遵守。',
    'undertaking.sign': '签署保密承诺',
    'undertaking.signing': '正在签署…',
    'undertaking.signedAs': '签署人：{name}（指纹 {fingerprint}）',
    'undertaking.gate': '全文检索要读取本案卷包的全部材料：请先签署本轮评审的保密承诺。',
    'undertaking.beforeReading':
      '阅读申报材料之前，请先签署本轮评审的保密承诺；签署后即打开您选择的材料。',
    'progress.title': '评审进度',
    'progress.counts':
      '共 {all} 项：未开始 {notStarted} · 进行中 {inProgress} · 已完成 {complete} · 已提交 {submitted} · 已回避 {conflict}',
    'progress.no': '申报编号',
    'progress.applicant': '申报单位',
    'progress.title.col': '经验名称',
    'progress.state': '状态',
    'progress.total': '总分',
    'progress.actions': '操作',
    'progress.review': '评审',
    'progress.declare': '声明回避',
    'progress.closed': '已回避，不可阅读',
    'state.not-started': '未开始',
    'state.in-progress': '进行中',
    'state.complete': '已完成',
    'state.submitted': '已提交',
    'state.conflict': '已回避',
    'conflict.title': '声明回避：{no}',
    'conflict.lead':
      '如您与该申报存在利益冲突，请选择回避情形并说明理由。声明以您本人身份签名，声明后该申报即对您关闭，不能再阅读其材料或评分，也不能撤回。',
    'conflict.kind': '回避情形',
    'conflict.reason': '理由',
    'conflict.reasonOther': '理由（必填）',
    'conflict.confirm': '我确认存在上述利益冲突，声明后不能撤回。',
    'conflict.declare': '签名并声明回避',
    'conflict.cancel': '取消',
    'conflict.needsReason': '回避情形为“其他”时须说明理由。',
    'review.back': '← 评审进度',
    'review.materials': '材料',
    'review.choose': '请选择一份材料阅读。',
    'review.loadingMaterial': '正在解密材料…',
    'form.title': '评分与评语',
    'form.total': '总分 {total} / {max}',
    'form.totalIncomplete': '总分：尚有 {missing} 个要点未打分（已评 {scored} 分）',
    'form.criterion': '（{numeral}）{title}',
    'form.subtotal': '小计 {subtotal} / {max}',
    'form.score': '得分',
    'form.scoreOf': '满分 {max}',
    'form.bands': '评分档次',
    'form.comment': '要点评语',
    'form.criterionComment': '本项评语',
    'form.overall': '总体评价',
    'form.strengths': '主要优点',
    'form.weaknesses': '不足',
    'form.suggestions': '改进建议',
    'form.recommendation': '推荐意见',
    'form.noDiscussion': '无需讨论',
    'form.noDiscussionHint': '勾选表示您认为合议时无需讨论此项申报。',
    'form.shortcuts': '回车：下一个得分栏 · Ctrl+S：立即保存（输入法选字时不触发）',
    'form.gaps': '尚未完成：{gaps}',
    'form.complete': '本项评审已完成，可随评审包提交。',
    'gap.scores': '各要点得分',
    'gap.overall': '总体评价',
    'gap.recommendation': '推荐意见',
    'score.half-typed': '数字尚未输入完整：小数点前后都须有数字，例如 12.5。未保存。',
    'score.not-a-number': '请输入数字（可用全角），例如 12.5。未保存。',
    'score.below-zero': '得分不能低于 0 分。未保存。',
    'score.too-precise': '得分最多保留一位小数。未保存。',
    'score.above-maximum': '得分不能超过本要点满分 {max} 分。未保存。',
  },
  en: {
    'screen.title': 'Comments and scores',
    'noPackage.body': 'No case package is open. Open this round’s package under Unlock case first.',
    'noPackage.unlock': 'Unlock case',
    loading: 'Reading the round…',
    'journal.closed':
      "Scores and comments are kept in the recipient's own encrypted journal: unlock the recipient's identity and open the package again.",
    'signer.passphrase-only':
      'This package was opened with its passphrase alone: it cannot sign the undertaking, declare a conflict or score. Unlock your identity and open the package again.',
    'signer.no-identity':
      "The recipient's identity is not unlocked, so the undertaking cannot be signed. Unlock your identity and open the package again.",
    'undertaking.title': 'Confidentiality undertaking',
    'undertaking.lead':
      'Under Article 15, read and sign this round’s confidentiality undertaking before reading any application. It is signed with your identity’s key, kept in your encrypted journal and submitted with your review bundle.',
    'undertaking.agree': 'I have read this undertaking and will keep it.',
    'undertaking.sign': 'Sign the undertaking',
    'undertaking.signing': 'Signing…',
    'undertaking.signedAs': 'Signed by {name} (fingerprint {fingerprint})',
    'undertaking.gate':
      "Search reads every material of this package: sign this round's confidentiality undertaking first.",
    'undertaking.beforeReading':
      "Before reading any application, sign this round's confidentiality undertaking; the material you chose opens once it is signed.",
    'progress.title': 'Progress',
    'progress.counts':
      '{all} in all: not started {notStarted} · in progress {inProgress} · complete {complete} · submitted {submitted} · conflict {conflict}',
    'progress.no': 'No.',
    'progress.applicant': 'Applicant',
    'progress.title.col': 'Experience',
    'progress.state': 'State',
    'progress.total': 'Total',
    'progress.actions': 'Actions',
    'progress.review': 'Review',
    'progress.declare': 'Declare conflict',
    'progress.closed': 'Closed (conflict)',
    'state.not-started': 'Not started',
    'state.in-progress': 'In progress',
    'state.complete': 'Complete',
    'state.submitted': 'Submitted',
    'state.conflict': 'Conflict',
    'conflict.title': 'Declare a conflict: {no}',
    'conflict.lead':
      'If you have a conflict of interest with this application, choose its type and give the reason. The declaration is signed with your identity; the application then closes to you (no reading, no scoring) and it cannot be withdrawn.',
    'conflict.kind': 'Type',
    'conflict.reason': 'Reason',
    'conflict.reasonOther': 'Reason (required)',
    'conflict.confirm': 'I confirm this conflict; the declaration cannot be withdrawn.',
    'conflict.declare': 'Sign and declare',
    'conflict.cancel': 'Cancel',
    'conflict.needsReason': 'A reason is required for "Other".',
    'review.back': '← Progress',
    'review.materials': 'Materials',
    'review.choose': 'Choose a material to read.',
    'review.loadingMaterial': 'Decrypting the material…',
    'form.title': 'Scores and comments',
    'form.total': 'Total {total} / {max}',
    'form.totalIncomplete': 'Total: {missing} parts not scored yet ({scored} so far)',
    'form.criterion': '({numeral}) {title}',
    'form.subtotal': 'Subtotal {subtotal} / {max}',
    'form.score': 'Score',
    'form.scoreOf': 'of {max}',
    'form.bands': 'Grades',
    'form.comment': 'Comment on this part',
    'form.criterionComment': 'Comment on this criterion',
    'form.overall': 'Overall comment',
    'form.strengths': 'Strengths',
    'form.weaknesses': 'Weaknesses',
    'form.suggestions': 'Suggestions',
    'form.recommendation': 'Recommendation',
    'form.noDiscussion': 'No discussion needed',
    'form.noDiscussionHint': 'Tick if you see no need to discuss this application in deliberation.',
    'form.shortcuts': 'Enter: next score · Ctrl+S: save now (not while an input method composes)',
    'form.gaps': 'Still missing: {gaps}',
    'form.complete': 'This review is complete and can be submitted with the bundle.',
    'gap.scores': 'part scores',
    'gap.overall': 'overall comment',
    'gap.recommendation': 'recommendation',
    'score.half-typed':
      'The number is not finished: a point needs digits on both sides, e.g. 12.5. Not saved.',
    'score.not-a-number': 'Type a number (full-width digits work), e.g. 12.5. Not saved.',
    'score.below-zero': 'A score cannot be below 0. Not saved.',
    'score.too-precise': 'A score has at most one decimal place. Not saved.',
    'score.above-maximum': 'A score cannot exceed this part’s maximum of {max}. Not saved.',
  },
};

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
  | 'progress.view'
  | 'progress.closed'
  | 'progress.noSeat'
  | 'progress.submittedAs'
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
  | 'score.above-maximum'
  | 'form.readOnly'
  | 'submit.title'
  | 'submit.button'
  | 'submit.notReady'
  | 'submit.ready'
  | 'submit.confirmTitle'
  | 'submit.confirmBody'
  | 'submit.confirmFolder'
  | 'submit.confirm'
  | 'submit.cancel'
  | 'submit.submitting'
  | 'submit.done'
  | 'submit.doneLeader'
  | 'submit.submitted'
  | 'submit.locked'
  | 'submit.reopen'
  | 'submit.reopenNote'
  | 'submit.reopenConfirm'
  | 'submit.reopening'
  | 'submit.reopened'
  | 'export.button'
  | 'export.warningTitle'
  | 'export.warning'
  | 'export.confirm'
  | 'export.cancel'
  | 'export.exporting'
  | 'export.done';

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
    'progress.view': '查看',
    'progress.closed': '已回避，不可阅读',
    'progress.noSeat':
      '您在本轮不在任何专业组评审打分（主任委员、副主任委员不打分、不提交评审意见包），此处没有需要您评审的申报。',
    'state.not-started': '未开始',
    'state.in-progress': '进行中',
    'state.complete': '已完成',
    'state.submitted': '已提交',
    'progress.submittedAs': '第 {sequence} 次提交',
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
    'form.readOnly': '已提交，评分表只读。如需修改，请回到评审进度，选择“修改后重新提交”。',
    'submit.title': '提交评审意见',
    'submit.button': '提交评审意见',
    'submit.notReady': '尚未完成的申报：{nos}。每项申报完成（或已声明回避）后才能提交。',
    'submit.ready': '全部申报已完成，可以提交。',
    'submit.confirmTitle': '确认提交评审意见',
    'submit.confirmBody':
      '将以您本人的身份（{name}）签名，生成评审包（.qbbundle）。评审包包含：本轮保密承诺、回避声明（{conflicts} 项）、{count} 项申报的各项得分与评语、总体评价、推荐意见，以及您所阅材料的哈希。每项申报的内容只加密给案卷包允许阅读的人（办公室、组长或办公室指定的代理人、主任委员和副主任委员，均不含回避者）。',
    'submit.confirmFolder':
      '接下来请选择评审包的保存位置（如U盘；文件名已拟好，如“评审意见包_…_第1次提交.qbbundle”，可修改），再将评审包交给本组组长。提交后评审即锁定，评分表只读；如需修改，可“修改后重新提交”。',
    'submit.confirm': '签名并选择保存位置…',
    'submit.cancel': '取消',
    'submit.submitting': '正在签名并写入评审包…',
    'submit.done': '已提交（第 {sequence} 次，{fileName}）。请将该文件交给本组组长。',
    'submit.doneLeader':
      '已提交（第 {sequence} 次，{fileName}）。您是本组组长：请在“组内合议”中与组员的评审包一并导入该文件。',
    'submit.submitted': '已提交（第 {sequence} 次，{fileName}）',
    'submit.locked': '评审已提交并锁定，评分表只读。',
    'submit.reopen': '修改后重新提交',
    'submit.reopenNote':
      '重新打开后可修改评分和评语。再次提交将生成编号更高的新评审包（第 {next} 次），在组长开始合议之前取代此前提交的评审包；此前的评审包仍留在记录中。',
    'submit.reopenConfirm': '重新打开评审以修改',
    'submit.reopening': '正在重新打开…',
    'submit.reopened': '上次提交：第 {sequence} 次（{fileName}）。修改后请重新提交。',
    'export.button': '导出评审意见表（Word）',
    'export.warningTitle': '导出明文副本：{no}',
    'export.warning':
      '评审意见表是未加密的 Word 明文副本，含该申报的得分与评语，供您打印后手写签名。请保存到只有您能访问的安全位置，签名交付后妥善保管或销毁；不要通过电子邮件或即时通讯发送。',
    'export.confirm': '我了解，选择文件夹并导出…',
    'export.cancel': '取消',
    'export.exporting': '正在导出…',
    'export.done': '已导出评审意见表：{fileName}。这是明文副本，请妥善保管。',
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
    'progress.view': 'View',
    'progress.closed': 'Closed (conflict)',
    'progress.noSeat':
      'You score in no group in this round (the chair and vice-chair neither score nor submit a review bundle): there is no application for you to review here.',
    'state.not-started': 'Not started',
    'state.in-progress': 'In progress',
    'state.complete': 'Complete',
    'state.submitted': 'Submitted',
    'progress.submittedAs': 'submission no. {sequence}',
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
    'form.readOnly':
      'Submitted: the form is read-only. To change it, go back to Progress and choose Reopen to resubmit.',
    'submit.title': 'Submit the review',
    'submit.button': 'Submit the review',
    'submit.notReady':
      'Not complete yet: {nos}. Every application must be complete (or declared a conflict) before submitting.',
    'submit.ready': 'Every application is complete: ready to submit.',
    'submit.confirmTitle': 'Confirm the submission',
    'submit.confirmBody':
      'Your identity ({name}) signs a review bundle (.qbbundle) holding: this round’s undertaking, your conflict declarations ({conflicts}), the scores and comments, overall comments and recommendations of {count} applications, and the hashes of the materials you reviewed. Each application’s section is encrypted only to those the package allows to read it (the office, the group leader or the stand-in the office designated, the chair and the vice-chair, none in conflict).',
    'submit.confirmFolder':
      'Next, choose where to save the bundle (a USB stick, say; a name saying the round, your name and the submission’s number is proposed, and you may change it), then hand it to your group leader. Submitting locks the review (the form becomes read-only); to change it, reopen and resubmit.',
    'submit.confirm': 'Sign and choose where to save…',
    'submit.cancel': 'Cancel',
    'submit.submitting': 'Signing and writing the bundle…',
    'submit.done': 'Submitted (no. {sequence}, {fileName}). Hand this file to your group leader.',
    'submit.doneLeader':
      "Submitted (no. {sequence}, {fileName}). You lead the group: import this file with your members' bundles on Group deliberation.",
    'submit.submitted': 'Submitted (no. {sequence}, {fileName})',
    'submit.locked': 'The review is submitted and locked: the form is read-only.',
    'submit.reopen': 'Reopen to resubmit',
    'submit.reopenNote':
      'Reopening lets you change scores and comments. Submitting again writes a new bundle with a higher number (no. {next}) that supersedes the earlier one until the group leader opens deliberation; earlier bundles stay in the history.',
    'submit.reopenConfirm': 'Reopen the review to change it',
    'submit.reopening': 'Reopening…',
    'submit.reopened':
      'Last submitted: no. {sequence} ({fileName}). Submit again after your changes.',
    'export.button': 'Export opinion form (Word)',
    'export.warningTitle': 'Export a plaintext copy: {no}',
    'export.warning':
      'The opinion form is an unencrypted Word copy holding this application’s scores and comments, for you to print and sign by hand. Save it where only you can reach it, keep or destroy it safely once handed over, and do not send it by e-mail or messaging apps.',
    'export.confirm': 'I understand: choose a folder and export…',
    'export.cancel': 'Cancel',
    'export.exporting': 'Exporting…',
    'export.done': 'Opinion form exported: {fileName}. It is a plaintext copy: keep it safe.',
  },
};

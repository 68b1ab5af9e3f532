/**
 * The office's follow-up record from the command line: shown (every act with who and when, the
 * notice period, each objection's state), exported signed for anyone, and verified offline
 * without any key (issue 11, point 3).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { objectionStatusLabels } from '../../../shared/domain/objection';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import type { FollowUpAct } from '../../../shared/office/followup/followup-acts';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { verifyFollowUpExport } from '../../core/office/followup-export';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

const actWords: Readonly<Record<FollowUpAct['kind'], string>> = {
  consultation: '报工信部科技司征求意见',
  'on-site-check': '现场核查',
  'notice-published': '发布公示名单',
  'objection-received': '受理异议',
  'objection-investigated': '调查核实',
  'objection-referred': '报评审委员会审议',
  'objection-re-reviewed': '评审委员会审议结果',
  approval: '经中国质量协会批准',
  'final-list': '结果公告',
  'calendar-year': '工作日历',
  'defense-order': '答辩顺序',
  'defense-absence': '缺席答辩',
  'result-imported': '导入评审结果包',
  'reports-exported': '导出报告（明文）',
};

/** Beijing time of an instant, as 2026年10月9日 10:00. */
function beijingTime(at: string): string {
  const t = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString();
  return `${formatChineseDate(t.slice(0, 10))} ${t.slice(11, 16)}`;
}

function sayState(context: CommandContext, state: FollowUpState): void {
  if (state.acts.length === 0) context.say('后续工作记录：尚无记录');
  for (const act of state.acts) {
    const object =
      'objectionId' in act
        ? ` ${act.objectionId}`
        : 'applicationId' in act
          ? ` ${act.applicationId}`
          : '';
    context.say(
      `  ${act.seq}. ${actWords[act.kind]}${object}（经办人 ${act.by.handler}，${beijingTime(act.at)}）`,
    );
  }
  if (state.notice) {
    context.say(
      `公示：${state.notice.applicationIds.length} 项，${formatChineseDate(state.notice.start)} 起，${formatChineseDate(state.notice.lastDay)} 届满`,
    );
  }
  for (const o of state.objections) {
    context.say(
      `异议 ${o.received.objectionId}（${o.received.applicationId}，${formatChineseDate(o.received.receivedOn)} 收到）：${objectionStatusLabels[o.status].zh}`,
    );
  }
}

export const followupShow: Command = {
  words: ['followup', 'show'],
  summary: '查看后续工作记录 / show the follow-up record',
  help: `用法: qbreview followup show 目录.qboffice
${IDENTITY_HELP}`,
  options: identityOptions,
  async run(context, args) {
    const service = await openCaseFor(context, args);
    const state = followUpState((await service.read()).followUp);
    sayState(context, state);
    return state;
  },
};

export const followupExport: Command = {
  words: ['followup', 'export'],
  summary: '导出经办公室签名的后续工作记录 / export the signed follow-up record',
  help: `用法: qbreview followup export 目录.qboffice --out 文件.json
  导出的是明文（含异议人与调查情况），供报中国质量协会或审计核验；请妥善保管。
  任何人可用 qbreview followup verify 离线核验，无需密钥。
${IDENTITY_HELP}`,
  options: { ...identityOptions, out: { type: 'string' } },
  async run(context, args) {
    const out = stringOption(args, 'out');
    if (!out) throw usageError('需要 --out 导出文件。');
    const service = await openCaseFor(context, args);
    const bytes = await service.exportFollowUp();
    await writeFile(out, bytes);
    context.say(`已导出后续工作记录（明文，请妥善保管）：${out}`);
    context.say(`办公室指纹 ${service.office.card.fingerprint}`);
    return { file: out, size: bytes.length, officeFingerprint: service.office.card.fingerprint };
  },
};

export const followupVerify: Command = {
  words: ['followup', 'verify'],
  summary: '核验导出的后续工作记录（无需密钥） / verify an exported follow-up record',
  help: `用法: qbreview followup verify 文件.json [--office-fingerprint XXXX-XXXX-XXXX-XXXX]
  核验办公室签名与记录的完整性；给出办公室指纹时，还核对是否为该办公室所签。`,
  options: { 'office-fingerprint': { type: 'string' } },
  async run(context, args) {
    const [file] = args.positionals;
    if (!file) throw usageError('需要导出的后续工作记录文件。');
    const verified = verifyFollowUpExport(
      await readFile(file),
      stringOption(args, 'office-fingerprint'),
    );
    context.say(
      `签名有效：${verified.export.year} 年后续工作记录，${verified.state.acts.length} 项，办公室指纹 ${verified.officeFingerprint}`,
    );
    sayState(context, verified.state);
    return {
      valid: true,
      officeFingerprint: verified.officeFingerprint,
      year: verified.export.year,
      acts: verified.state.acts.length,
    };
  },
};

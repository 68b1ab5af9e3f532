import { stat } from 'node:fs/promises';
import { inspectCasePackage } from '../../core/case/inspect-case-package';
import { readWorkspaceHeader } from '../../core/office/office-workspace';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { IDENTITY_HELP, identityOptions, openCaseFor } from '../office-access';

export const caseInfo: Command = {
  words: ['case', 'info'],
  summary: '查看案卷包或办公室案卷 / show a case package or the office workspace',
  help: `用法: qbreview case info 文件.qbcase            （无需密钥：版本、签名者指纹、接收者数量）
      qbreview case info 目录.qboffice [--identity 办公室.qbid]   （有身份时显示申报、形式审查与封装问题）
${IDENTITY_HELP}`,
  options: identityOptions,
  async run(context, args) {
    const [path] = args.positionals;
    if (!path) throw usageError('需要 .qbcase 文件或 .qboffice 目录。');
    if ((await stat(path)).isFile()) {
      const info = await inspectCasePackage(path);
      context.say(`案卷包 ${path}`);
      context.say(
        `  格式版本 ${info.formatVersion}，大小 ${info.size} 字节，接收者 ${info.recipientCount} 人`,
      );
      context.say(
        `  签名者指纹 ${info.signerFingerprint}（签名${info.signatureValid ? '有效' : '无效'}）`,
      );
      context.say(`  口令保护：${info.passphrase ? '有' : '无'}`);
      return { kind: 'package', ...info };
    }
    const header = await readWorkspaceHeader(path);
    if (args.values.identity === undefined) {
      context.say(`办公室案卷 ${path}：办公室指纹 ${header.officeFingerprint}`);
      return {
        kind: 'office-record',
        officeFingerprint: header.officeFingerprint,
        workspaceId: header.workspaceId,
      };
    }
    // The overview the app's screens show, from the same service: quotas by the record's units.
    const overview = await (await openCaseFor(context, args)).overview();
    const c = overview.record;
    const applications = c.applications.map((a) => ({
      id: a.id,
      applicationNo: a.applicationNo,
      applicantName: a.applicantName,
      materials: c.materials.filter((m) => m.applicationId === a.id).length,
      formalCheck: overview.formalChecks.find((f) => f.applicationId === a.id)!.overall,
    }));
    const { quota } = overview;
    const rounds = c.rounds.map((r) => ({
      id: r.round.id,
      kind: r.round.kind,
      status: r.round.status,
      applications: r.applicationIds.length,
      sealingProblems: overview.sealing.find((s) => s.roundId === r.round.id)?.problems ?? [],
    }));
    context.say(
      `${c.year} 年办公室案卷 ${path}：申报 ${applications.length} 项，专家 ${c.experts.length} 人`,
    );
    for (const a of applications) {
      context.say(
        `  ${a.applicationNo} ${a.applicantName}  材料 ${a.materials} 份  形式审查 ${a.formalCheck}`,
      );
    }
    for (const warning of quota.warnings) context.say(`  名额提醒：${warning}`);
    for (const r of rounds) {
      context.say(`  轮次 ${r.id}（${r.kind}，${r.status}）：${r.applications} 项`);
      for (const p of r.sealingProblems) context.say(`    封装问题：${p.message}`);
    }
    return { kind: 'office-record', year: c.year, applications, quota: quota.warnings, rounds };
  },
};

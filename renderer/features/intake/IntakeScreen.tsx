import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { IntakeReportView, RegisterReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { api } from '../../ipc/client';
import { useOfficeStore } from '../../state/office-store';
import { intakeMessages } from './intake-messages';

interface Progress {
  readonly done: number;
  readonly total: number;
  readonly name: string;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

function ReportList(props: { readonly reports: readonly IntakeReportView[] }) {
  const t = useMessages(intakeMessages);
  return (
    <ul className="report-list" aria-label={t('results')}>
      {props.reports.map((report, index) => (
        <li
          key={`${report.sourceName}-${index}`}
          className={report.refused ? 'refused' : undefined}
        >
          <div className="report-head">
            <strong>{report.sourceName}</strong>
            <span className={report.refused ? 'badge badge-error' : 'badge badge-ok'}>
              {report.refused
                ? t('refused')
                : t('added', { added: report.added, duplicates: report.duplicates })}
            </span>
          </div>
          {report.problems.length > 0 && (
            <ul className="problem-list">
              {report.problems.map((problem, i) => (
                <li key={i}>
                  <span className="badge badge-warning">{problem.label}</span> {problem.message}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function RegisterReport(props: { readonly report: RegisterReportView }) {
  const t = useMessages(intakeMessages);
  const { report } = props;
  return (
    <div className="notice" data-testid="register-report">
      <p>{t('register.result', { rows: report.rows, imported: report.imported })}</p>
      {report.skipped.map((row) => (
        <p key={row.rowNumber} className="small">
          {t('register.row', { row: row.rowNumber })}：{row.messages.join('；')}
        </p>
      ))}
      {report.registerOnly.length > 0 && (
        <p className="small">
          {t('register.registerOnly')}：{report.registerOnly.join('、')}
        </p>
      )}
      {report.archiveOnly.length > 0 && (
        <p className="small">
          {t('register.archiveOnly')}：{report.archiveOnly.join('、')}
        </p>
      )}
      {report.nameMismatches.map((m) => (
        <p key={m.applicationNo} className="small">
          {t('register.mismatch')} {m.applicationNo}：{m.register} / {m.archive}
        </p>
      ))}
    </div>
  );
}

/** The set a RAR volume's name puts it in ("x.part2.rar", "x.r00"), or null for other files. */
function volumeSetOf(name: string): string | null {
  const part = /^(.+)\.part\d{1,4}\.rar$/i.exec(name);
  if (part) return `part:${part[1]!.toLowerCase()}`;
  const old = /^(.+)\.(?:rar|[r-z]\d\d)$/i.exec(name);
  return old ? `old:${old[1]!.toLowerCase()}` : null;
}

/**
 * One call per archive, except that the volumes of one RAR set travel in one call: main reads a
 * set only when all its parts arrive together (docs/intake.md, multi-volume sets).
 */
function callsFor(files: readonly File[]): File[][] {
  const calls: File[][] = [];
  const sets = new Map<string, File[]>();
  for (const file of files) {
    const set = volumeSetOf(file.name);
    const existing = set === null ? undefined : sets.get(set);
    if (existing) existing.push(file);
    else {
      const call = [file];
      calls.push(call);
      if (set !== null) sets.set(set, call);
    }
  }
  return calls;
}

/** 受理申报: archives by drag and drop with a progress bar, and the register. */
export function IntakeScreen() {
  const t = useMessages(intakeMessages);
  const { loadOverview, busy } = useOfficeStore();
  const [password, setPassword] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [reports, setReports] = useState<readonly IntakeReportView[]>([]);
  const [registerReport, setRegisterReport] = useState<RegisterReportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const archiveInput = useRef<HTMLInputElement>(null);
  const registerInput = useRef<HTMLInputElement>(null);

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setError(null);
    const bytesTotal = files.reduce((sum, f) => sum + f.size, 0);
    let bytesDone = 0;
    const done: IntakeReportView[] = [];
    // The newest batch first; earlier batches stay listed below it.
    const earlier = reports;
    // One archive per call (a RAR volume set in one): the bar moves per file, and one bad
    // archive stops nothing else.
    let index = 0;
    for (const call of callsFor(files)) {
      const name = call[0]!.name;
      setProgress({ done: index, total: files.length, name, bytesDone, bytesTotal });
      const sent = await Promise.all(
        call.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      );
      const result = await api().office.intake({
        files: sent,
        ...(password ? { password } : {}),
      });
      if (result.ok) done.push(...result.value);
      else setError(`${name}：${result.error.message}`);
      index += call.length;
      bytesDone += call.reduce((sum, file) => sum + file.size, 0);
      setReports([...done, ...earlier]);
    }
    setProgress({ done: files.length, total: files.length, name: '', bytesDone, bytesTotal });
    await loadOverview();
  };

  const importRegister = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const result = await api().office.importRegister({
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    if (result.ok) {
      setRegisterReport(result.value);
      await loadOverview();
    } else setError(result.error.message);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const percent =
    progress && progress.bytesTotal > 0
      ? Math.round((progress.bytesDone / progress.bytesTotal) * 100)
      : 0;
  const running = progress !== null && progress.done < progress.total;

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h2 id="screen-title">{t('title')}</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-title">{t('drop')}</p>
        <p className="muted small">{t('dropHint')}</p>
        <div className="toolbar center">
          <button
            type="button"
            className="primary"
            disabled={running || busy !== null}
            onClick={() => archiveInput.current?.click()}
          >
            {t('choose')}
          </button>
          <label className="inline-field">
            {t('password')}
            <input
              type="password"
              autoComplete="off"
              placeholder={t('passwordHint')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
        </div>
        <input
          ref={archiveInput}
          type="file"
          multiple
          hidden
          accept=".rar,.zip,.7z"
          data-testid="archive-input"
          onChange={(event) => {
            void importFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {progress && (
        <div className="progress" aria-live="polite">
          <progress max={100} value={percent} aria-label={t('title')} />
          <span className="small">
            {running
              ? t('progress', {
                  done: progress.done + 1,
                  total: progress.total,
                  name: progress.name,
                })
              : t('done', { count: progress.total })}
          </span>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {reports.length > 0 && <ReportList reports={reports} />}

      <h3>{t('register.title')}</h3>
      <p className="muted small">{t('register.hint')}</p>
      <button type="button" onClick={() => registerInput.current?.click()}>
        {t('register.choose')}
      </button>
      <input
        ref={registerInput}
        type="file"
        hidden
        accept=".csv,.xlsx"
        data-testid="register-input"
        onChange={(event) => {
          void importRegister(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {registerReport && <RegisterReport report={registerReport} />}
    </section>
  );
}

import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { IntakeReportView, RegisterReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import {
  clearOfficeError,
  importRegister,
  loadOverview,
  takeInArchives,
} from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { usePartError } from '../../state/use-part-error';
import { intakeMessages } from './intake-messages';
import { RegisterReport, ReportList } from './IntakeReports';
import { callsFor } from './volume-sets';

interface Progress {
  readonly done: number;
  readonly total: number;
  readonly name: string;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

async function sentFile(file: File) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** 受理申报: archives by drag and drop with a progress bar, and the register. */
export function IntakeScreen() {
  const t = useMessages(intakeMessages);
  const busy = useOfficeStore(selectIsBusy);
  const error = usePartError('intake');
  const [password, setPassword] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [reports, setReports] = useState<readonly IntakeReportView[]>([]);
  const [registerReport, setRegisterReport] = useState<RegisterReportView | null>(null);
  const [dragging, setDragging] = useState(false);
  const archiveInput = useRef<HTMLInputElement>(null);
  const registerInput = useRef<HTMLInputElement>(null);

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    clearOfficeError('intake');
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
      const taken = await takeInArchives(await Promise.all(call.map(sentFile)), password);
      if (taken) done.push(...taken);
      index += call.length;
      bytesDone += call.reduce((sum, file) => sum + file.size, 0);
      setReports([...done, ...earlier]);
    }
    setProgress({ done: files.length, total: files.length, name: '', bytesDone, bytesTotal });
    await loadOverview();
  };

  const importRegisterFile = async (file: File | undefined) => {
    if (!file) return;
    const report = await importRegister(await sentFile(file));
    if (report) {
      setRegisterReport(report);
      await loadOverview();
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles(Array.from(event.dataTransfer.files));
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
            disabled={running || busy}
            onClick={() => archiveInput.current?.click()}
          >
            {t('choose')}
          </button>
          <PassphraseField
            className="inline-field"
            label={t('password')}
            placeholder={t('passwordHint')}
            value={password}
            onChange={setPassword}
          />
        </div>
        <input
          ref={archiveInput}
          type="file"
          multiple
          hidden
          accept=".rar,.zip,.7z"
          data-testid="archive-input"
          onChange={(event) => {
            void importFiles(Array.from(event.target.files ?? []));
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
      {error && <ErrorNotice error={error} />}
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
          void importRegisterFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {registerReport && <RegisterReport report={registerReport} />}
    </section>
  );
}

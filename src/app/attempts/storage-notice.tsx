// Says clearly when attempts are not being saved (private mode, full disk) and offers the download that keeps
// the work; silent while saving works. While it works the notice follows only the recorder's health (it re-renders
// when saving starts or stops working, never on each once-a-second save).
import { useTranslation } from 'react-i18next';
import '../progress/i18n.ts';
import { attemptRecorder } from './default-recorder.ts';
import { attemptFileName, downloadJson } from './download.ts';
import type { AttemptRecorder } from './recorder.ts';
import { useRecorderHealth, useRecorderStatus } from './use-attempt-autosave.ts';

export interface AttemptStorageNoticeProps {
  /** The running attempt, offered for download while it cannot be saved. */
  attemptId?: string | null;
  recorder?: AttemptRecorder;
}

export function AttemptStorageNotice({
  attemptId = null,
  recorder = attemptRecorder(),
}: AttemptStorageNoticeProps) {
  const health = useRecorderHealth(recorder);
  if (health.problem === null) return null;
  return <StorageProblem attemptId={attemptId} recorder={recorder} />;
}

/** The notice while saving does not work: the problem, the entries not saved, the download. */
function StorageProblem({ attemptId, recorder }: { attemptId: string | null; recorder: AttemptRecorder }) {
  const { t } = useTranslation();
  const status = useRecorderStatus(recorder);
  if (status.problem === null) return null;
  const download = async () => {
    if (attemptId === null) return;
    const file = await recorder.exportFile(attemptId);
    downloadJson(attemptFileName(file.scenarioId, file.startedAt ?? new Date().toISOString()), file);
  };
  return (
    <div
      className="wt-notice wt-attempt-storage"
      role="alert"
      data-testid="attempt-storage-notice"
      data-problem={status.problem}
    >
      <p>{t(`progress.storage.${status.problem}`)}</p>
      {status.unsavedEntries > 0 && status.persistent ? (
        <p className="wt-muted">{t('progress.storage.unsaved', { count: status.unsavedEntries })}</p>
      ) : null}
      {attemptId !== null ? (
        <button type="button" className="wt-button" onClick={() => void download()}>
          {t('progress.storage.download')}
        </button>
      ) : null}
    </div>
  );
}

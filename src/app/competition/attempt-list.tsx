// This station's competition attempts with where their upload stands: submitting, pending (retried in the
// background; when and why), verified (the server's score beside the local one, and whether they agree) or
// refused (the server's message). The attempt just finished is shown on top with its detailed results.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAttempt, StoredUpload } from '../attempts/types.ts';
import { useFlowStore, type FinishedAttempt } from '../flow/flow-store.ts';
import { showResults } from '../flow/results-bridge.ts';
import { countdown } from './format.ts';
import { describeError } from './messages.ts';
import { ServerError } from './server-error.ts';
import { submissions, useStationStore } from './station-store.ts';

type UploadView = 'sending' | 'pending' | 'verified' | 'refused' | 'none';

function useSending(id: string): boolean {
  const q = submissions();
  return useSyncExternalStore(
    (fn) => q.subscribe(fn),
    () => q.isSending(id),
    () => q.isSending(id),
  );
}

function viewOf(upload: StoredUpload | undefined, sending: boolean): UploadView {
  if (sending) return 'sending';
  return upload?.state ?? 'none';
}

export function resultsAgree(
  local: { score: number; grade: string; passed: boolean },
  server: { score: number; grade: string; passed: boolean },
): boolean {
  return local.score === server.score && local.grade === server.grade && local.passed === server.passed;
}

function Score({ r, testId }: { r: { score: number; grade: string; passed: boolean }; testId: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={r.passed ? 'wt-pass' : 'wt-fail'}
      data-testid={testId}
      data-score={r.score}
      data-grade={r.grade}
      data-passed={r.passed}
    >
      {t('competition.attempts.score', {
        score: r.score,
        grade: r.grade,
        passed: r.passed ? t('competition.attempts.passed') : t('competition.attempts.failed'),
      })}
    </span>
  );
}

function UploadState({ attempt, now }: { attempt: StoredAttempt; now: number }) {
  const { t } = useTranslation();
  const sending = useSending(attempt.id);
  const upload = attempt.upload;
  const view = viewOf(upload, sending);
  const tag = attempt.competition!;
  const problem = upload?.problem;
  const problemText = () => {
    if (!problem) return null;
    if (problem.code === 'no-station') return t('competition.attempts.noStation', { event: tag.eventName });
    const m = describeError(new ServerError(problem.status, problem.code, problem.message), tag.server);
    return t('competition.attempts.lastProblem', { message: t(m.key, m.values) });
  };
  return (
    <div className="wt-competition-upload" data-testid="upload-state" data-state={view}>
      {view === 'sending' && <span aria-busy="true">{t('competition.attempts.sending')}</span>}
      {view === 'pending' && (
        <>
          <strong className="wt-fail">{t('competition.attempts.pending')}</strong>
          {upload?.nextTryAt !== undefined && (
            <span className="wt-muted">
              {' '}
              · {t('competition.attempts.nextTry', { countdown: countdown(upload.nextTryAt, now) })}
            </span>
          )}{' '}
          <button
            type="button"
            className="wt-button wt-secondary"
            data-testid="upload-retry"
            onClick={() => void submissions().flush(true)}
          >
            {t('competition.attempts.retry')}
          </button>
          {problem && <div className="wt-muted">{problemText()}</div>}
        </>
      )}
      {view === 'verified' && upload?.verified && (
        <>
          <span className="wt-pass">{t('competition.attempts.verified')}</span>{' '}
          {upload.verified.replayed && <span className="wt-muted">{t('competition.attempts.replayed')}</span>}
        </>
      )}
      {view === 'refused' && (
        <div role="alert">
          <strong className="wt-fail">{t('competition.attempts.refused')}</strong>
          {problem && <div>{problemText()}</div>}
        </div>
      )}
    </div>
  );
}

function Comparison({ attempt }: { attempt: StoredAttempt }) {
  const { t } = useTranslation();
  const local = attempt.result;
  const server = attempt.upload?.state === 'verified' ? attempt.upload.verified : undefined;
  if (!local || !server) return null;
  const agree = resultsAgree(local, server);
  return (
    <p
      className={agree ? 'wt-muted' : 'wt-notice'}
      role={agree ? undefined : 'alert'}
      data-testid="results-agree"
      data-agree={agree}
    >
      {agree ? t('competition.attempts.agree') : t('competition.attempts.disagree')}
    </p>
  );
}

export function AttemptRow({ attempt, now }: { attempt: StoredAttempt; now: number }) {
  const server = attempt.upload?.state === 'verified' ? attempt.upload.verified : undefined;
  return (
    <tr data-testid="competition-attempt" data-attempt={attempt.id}>
      <td>{attempt.competition!.roundName}</td>
      <td>{attempt.result ? <Score r={attempt.result} testId="local-result" /> : '—'}</td>
      <td>{server ? <Score r={server} testId="server-result" /> : '—'}</td>
      <td>
        <UploadState attempt={attempt} now={now} />
        <Comparison attempt={attempt} />
      </td>
    </tr>
  );
}

export function AttemptList({ now }: { now: number }) {
  const { t } = useTranslation();
  // Finished attempts, and any given up at a resume prompt (submitted as they stand, without a local grade).
  const attempts = useStationStore((s) => s.attempts).filter(
    (a) => a.status === 'finished' || a.upload !== undefined,
  );
  return (
    <section aria-labelledby="wt-competition-attempts">
      <h3 id="wt-competition-attempts">{t('competition.attempts.title')}</h3>
      {attempts.length === 0 ? (
        <p className="wt-muted">{t('competition.attempts.none')}</p>
      ) : (
        <table className="wt-competition-attempts" data-testid="competition-attempts">
          <thead>
            <tr>
              <th scope="col">{t('competition.attempts.round')}</th>
              <th scope="col">{t('competition.attempts.local')}</th>
              <th scope="col">{t('competition.attempts.server')}</th>
              <th scope="col">{t('competition.attempts.state')}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <AttemptRow key={a.id} attempt={a} now={now} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The attempt that just ended: the local result at once, then the server's beside it. */
export function LastAttempt({ finished, now }: { finished: FinishedAttempt; now: number }) {
  const { t } = useTranslation();
  const attemptId = useFlowStore((s) => s.attemptId);
  const stored = useStationStore((s) => s.attempts).find((a) => a.id === attemptId);
  const sendingNow = useSending(attemptId ?? '');
  const r = finished.result;
  const server = stored?.upload?.state === 'verified' ? stored.upload.verified : undefined;
  const round = stored?.competition?.roundName ?? '';
  return (
    <section
      className="wt-panel wt-competition-last"
      aria-labelledby="wt-competition-last"
      data-testid="last-attempt"
    >
      <h3 id="wt-competition-last">{t('competition.last.title', { round })}</h3>
      <div className="wt-flow-result">
        <div>
          <span className="wt-muted">{t('competition.attempts.local')}</span>
          <strong data-testid="last-local-score">{r.score}</strong>
          <Score r={r} testId="last-local" />
        </div>
        <div>
          <span className="wt-muted">{t('competition.attempts.server')}</span>
          {server ? (
            <>
              <strong data-testid="last-server-score">{server.score}</strong>
              <Score r={server} testId="last-server" />
            </>
          ) : (
            <strong aria-busy={sendingNow || !stored?.upload}>—</strong>
          )}
        </div>
      </div>
      {!finished.saved && <p className="wt-muted">{t('competition.last.saving')}</p>}
      {finished.saveError && (
        <p className="wt-notice" role="alert">
          {t('competition.last.notSaved', { message: finished.saveError })}
        </p>
      )}
      {stored?.upload ? (
        <>
          <UploadState attempt={stored} now={now} />
          <Comparison attempt={stored} />
        </>
      ) : (
        <div className="wt-competition-upload" data-testid="upload-state" data-state="sending">
          <span aria-busy="true">{t('competition.attempts.sending')}</span>
        </div>
      )}
      <div className="wt-row">
        <button
          type="button"
          className="wt-button wt-secondary"
          data-testid="last-details"
          onClick={() => void showResults(finished)}
        >
          {t('competition.last.details')}
        </button>
      </div>
    </section>
  );
}

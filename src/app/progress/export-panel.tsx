// Export: each attempt as a file for `weldtwin replay`, and all graded attempts as xAPI statements (a file, or
// sent to the LRS the instructor configured).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../scenario/progress/index.ts';
import { attemptFileName, downloadJson } from '../attempts/download.ts';
import type { AttemptRecorder } from '../attempts/recorder.ts';
import type { StoredAttempt } from '../attempts/types.ts';
import { formatScore, formatWhen } from './format.ts';
import type { Trainee } from './trainee.ts';
import { loadLrsConfig, saveLrsConfig, sendStatements, statementsFor } from './xapi-export.ts';

export interface ExportPanelProps {
  attempts: readonly StoredAttempt[];
  catalogue: readonly CatalogueEntry[];
  trainee: Trainee;
  recorder: AttemptRecorder;
}

export function ExportPanel({ attempts, catalogue, trainee, recorder }: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const saved = loadLrsConfig();
  const [endpoint, setEndpoint] = useState(saved?.endpoint ?? '');
  const [authorization, setAuthorization] = useState(saved?.authorization ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const titleOf = (id: string) => catalogue.find((c) => c.id === id)?.title.en ?? id;
  const localTitle = (id: string) => {
    const e = catalogue.find((c) => c.id === id);
    return e ? (lang === 'zh-CN' ? e.title['zh-CN'] : e.title.en) : id;
  };
  const graded = attempts.filter((a) => a.result);
  const statements = () =>
    statementsFor(graded, {
      trainee: { id: trainee.id, name: trainee.name || trainee.id },
      homePage: location.origin + '/',
      titleOf,
    });
  const downloadAttempt = async (a: StoredAttempt) =>
    downloadJson(attemptFileName(a.scenarioId, a.startedAt), await recorder.exportFile(a.id));
  const send = async () => {
    const lrs = {
      endpoint: endpoint.trim(),
      ...(authorization.trim() ? { authorization: authorization.trim() } : {}),
    };
    saveLrsConfig(lrs);
    try {
      const count = await sendStatements(lrs, await statements());
      setMessage({ ok: true, text: t('progress.export.lrsSent', { count }) });
    } catch (e) {
      setMessage({
        ok: false,
        text: t('progress.export.lrsFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  return (
    <section className="wt-export" aria-labelledby="wt-export-title" data-testid="export-panel">
      <h3 id="wt-export-title">{t('progress.history.title')}</h3>
      {attempts.length === 0 ? <p className="wt-muted">{t('progress.export.noAttempts')}</p> : null}
      {attempts.length ? (
        <table className="wt-attempt-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.history.when')}</th>
              <th scope="col">{t('progress.history.scenario')}</th>
              <th scope="col">{t('progress.history.score')}</th>
              <th scope="col">{t('progress.history.grade')}</th>
              <th scope="col">{t('progress.history.status')}</th>
              <th scope="col">
                <span className="wt-sr-only">{t('progress.export.download')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...attempts].reverse().map((a) => (
              <tr key={a.id} data-testid="attempt-row">
                <td>{formatWhen(Date.parse(a.startedAt), lang)}</td>
                <td>{localTitle(a.scenarioId)}</td>
                <td>{a.result ? formatScore(a.result.score, lang) : '—'}</td>
                <td>{a.result?.grade ?? '—'}</td>
                <td>{t(`progress.history.statuses.${a.status}`)}</td>
                <td>
                  <button type="button" className="wt-link" onClick={() => void downloadAttempt(a)}>
                    {t('progress.export.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t('progress.export.title')}</h3>
      <div className="wt-row">
        <button
          type="button"
          className="wt-button"
          disabled={!graded.length}
          onClick={() => void statements().then((s) => downloadJson('weldtwin-xapi-statements.json', s))}
        >
          {t('progress.export.xapiFile')}
        </button>
      </div>
      <form
        className="wt-lrs"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label>
          {t('progress.export.lrsEndpoint')}
          <input
            type="url"
            required
            value={endpoint}
            placeholder="https://lrs.example.org/xapi/"
            onChange={(e) => setEndpoint(e.target.value)}
          />
        </label>
        <label>
          {t('progress.export.lrsAuthorization')}
          <input
            type="password"
            autoComplete="off"
            value={authorization}
            onChange={(e) => setAuthorization(e.target.value)}
          />
        </label>
        <button type="submit" className="wt-button" disabled={!graded.length || !endpoint.trim()}>
          {t('progress.export.xapiSend')}
        </button>
      </form>
      {message ? (
        <p role="status" className={message.ok ? 'wt-muted' : 'wt-danger'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

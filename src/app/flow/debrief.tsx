// The flow's own debrief, shown when this build has no results screen (src/app/results): score, grade,
// pass/fail with reasons, the rubric breakdown and coaching, and the ways on (try again, home).
import { useTranslation } from 'react-i18next';
import { useFlowStore } from './flow-store.ts';
import { leaveRunForHome } from './runtime.ts';
import { clock, pick } from './text.ts';

export function Debrief() {
  const { t, i18n } = useTranslation();
  const finished = useFlowStore((s) => s.finished);
  const set = useFlowStore((s) => s.set);
  if (!finished) return null;
  const { result, scenario, saved, saveError } = finished;
  const lang = i18n.language;
  const again = () => {
    const s = scenario;
    leaveRunForHome();
    set({ screen: 'briefing', current: s });
  };
  return (
    <div
      className="wt-flow-screen wt-flow-debrief"
      role="main"
      aria-labelledby="wt-debrief-title"
      data-testid="debrief"
      data-grade={result.grade}
      data-score={result.score}
    >
      <h2 id="wt-debrief-title">
        {t('flow.debrief.title')}: {pick(scenario.spec.title, lang)}
      </h2>
      <div className="wt-flow-result">
        <div>
          <span className="wt-muted">{t('flow.debrief.score')}</span>
          <strong data-testid="debrief-score">{result.score}</strong>
        </div>
        <div>
          <span className="wt-muted">{t('flow.debrief.grade')}</span>
          <strong data-testid="debrief-grade" data-grade={result.grade}>
            {result.grade}
          </strong>
        </div>
        <div>
          <span className={result.passed ? 'wt-pass' : 'wt-fail'} data-testid="debrief-passed">
            {result.passed ? t('flow.debrief.passed') : t('flow.debrief.failed')}
          </span>
        </div>
        <div>
          <span className="wt-muted">{t('flow.debrief.duration')}</span> {clock(result.durationS)} ·{' '}
          {t(`flow.debrief.ended.${result.endReason}`)}
        </div>
      </div>
      <p
        className={saveError ? 'wt-notice' : 'wt-muted'}
        role={saveError ? 'alert' : undefined}
        data-testid="debrief-saved"
        data-saved={saved}
      >
        {!saved
          ? t('flow.debrief.saving')
          : saveError
            ? t('flow.debrief.notSaved', { message: saveError })
            : t('flow.debrief.saved')}
      </p>
      {result.failReasons.length > 0 && (
        <>
          <h3>{t('flow.debrief.why')}</h3>
          <ul>
            {result.failReasons.map((r, i) => (
              <li key={i}>{pick(r, lang)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('flow.debrief.breakdown')}</h3>
      <table className="wt-flow-breakdown" data-testid="debrief-breakdown">
        <tbody>
          {result.breakdown.map((c) => (
            <tr key={c.component}>
              <th scope="row">{t(`flow.debrief.components.${c.component}`)}</th>
              <td>
                {c.points} / {c.weight}
              </td>
              <td className="wt-muted">
                {c.items.map((it) => `${pick(it.label, lang)}: ${it.detail}`).join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.coaching.length > 0 && (
        <>
          <h3>{t('flow.debrief.coaching')}</h3>
          <ul data-testid="debrief-coaching">
            {result.coaching.map((c, i) => (
              <li key={i}>{pick(c.advice, lang)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="wt-row">
        <button
          type="button"
          className="wt-button"
          data-testid="debrief-home"
          autoFocus
          onClick={leaveRunForHome}
        >
          {t('flow.debrief.home')}
        </button>
        <button type="button" className="wt-button wt-secondary" data-testid="debrief-again" onClick={again}>
          {t('flow.debrief.again')}
        </button>
      </div>
    </div>
  );
}

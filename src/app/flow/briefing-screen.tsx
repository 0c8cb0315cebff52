// A scenario's briefing: what the trainee learns, the cell and workpiece, the phases with their goals and time
// limits, and the start button (which starts and records a new attempt; a competition round's with its seed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlowStore } from './flow-store.ts';
import { beginScenario } from './runtime.ts';
import { clock, pick } from './text.ts';

export function BriefingScreen() {
  const { t, i18n } = useTranslation();
  const scenario = useFlowStore((s) => s.current);
  const error = useFlowStore((s) => s.error);
  const set = useFlowStore((s) => s.set);
  const goHome = useFlowStore((s) => s.goHome);
  const competition = useFlowStore((s) => s.competition);
  const [starting, setStarting] = useState(false);
  if (!scenario) return null;
  // A competition round's briefing goes back to the station view; a practice one to the home screen.
  const back = competition
    ? () => set({ screen: 'competition', current: null, competition: null, error: null })
    : goHome;
  const spec = scenario.spec;
  const lang = i18n.language;
  const wp = spec.cell.workpiece;
  const start = async () => {
    setStarting(true);
    try {
      if (competition) await beginScenario(scenario, competition.seed, competition.tag);
      else await beginScenario(scenario);
    } catch (e) {
      set({ error: t('flow.briefing.startFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setStarting(false);
    }
  };
  return (
    <div
      className="wt-flow-screen wt-flow-briefing"
      role="main"
      aria-labelledby="wt-briefing-title"
      data-testid="briefing-screen"
    >
      <h2 id="wt-briefing-title">{pick(spec.title, lang)}</h2>
      {competition && (
        <p className="wt-flow-meta" data-testid="briefing-competition">
          {t('competition.hud.badge', {
            event: competition.tag.eventName,
            round: competition.tag.roundName,
          })}
        </p>
      )}
      <p className="wt-flow-meta">
        {t(`flow.families.${spec.robotFamily}`)} · {t(`flow.layers.${spec.skillLayer}`)} ·{' '}
        {t('flow.home.level', { level: spec.level })} ·{' '}
        {t('flow.home.minutes', { minutes: spec.estimatedMinutes })}
      </p>
      <p className="wt-flow-text">{pick(spec.briefing, lang)}</p>
      <h3>{t('flow.briefing.learn')}</h3>
      <ul>
        {spec.briefing.objectives.map((o, i) => (
          <li key={i}>{pick(o, lang)}</li>
        ))}
      </ul>
      <h3>{t('flow.briefing.cell')}</h3>
      <p data-testid="briefing-cell">
        {t('flow.briefing.robot')}: {spec.cell.robot} · {t('flow.briefing.process')}: {spec.cell.process}
        <br />
        {t('flow.briefing.workpiece', {
          material: t(`flow.materials.${wp.material}`),
          thickness: wp.thicknessMm,
          joint: t(`flow.joints.${wp.joint}`),
          position: wp.position,
        })}
        {wp.lengthMm !== undefined ? ` · ${t('flow.briefing.length', { length: wp.lengthMm })}` : ''}
        {wp.pipeOdMm !== undefined ? ` · ${t('flow.briefing.pipe', { od: wp.pipeOdMm })}` : ''}
      </p>
      <h3>{t('flow.briefing.phases')}</h3>
      <ol className="wt-flow-phases" data-testid="briefing-phases">
        {spec.phases.map((p) => (
          <li key={p.id}>
            <strong>{pick(p.title, lang)}</strong>{' '}
            <span className="wt-muted">
              (
              {p.timeLimitS !== undefined
                ? t('flow.briefing.timeLimit', { time: clock(p.timeLimitS) })
                : t('flow.briefing.noTimeLimit')}
              )
            </span>
            {p.instructions && <div className="wt-flow-text">{pick(p.instructions, lang)}</div>}
            {p.goals.length > 0 && (
              <ul>
                {p.goals.map((g) => (
                  <li key={g.id}>{pick(g.description, lang)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p>{t('flow.briefing.total', { time: clock(spec.timeLimitS) })}</p>
      {error && (
        <p className="wt-notice" role="alert">
          {error}
        </p>
      )}
      <div className="wt-row">
        <button
          type="button"
          className="wt-button"
          data-testid="briefing-start"
          disabled={starting}
          autoFocus
          onClick={() => void start()}
        >
          {starting ? t('flow.briefing.starting') : t('flow.briefing.start')}
        </button>
        <button type="button" className="wt-button wt-secondary" data-testid="briefing-back" onClick={back}>
          {t('flow.briefing.back')}
        </button>
      </div>
    </div>
  );
}

// The running attempt's overlay: phase, its goal and a countdown, intervention prompts when the controller
// alarms or the safety system stops the robot, live coaching from broken rules, and the flow's buttons. Phase,
// goals and rules re-render on the sim store's runRevision; the countdown is written per frame into the DOM.
import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as c from '../controls/commands.ts';
import { useSimView } from '../desktop/use-sim-revision.ts';
import { CompetitionHudBadge } from '../competition/competition-hud.tsx';
import { TIME_SCALES, useSimStore, type ActiveRun } from '../stores/sim-store.ts';
import { causesFor } from './causes.ts';
import { useFlowStore } from './flow-store.ts';
import { MaintenancePanel } from './maintenance-panel.tsx';
import { worldPort } from './runtime.ts';
import { clock, pick, wholeSecondsLeft } from './text.ts';

function read(run: ActiveRun, name: string): unknown {
  return worldPort.readers.get(name)?.(run.world);
}

function Countdown({ run }: { run: ActiveRun }) {
  const { t } = useTranslation();
  const phaseEl = useRef<HTMLSpanElement>(null);
  const totalEl = useRef<HTMLSpanElement>(null);
  useSimStore((s) => s.runRevision);
  const st = run.state;
  const phaseStartS = st.timeS - st.phaseElapsedS;
  const limit = run.scenario.spec.phases[st.phaseIndex]?.timeLimitS;
  const total = run.scenario.spec.timeLimitS;
  useEffect(() => {
    // The whole seconds shown (clock() rounds up); the text is formatted only when one of them changes.
    let shownPhase = Number.NaN;
    let shownTotal = Number.NaN;
    const update = () => {
      const now = run.timeS;
      const p = limit !== undefined ? wholeSecondsLeft(limit - (now - phaseStartS)) : -1;
      const a = wholeSecondsLeft(total - now);
      if (p !== shownPhase && phaseEl.current) {
        shownPhase = p;
        phaseEl.current.textContent = p < 0 ? '—' : clock(p);
      }
      if (a !== shownTotal && totalEl.current) {
        shownTotal = a;
        totalEl.current.textContent = clock(a);
      }
    };
    update();
    return addAfterEffect(update);
  }, [run, limit, phaseStartS, total]);
  return (
    <div className="wt-flow-timer" aria-live="off">
      <span>
        {t('flow.hud.remaining')}: <strong ref={phaseEl} data-testid="phase-countdown" />
      </span>{' '}
      <span className="wt-muted">
        {t('flow.hud.attemptLeft')}: <span ref={totalEl} data-testid="attempt-countdown" />
      </span>
    </div>
  );
}

function Intervention({ run }: { run: ActiveRun }) {
  const { t } = useTranslation();
  const v = useSimView();
  const causes = causesFor(run.scenario.spec.injections);
  const [cause, setCause] = useState<string>(causes[0]!);
  const [reported, setReported] = useState<string | null>(null);
  const alarm = read(run, 'alarm.active') === true;
  const code = String(read(run, 'alarm.code') ?? '');
  const stopped = v.safety === 'protective-stop' || v.safety === 'e-stop';
  if (!alarm && !stopped && reported === null) return null;
  return (
    <div className="wt-flow-prompt" role="alert" data-testid="intervention">
      {alarm && <p>{t('flow.hud.alarm', { code })}</p>}
      {alarm && <p className="wt-muted">{t('flow.hud.alarmAct')}</p>}
      {stopped && <p>{v.safety === 'e-stop' ? t('flow.hud.eStop') : t('flow.hud.protectiveStop')}</p>}
      {stopped && <p className="wt-muted">{t('flow.hud.stopAct')}</p>}
      <label>
        {t('flow.hud.diagnose')}{' '}
        <select data-testid="diagnose-cause" value={cause} onChange={(e) => setCause(e.target.value)}>
          {causes.map((k) => (
            <option key={k} value={k}>
              {t(`flow.causes.${k}`, { defaultValue: k })}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        className="wt-button"
        data-testid="diagnose-submit"
        onClick={() => {
          c.diagnose(cause);
          setReported(cause);
        }}
      >
        {t('flow.hud.diagnoseSubmit')}
      </button>
      {reported !== null && (
        <p className="wt-muted">
          {t('flow.hud.diagnosed', { cause: t(`flow.causes.${reported}`, { defaultValue: reported }) })}
        </p>
      )}
    </div>
  );
}

function Coaching({ run, broken }: { run: ActiveRun; broken: readonly string[] }) {
  const { t, i18n } = useTranslation();
  if (broken.length === 0) return null;
  const rules = run.scenario.spec.rules;
  return (
    <div className="wt-flow-coaching" aria-live="polite" data-testid="coaching">
      <strong>{t('flow.hud.coaching')}</strong>
      <ul>
        {broken.map((id) => {
          const r = rules.find((x) => x.id === id);
          if (!r) return null;
          return (
            <li key={id} className={`wt-flow-rule-${r.severity}`}>
              {pick(r.message, i18n.language)}
              {r.advice && <div className="wt-muted">{pick(r.advice, i18n.language)}</div>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ScenarioHud() {
  const { t, i18n } = useTranslation();
  const run = useSimStore((s) => s.run);
  useSimStore((s) => s.runRevision);
  const timeScale = useSimStore((s) => s.timeScale);
  const setTimeScale = useSimStore((s) => s.setTimeScale);
  const timeScaleLocked = useSimStore((s) => s.timeScaleLocked);
  const ended = useSimStore((s) => s.runEnded);
  const [confirming, setConfirming] = useState(false);
  const competition = useFlowStore((s) => s.competition);
  if (!run) return null;
  const lang = i18n.language;
  const st = run.state;
  const spec = run.scenario.spec;
  const phase = spec.phases[st.phaseIndex];
  const needsMaintenance = spec.skillLayer === 'anomaly' || spec.skillLayer === 'maintenance';
  return (
    <section
      className="wt-panel wt-flow-hud"
      aria-label={pick(spec.title, lang)}
      data-testid="scenario-hud"
      data-phase={st.phaseId ?? ''}
      data-phase-index={st.phaseIndex}
    >
      {competition && <CompetitionHudBadge tag={competition.tag} />}
      <div className="wt-flow-meta">
        {t('flow.hud.phase', {
          index: Math.min(st.phaseIndex + 1, spec.phases.length),
          count: spec.phases.length,
        })}
      </div>
      <h2 data-testid="phase-title">{phase ? pick(phase.title, lang) : pick(spec.title, lang)}</h2>
      <Countdown run={run} />
      {phase?.instructions && <p className="wt-flow-text">{pick(phase.instructions, lang)}</p>}
      {phase && (
        <div data-testid="phase-goals">
          {phase.goals.length === 0 ? (
            <p className="wt-muted">{t('flow.hud.noGoals')}</p>
          ) : (
            <ul className="wt-flow-goals">
              {phase.goals.map((g, i) => {
                const met = st.goals[i]?.met ?? false;
                return (
                  <li key={g.id} className={met ? 'wt-met' : undefined} data-met={met}>
                    {met ? '✔ ' : '○ '}
                    {pick(g.description, lang)}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {ended ? (
        <p aria-busy="true">{t('flow.hud.ended')}</p>
      ) : (
        <>
          <div className="wt-row">
            <button type="button" className="wt-button" data-testid="phase-done" onClick={c.phaseDone}>
              {t('flow.hud.phaseDone')} <kbd>Q</kbd>
            </button>
            {timeScaleLocked ? (
              <span className="wt-inline" data-testid="time-scale-locked">
                {t('flow.hud.speedLocked')}
              </span>
            ) : (
              <label className="wt-inline">
                {t('flow.hud.speed')}{' '}
                <select
                  data-testid="time-scale"
                  value={timeScale}
                  onChange={(e) => setTimeScale(Number(e.target.value) as (typeof TIME_SCALES)[number])}
                >
                  {TIME_SCALES.map((s) => (
                    <option key={s} value={s}>
                      {s}×
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <Intervention run={run} />
          <Coaching run={run} broken={st.brokenRules} />
          {needsMaintenance && <MaintenancePanel run={run} />}
          {confirming ? (
            <div className="wt-row" role="group" aria-label={t('flow.hud.finishConfirm')}>
              <span>{t('flow.hud.finishConfirm')}</span>
              <button
                type="button"
                className="wt-button wt-danger"
                data-testid="finish-yes"
                autoFocus
                onClick={() => {
                  setConfirming(false);
                  c.finishAttempt();
                }}
              >
                {t('flow.hud.finishYes')}
              </button>
              <button type="button" className="wt-button wt-secondary" onClick={() => setConfirming(false)}>
                {t('flow.hud.finishNo')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="wt-button wt-secondary"
              data-testid="finish-attempt"
              onClick={() => setConfirming(true)}
            >
              {t('flow.hud.finish')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

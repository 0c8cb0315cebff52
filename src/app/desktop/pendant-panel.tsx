// The desktop teach pendant: mode, enabling switch, jog, freedrive, teach points, program, run controls, e-stop.
import { useTranslation } from 'react-i18next';
import type { WeavePattern } from '../../sim/motion/program.ts';
import * as c from '../controls/commands.ts';
import { JOG_FRAMES, usePendantStore } from '../stores/pendant-store.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { HoldButton } from './hold-button.tsx';
import { useSimView } from './use-sim-revision.ts';

const PATTERNS: readonly WeavePattern[] = ['zigzag', 'triangle', 'circular', 'sine'];

export function PendantPanel() {
  const { t } = useTranslation();
  const v = useSimView();
  const p = usePendantStore();
  const family = useSimStore((s) => s.family);
  const axisNames = t(p.jogFrame === 'joint' ? 'pendant.axisNames.joint' : 'pendant.axisNames.cart', {
    returnObjects: true,
  }) as string[];
  return (
    <section className="wt-panel wt-pendant" aria-label={t('pendant.title')} data-testid="pendant">
      <h2>{t('pendant.title')}</h2>
      <div className="wt-row">
        <button type="button" className="wt-estop" data-testid="estop" onClick={c.eStop}>
          {t('pendant.eStop')}
        </button>
        <button
          type="button"
          className="wt-button wt-secondary"
          data-testid="reset-stops"
          onClick={c.resetStops}
        >
          {v.safety === 'e-stop' ? t('pendant.resetEStop') : t('pendant.resetProtective')}
        </button>
      </div>
      <div className="wt-row">
        <span>{t('pendant.mode')}:</span>
        <button type="button" className="wt-button wt-secondary" data-testid="mode" onClick={c.toggleMode}>
          {v.mode === 'manual' ? t('pendant.manual') : t('pendant.auto')}
        </button>
      </div>
      <div className="wt-row">
        <HoldButton
          testId="enabling"
          className={`wt-button wt-enabling ${v.enablingDevice === 'enabled' ? 'wt-on' : ''}`}
          onDown={() => c.setEnabling('enabled')}
          onUp={() => c.setEnabling('released')}
        >
          {t('pendant.enablingHold')}
        </HoldButton>
        <span data-testid="enabling-state">{t(`pendant.enablingState.${v.enablingDevice}`)}</span>
      </div>
      <fieldset>
        <legend>{t('pendant.jogFrame')}</legend>
        <div className="wt-row">
          <select
            data-testid="jog-frame"
            value={p.jogFrame}
            onChange={(e) => p.set({ jogFrame: e.target.value as (typeof JOG_FRAMES)[number] })}
          >
            {JOG_FRAMES.map((f) => (
              <option key={f} value={f}>
                {t(`pendant.frames.${f}`)}
              </option>
            ))}
          </select>
          <select
            data-testid="jog-axis"
            aria-label={t('pendant.axis')}
            value={p.jogAxis}
            onChange={(e) => c.selectJogAxis(Number(e.target.value))}
          >
            {axisNames.map((name, i) => (
              <option key={name} value={i}>
                {name}
              </option>
            ))}
          </select>
          <HoldButton testId="jog-minus" onDown={() => c.jog(-1)} onUp={() => c.jog(0)}>
            {t('pendant.jogMinus')}
          </HoldButton>
          <HoldButton testId="jog-plus" onDown={() => c.jog(1)} onUp={() => c.jog(0)}>
            {t('pendant.jogPlus')}
          </HoldButton>
        </div>
        {family === 'cobot' && (
          <button
            type="button"
            className={`wt-button wt-secondary ${v.freedrive ? 'wt-on' : ''}`}
            data-testid="freedrive"
            onClick={c.toggleFreedrive}
          >
            {v.freedrive ? t('pendant.freedriveOn') : t('pendant.freedriveOff')}
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('pendant.points')}</legend>
        <div className="wt-row">
          <button
            type="button"
            className="wt-button"
            data-testid="record-point"
            onClick={() => c.recordPoint()}
          >
            {t('pendant.recordPoint')}
          </button>
          <span data-testid="points">{p.points.length ? p.points.join(' ') : t('pendant.noPoints')}</span>
        </div>
        {p.points.length > 0 && (
          <label className="wt-inline">
            {t('pendant.moveTo')}{' '}
            <select
              data-testid="target-point"
              value={p.targetPoint ?? p.points[p.points.length - 1]}
              onChange={(e) => p.set({ targetPoint: e.target.value })}
            >
              {p.points.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
        )}
        <div className="wt-grid2">
          <label>
            {t('pendant.speed')}
            <input
              type="number"
              min={0.5}
              max={250}
              step={0.5}
              value={p.speedMmPerS}
              data-testid="move-speed"
              onChange={(e) => p.set({ speedMmPerS: Number(e.target.value) })}
            />
          </label>
          <label>
            {t('pendant.zone')}
            <input
              type="number"
              min={0}
              max={50}
              step={1}
              value={p.zoneMm}
              onChange={(e) => p.set({ zoneMm: Number(e.target.value) })}
            />
          </label>
          <label className="wt-check">
            <input
              type="checkbox"
              checked={p.arcOnMove}
              data-testid="arc-on-move"
              onChange={(e) => p.set({ arcOnMove: e.target.checked })}
            />
            {t('pendant.arcOnMove')}
          </label>
          <label className="wt-check">
            <input
              type="checkbox"
              checked={p.weaveOn}
              onChange={(e) => p.set({ weaveOn: e.target.checked })}
            />
            {t('pendant.weave')}
          </label>
        </div>
        {p.weaveOn && (
          <div className="wt-grid3">
            <label>
              {t('pendant.weavePattern')}
              <select
                value={p.weave.pattern}
                onChange={(e) => p.set({ weave: { ...p.weave, pattern: e.target.value as WeavePattern } })}
              >
                {PATTERNS.map((pt) => (
                  <option key={pt} value={pt}>
                    {t(`pendant.patterns.${pt}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('pendant.weaveWidth')}
              <input
                type="number"
                min={0.5}
                max={30}
                step={0.5}
                value={p.weave.widthMm}
                onChange={(e) => p.set({ weave: { ...p.weave, widthMm: Number(e.target.value) } })}
              />
            </label>
            <label>
              {t('pendant.weaveFrequency')}
              <input
                type="number"
                min={0.1}
                max={10}
                step={0.1}
                value={p.weave.frequencyHz}
                onChange={(e) => p.set({ weave: { ...p.weave, frequencyHz: Number(e.target.value) } })}
              />
            </label>
          </div>
        )}
        <div className="wt-row">
          <button type="button" className="wt-button" data-testid="move-j" onClick={() => c.addMove('J')}>
            {t('pendant.moveJ')}
          </button>
          <button type="button" className="wt-button" data-testid="move-l" onClick={() => c.addMove('L')}>
            {t('pendant.moveL')}
          </button>
          <button
            type="button"
            className="wt-button"
            data-testid="move-c"
            disabled={p.points.length < 2}
            title={p.points.length < 2 ? t('pendant.needTwoPoints') : undefined}
            onClick={() => c.addMove('C')}
          >
            {t('pendant.moveC')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>
          {t('pendant.program')} —{' '}
          <span data-testid="program-state">{t(`pendant.programState.${v.programState}`)}</span>
        </legend>
        {p.program.length === 0 ? (
          <div className="wt-muted">{t('pendant.programEmpty')}</div>
        ) : (
          <ol className="wt-program" data-testid="program">
            {p.program.map((line, i) => (
              <li key={i} className={v.programPointer === i ? 'wt-current' : undefined}>
                Move{line.move} {line.via ? `${line.via}, ` : ''}
                {line.target} v{line.speedMmPerS} {line.zoneMm === 'fine' ? 'fine' : `z${line.zoneMm}`}
                {line.arc ? ' ⚡' : ''}
                {line.weave ? ' ∿' : ''}{' '}
                <button type="button" className="wt-link" onClick={() => c.deleteMove(i)}>
                  {t('pendant.deleteMove')}
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="wt-row">
          <button type="button" className="wt-button" data-testid="step" onClick={c.stepProgram}>
            {t('pendant.step')}
          </button>
          <button type="button" className="wt-button" data-testid="run" onClick={c.runProgram}>
            {t('pendant.run')}
          </button>
          <button
            type="button"
            className="wt-button wt-secondary"
            data-testid="pause"
            onClick={c.pauseProgram}
          >
            {t('pendant.pause')}
          </button>
          <button type="button" className="wt-button wt-secondary" data-testid="stop" onClick={c.stopProgram}>
            {t('pendant.stop')}
          </button>
          <button type="button" className="wt-button wt-secondary" onClick={c.clearProgram}>
            {t('pendant.clearProgram')}
          </button>
        </div>
      </fieldset>
      <div className="wt-row">
        <label>
          {t('pendant.speedOverride')} {v.speedOverridePercent} %
          <input
            type="range"
            min={1}
            max={100}
            value={v.speedOverridePercent}
            data-testid="speed-override"
            onChange={(e) => c.setSpeedOverride(Number(e.target.value))}
          />
        </label>
        <button
          type="button"
          className={`wt-button ${v.arcOn ? 'wt-danger' : 'wt-secondary'}`}
          data-testid="arc"
          onClick={c.toggleArc}
        >
          {v.arcOn ? t('pendant.arcOff') : t('pendant.arcOn')}
        </button>
      </div>
    </section>
  );
}

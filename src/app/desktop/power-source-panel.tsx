// Power source and wire feeder panel: process, wire, WFS or current, voltage, travel speed, gas and flow.
// Each change is a setWeld intent; the sim decides what the arc does with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process, ShieldingGas } from '../../sim/cell/types.ts';
import { WELD_SETTING_RANGES, type WeldSettings } from '../../sim/cell/weld-settings.ts';
import type { WeldSettingKey } from '../../sim/intents.ts';
import { predictPanel } from '../../sim/systems/panel-prediction.ts';
import { DEFAULT_WELD_SETTINGS } from '../sim/default-settings.ts';
import { useSimStore } from '../stores/sim-store.ts';

const PROCESSES: readonly Process[] = ['GMAW', 'FCAW', 'GTAW', 'SMAW', 'SAW'];
const GASES: readonly ShieldingGas[] = ['Ar-18CO2', 'Ar-8CO2', 'CO2', 'Ar-2O2', 'Ar', 'Ar-He', 'none'];
const WIRES = [0.8, 0.9, 1.0, 1.2, 1.4, 1.6] as const;

type NumericKey = 'wireFeedSpeedMPerMin' | 'currentA' | 'voltageV' | 'travelSpeedMmPerS' | 'gasFlowLPerMin';

const STEPS: Record<NumericKey, number> = {
  wireFeedSpeedMPerMin: 0.1,
  currentA: 1,
  voltageV: 0.1,
  travelSpeedMmPerS: 0.1,
  gasFlowLPerMin: 0.5,
};

export function PowerSourcePanel() {
  const { t } = useTranslation();
  const send = useSimStore((s) => s.send);
  // The panel starts from the world's settings (a scenario may preset them) and then shows what was dialled.
  const [values, setValues] = useState<WeldSettings>(() => ({
    ...(useSimStore.getState().world?.settings ?? DEFAULT_WELD_SETTINGS),
  }));
  const update = (key: WeldSettingKey, value: number | string | boolean) => {
    setValues((v) => ({ ...v, [key]: value }));
    send({ type: 'setWeld', key, value });
  };
  const wireFed = values.process === 'GMAW' || values.process === 'FCAW' || values.process === 'SAW';
  const numeric = (key: NumericKey, label: string) => {
    const [lo, hi] = WELD_SETTING_RANGES[key];
    return (
      <label className="wt-knob" key={key}>
        <span>{label}</span>
        <input
          type="range"
          min={lo}
          max={hi}
          step={STEPS[key]}
          value={values[key]}
          data-testid={`weld-${key}`}
          onChange={(e) => update(key, Number(e.target.value))}
        />
        <input
          type="number"
          min={lo}
          max={hi}
          step={STEPS[key]}
          value={values[key]}
          aria-label={label}
          onChange={(e) => update(key, Number(e.target.value))}
        />
      </label>
    );
  };
  return (
    <section className="wt-panel wt-power" aria-label={t('power.title')} data-testid="power-source">
      <h2>{t('power.title')}</h2>
      <div className="wt-grid2">
        <label>
          {t('power.process')}
          <select value={values.process} onChange={(e) => update('process', e.target.value)}>
            {PROCESSES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          {t('power.wire')}
          <select
            value={values.wireDiameterMm}
            onChange={(e) => update('wireDiameterMm', Number(e.target.value))}
          >
            {WIRES.map((w) => (
              <option key={w} value={w}>
                {w.toFixed(1)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {wireFed ? numeric('wireFeedSpeedMPerMin', t('power.wfs')) : numeric('currentA', t('power.current'))}
      {numeric('voltageV', t('power.voltage'))}
      {numeric('travelSpeedMmPerS', t('power.travel'))}
      <div className="wt-grid2">
        <label>
          {t('power.gas')}
          <select value={values.shieldingGas} onChange={(e) => update('shieldingGas', e.target.value)}>
            {GASES.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
        <label className="wt-check">
          <input
            type="checkbox"
            checked={values.pulsed}
            onChange={(e) => update('pulsed', e.target.checked)}
          />
          {t('power.pulsed')}
        </label>
      </div>
      {numeric('gasFlowLPerMin', t('power.gasFlow'))}
      <PanelDisplay settings={values} />
    </section>
  );
}

/** The synergic display: what the twin's weld model predicts for the dialled set-up (src/sim, not the app). */
function PanelDisplay({ settings }: { settings: WeldSettings }) {
  const { t } = useTranslation();
  const world = useSimStore.getState().world;
  if (!world) return null;
  const p = predictPanel(world, settings);
  return (
    <section className="wt-power-display" aria-label={t('power.display')} data-testid="power-display">
      <h3>{t('power.display')}</h3>
      <dl>
        <dt>{t('power.displayCurrent')}</dt>
        <dd data-testid="power-display-current">{Math.round(p.currentA)} A</dd>
        <dt>{t('power.displayVoltage')}</dt>
        <dd>{p.voltageV.toFixed(1)} V</dd>
        <dt>{t('power.displayMode')}</dt>
        <dd data-testid="power-display-mode">{t(`power.mode.${p.transferMode}`)}</dd>
        <dt>{t('power.displayHeat')}</dt>
        <dd>{p.heatInputKJPerMm.toFixed(2)} kJ/mm</dd>
      </dl>
    </section>
  );
}

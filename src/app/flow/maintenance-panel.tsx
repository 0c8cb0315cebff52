// Inspection, diagnosis and maintenance at the cell for anomaly and maintenance scenarios: look at a part, name
// a cause, hold the program, reset alarms, and do the repairs the twin models (fault intents of src/sim/faults).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECT_TARGETS } from '../../scenario/schema/domain-enums.ts';
import type { InspectTarget } from '../../sim/faults/fault-intent-types.ts';
import type { Intent } from '../../sim/intents.ts';
import * as c from '../controls/commands.ts';
import type { ActiveRun } from '../stores/sim-store.ts';
import { causesFor } from './causes.ts';

/** Repairs offered as one-press actions (the ones that need a value have their own field). */
const REMEDIES = [
  'openGasValve',
  'replaceGasBottle',
  'repairGasLeak',
  'replaceContactTip',
  'cleanNozzle',
  'antiSpatter',
  'replaceTorchNeck',
  'rethreadWire',
  'replaceLiner',
  'cutWire',
  'resetCollisionSensor',
  'tightenEarthClamp',
  'enableTouchSensing',
  'enableSeamTracking',
  'reseatRing',
  'rehomeCarriage',
  'tcpCalibrationApply',
] as const;
type Remedy = (typeof REMEDIES)[number];
const LEAK_AT = ['regulator', 'hose', 'torch-connection'] as const;

function remedyIntent(r: Remedy, leakAt: (typeof LEAK_AT)[number]): Intent {
  if (r === 'repairGasLeak') return { type: 'repairGasLeak', location: leakAt };
  return { type: r };
}

export function MaintenancePanel({ run }: { run: ActiveRun }) {
  const { t } = useTranslation();
  const causes = causesFor(run.scenario.spec.injections);
  const [target, setTarget] = useState<InspectTarget>(INSPECT_TARGETS[0]);
  const [remedy, setRemedy] = useState<Remedy>(REMEDIES[0]);
  const [leakAt, setLeakAt] = useState<(typeof LEAK_AT)[number]>('hose');
  const [cause, setCause] = useState<string>(causes[0]!);
  return (
    <details className="wt-flow-maintenance" data-testid="maintenance" open>
      <summary>{t('flow.maintenance.title')}</summary>
      <div className="wt-row">
        <button
          type="button"
          className="wt-button wt-secondary"
          data-testid="hold-program"
          onClick={c.holdProgram}
        >
          {t('flow.maintenance.hold')}
        </button>
        <button
          type="button"
          className="wt-button wt-secondary"
          data-testid="reset-alarms"
          onClick={c.resetAlarms}
        >
          {t('flow.maintenance.resetAlarms')}
        </button>
      </div>
      <div className="wt-row">
        <select
          aria-label={t('flow.maintenance.target')}
          data-testid="inspect-target"
          value={target}
          onChange={(e) => setTarget(e.target.value as InspectTarget)}
        >
          {INSPECT_TARGETS.map((x) => (
            <option key={x} value={x}>
              {t(`flow.maintenance.targets.${x}`)}
            </option>
          ))}
        </select>
        <button type="button" className="wt-button" data-testid="inspect" onClick={() => c.inspect(target)}>
          {t('flow.maintenance.inspect')}
        </button>
      </div>
      <div className="wt-row">
        <select
          aria-label={t('flow.hud.diagnose')}
          data-testid="maintenance-cause"
          value={cause}
          onChange={(e) => setCause(e.target.value)}
        >
          {causes.map((k) => (
            <option key={k} value={k}>
              {t(`flow.causes.${k}`, { defaultValue: k })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="wt-button"
          data-testid="maintenance-diagnose"
          onClick={() => c.diagnose(cause)}
        >
          {t('flow.hud.diagnoseSubmit')}
        </button>
      </div>
      <div className="wt-row">
        <select
          aria-label={t('flow.maintenance.remedy')}
          data-testid="remedy"
          value={remedy}
          onChange={(e) => setRemedy(e.target.value as Remedy)}
        >
          {REMEDIES.map((r) => (
            <option key={r} value={r}>
              {t(`flow.maintenance.remedies.${r}`)}
            </option>
          ))}
        </select>
        {remedy === 'repairGasLeak' && (
          <select
            aria-label={t('flow.maintenance.leakAt')}
            value={leakAt}
            onChange={(e) => setLeakAt(e.target.value as (typeof LEAK_AT)[number])}
          >
            {LEAK_AT.map((l) => (
              <option key={l} value={l}>
                {t(`flow.maintenance.locations.${l}`)}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          className="wt-button"
          data-testid="remedy-do"
          onClick={() => c.maintain(remedyIntent(remedy, leakAt))}
        >
          {t('flow.maintenance.do')}
        </button>
      </div>
    </details>
  );
}

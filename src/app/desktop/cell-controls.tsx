// Controls only some cells have: the positioner's tilt and rotate (industrial) and the orbital weld
// controller's sector program (pipe cell).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrbitalSector } from '../../sim/intents.ts';
import { useSimStore } from '../stores/sim-store.ts';

const DEG = Math.PI / 180;

function PositionerControls() {
  const { t } = useTranslation();
  const send = useSimStore((s) => s.send);
  const [tilt, setTilt] = useState(0);
  const [rotate, setRotate] = useState(0);
  const apply = (tiltDeg: number, rotateDeg: number) => {
    setTilt(tiltDeg);
    setRotate(rotateDeg);
    send({ type: 'setPositioner', joints: [tiltDeg * DEG, rotateDeg * DEG] });
  };
  return (
    <section
      className="wt-panel wt-cell-controls"
      aria-label={t('positioner.title')}
      data-testid="positioner"
    >
      <h2>{t('positioner.title')}</h2>
      <label className="wt-knob">
        {t('positioner.tilt')} {tilt}°
        <input
          type="range"
          min={-135}
          max={135}
          step={5}
          value={tilt}
          data-testid="positioner-tilt"
          onChange={(e) => apply(Number(e.target.value), rotate)}
        />
      </label>
      <label className="wt-knob">
        {t('positioner.rotate')} {rotate}°
        <input
          type="range"
          min={-360}
          max={360}
          step={5}
          value={rotate}
          data-testid="positioner-rotate"
          onChange={(e) => apply(tilt, Number(e.target.value))}
        />
      </label>
    </section>
  );
}

// A 5G uphill root on NPS 8: current stepped down past 3 and 9 o'clock where heat builds up (domain/robots.md
// §2.2, Kemppi A7 §3.1.1); 2.5 mm/s travel, 4 mm oscillation at 1.5 Hz [stated starting values for the trainee to tune].
export const DEFAULT_SECTORS: OrbitalSector[] = [
  {
    fromDeg: 0,
    toDeg: 90,
    currentPercent: 100,
    travelSpeedMmPerS: 2.5,
    oscillationWidthMm: 4,
    oscillationHz: 1.5,
  },
  {
    fromDeg: 90,
    toDeg: 180,
    currentPercent: 92,
    travelSpeedMmPerS: 2.5,
    oscillationWidthMm: 4,
    oscillationHz: 1.5,
  },
  {
    fromDeg: 180,
    toDeg: 270,
    currentPercent: 92,
    travelSpeedMmPerS: 2.5,
    oscillationWidthMm: 4,
    oscillationHz: 1.5,
  },
  {
    fromDeg: 270,
    toDeg: 360,
    currentPercent: 96,
    travelSpeedMmPerS: 2.5,
    oscillationWidthMm: 4,
    oscillationHz: 1.5,
  },
];

const SECTOR_FIELDS = ['currentPercent', 'travelSpeedMmPerS', 'oscillationWidthMm', 'oscillationHz'] as const;

function OrbitalProgram() {
  const { t } = useTranslation();
  const send = useSimStore((s) => s.send);
  const [sectors, setSectors] = useState<OrbitalSector[]>(DEFAULT_SECTORS);
  const edit = (i: number, key: (typeof SECTOR_FIELDS)[number], value: number) =>
    setSectors((all) => all.map((s, j) => (j === i ? { ...s, [key]: value } : s)));
  return (
    <section
      className="wt-panel wt-cell-controls"
      aria-label={t('orbital.title')}
      data-testid="orbital-program"
    >
      <h2>{t('orbital.title')}</h2>
      <table className="wt-sectors">
        <thead>
          <tr>
            <th>{t('orbital.sector')}</th>
            {SECTOR_FIELDS.map((f) => (
              <th key={f}>{t(`orbital.${f}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sectors.map((s, i) => (
            <tr key={i}>
              <td>
                {s.fromDeg}–{s.toDeg}°
              </td>
              {SECTOR_FIELDS.map((f) => (
                <td key={f}>
                  <input
                    type="number"
                    step={f === 'currentPercent' ? 1 : 0.1}
                    value={s[f]}
                    aria-label={`${t('orbital.sector')} ${i + 1} ${t(`orbital.${f}`)}`}
                    onChange={(e) => edit(i, f, Number(e.target.value))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="wt-button"
        data-testid="orbital-send"
        onClick={() => send({ type: 'setOrbitalProgram', sectors: sectors.map((s) => ({ ...s })) })}
      >
        {t('orbital.send')}
      </button>
    </section>
  );
}

export function CellControls() {
  const family = useSimStore((s) => s.family);
  if (family === 'industrial') return <PositionerControls />;
  if (family === 'orbital') return <OrbitalProgram />;
  return null;
}

// Live technique gauges and arc readings, written straight into the DOM after each rendered frame
// (R3F addAfterEffect): no React render per frame, and text changes only when the shown value changes.
import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSimStore } from '../stores/sim-store.ts';
import type { SimView } from '../sim/sim-view.ts';

interface Gauge {
  id: string;
  label: string;
  unit: string;
  decimals: number;
  read: (v: SimView) => number;
  /** Only meaningful while the torch is at the seam. */
  technique: boolean;
}

const GAUGES: readonly Omit<Gauge, 'label'>[] = [
  { id: 'ctwd', unit: 'mm', decimals: 1, read: (v) => v.technique.ctwdMm, technique: true },
  { id: 'work', unit: '°', decimals: 0, read: (v) => v.technique.workAngleDeg, technique: true },
  { id: 'travelAngle', unit: '°', decimals: 0, read: (v) => v.technique.travelAngleDeg, technique: true },
  { id: 'speed', unit: 'mm/s', decimals: 1, read: (v) => v.technique.travelSpeedMmPerS, technique: true },
  { id: 'aim', unit: 'mm', decimals: 1, read: (v) => v.technique.aimMm, technique: true },
  { id: 'current', unit: 'A', decimals: 0, read: (v) => v.currentA, technique: false },
  { id: 'voltage', unit: 'V', decimals: 1, read: (v) => v.voltageV, technique: false },
];

export function TechniqueGauges() {
  const { t } = useTranslation();
  const cells = useRef<(HTMLElement | null)[]>([]);
  useEffect(() => {
    // Last shown value per gauge, in units of its display precision (NaN = shown as "—").
    const shown = new Float64Array(GAUGES.length).fill(Number.POSITIVE_INFINITY);
    return addAfterEffect(() => {
      const v = useSimStore.getState().view;
      for (let i = 0; i < GAUGES.length; i++) {
        const g = GAUGES[i]!;
        const el = cells.current[i];
        if (!el) continue;
        const valid = !g.technique || v.technique.valid;
        const scale = 10 ** g.decimals;
        const q = valid ? Math.round(g.read(v) * scale) : Number.NaN;
        if (q === shown[i] || (Number.isNaN(q) && Number.isNaN(shown[i]!))) continue;
        shown[i] = q;
        el.textContent = Number.isNaN(q) ? '—' : (q / scale).toFixed(g.decimals);
      }
    });
  }, []);
  return (
    <section className="wt-gauges" aria-label={t('gauges.title')} data-testid="gauges">
      {GAUGES.map((g, i) => (
        <div className="wt-gauge" key={g.id}>
          <div className="wt-gauge-label">{t(`gauges.${g.id}`)}</div>
          <div className="wt-gauge-value">
            <span
              data-testid={`gauge-${g.id}`}
              ref={(el) => {
                cells.current[i] = el;
              }}
            >
              —
            </span>{' '}
            <small>{g.unit}</small>
          </div>
        </div>
      ))}
    </section>
  );
}

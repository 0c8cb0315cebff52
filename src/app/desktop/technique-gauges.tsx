// Live technique gauges and arc readings, written straight into the DOM after each rendered frame
// (R3F addAfterEffect): no React render per frame, and text changes only when the shown value changes.
import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nominalWindow } from '../../sim/weld/nominal-window.ts';
import { useSimStore } from '../stores/sim-store.ts';
import type { SimView } from '../sim/sim-view.ts';
import type { SimWorld } from '../sim/world-adapter.ts';

/**
 * Good bands (domain/welding.md §8 [model]): work angle ±5° of ideal, travel angle ±5° of nominal, CTWD and travel
 * speed from the set-up's nominal window, aim ±1 mm (±1.5 mm on fillets). Computed when the set-up changes.
 */
const ANGLE_BAND_DEG = 5;
const AIM_BAND_MM = 1;
const AIM_BAND_FILLET_MM = 1.5;

interface Bands {
  ctwd: [number, number];
  work: [number, number];
  travelAngle: [number, number];
  speed: [number, number];
  aim: [number, number];
}

function bandsFor(w: SimWorld): Bands | null {
  const wp = w.cell.workpiece;
  const s = w.settings;
  try {
    const win = nominalWindow({
      process: s.process,
      material: wp.material,
      joint: wp.joint,
      position: wp.position,
      shieldingGas: s.shieldingGas,
      thicknessMm: wp.thicknessMm,
      wireDiameterMm: s.wireDiameterMm,
      rootGapMm: wp.gapMm,
    });
    const aim = wp.joint === 'butt' ? AIM_BAND_MM : AIM_BAND_FILLET_MM;
    return {
      ctwd: win.ctwdRangeMm,
      work: [win.workAngleDeg - ANGLE_BAND_DEG, win.workAngleDeg + ANGLE_BAND_DEG],
      travelAngle: [win.travelAngleDeg - ANGLE_BAND_DEG, win.travelAngleDeg + ANGLE_BAND_DEG],
      speed: win.travelRangeMmPerS,
      aim: [-aim, aim],
    };
  } catch {
    return null;
  }
}

interface Gauge {
  id: keyof Bands | 'current' | 'voltage';
  unit: string;
  /** Digits after the decimal point. */
  decimals: 0 | 1;
  /** Only meaningful while the torch is at the seam. */
  technique: boolean;
}

/** The gauges in display order; readGauges fills their values in the same order. */
const GAUGES: readonly Gauge[] = [
  { id: 'ctwd', unit: 'mm', decimals: 1, technique: true },
  { id: 'work', unit: '°', decimals: 0, technique: true },
  { id: 'travelAngle', unit: '°', decimals: 0, technique: true },
  { id: 'speed', unit: 'mm/s', decimals: 1, technique: true },
  { id: 'aim', unit: 'mm', decimals: 1, technique: true },
  { id: 'current', unit: 'A', decimals: 0, technique: false },
  { id: 'voltage', unit: 'V', decimals: 1, technique: false },
];

/**
 * The gauges' values into `out` (GAUGES order). One function writing a typed array, not a reader per gauge: a
 * double returned from a call that is not inlined is boxed, seven times a frame.
 */
function readGauges(v: SimView, out: Float64Array): void {
  const t = v.technique;
  out[0] = t.ctwdMm;
  out[1] = t.workAngleDeg;
  out[2] = t.travelAngleDeg;
  out[3] = t.travelSpeedMmPerS;
  out[4] = t.aimMm;
  out[5] = v.currentA;
  out[6] = v.voltageV;
}

export function TechniqueGauges() {
  const { t } = useTranslation();
  const cells = useRef<(HTMLElement | null)[]>([]);
  useEffect(() => {
    // Last shown value per gauge, in units of its display precision (NaN = shown as "—").
    const shown = new Float64Array(GAUGES.length).fill(Number.POSITIVE_INFINITY);
    const values = new Float64Array(GAUGES.length);
    // -1 unknown, 0 out of band, 1 in band.
    const inBand = new Int8Array(GAUGES.length).fill(-1);
    let bands: Bands | null = null;
    let bandKey: { world: SimWorld | null; process: string; gas: string; wire: number } = {
      world: null,
      process: '',
      gas: '',
      wire: 0,
    };
    return addAfterEffect(() => {
      const { view: v, world } = useSimStore.getState();
      if (
        world &&
        (world !== bandKey.world ||
          world.settings.process !== bandKey.process ||
          world.settings.shieldingGas !== bandKey.gas ||
          world.settings.wireDiameterMm !== bandKey.wire)
      ) {
        bandKey = {
          world,
          process: world.settings.process,
          gas: world.settings.shieldingGas,
          wire: world.settings.wireDiameterMm,
        };
        bands = bandsFor(world);
      }
      readGauges(v, values);
      for (let i = 0; i < GAUGES.length; i++) {
        const g = GAUGES[i]!;
        const el = cells.current[i];
        if (!el) continue;
        const valid = !g.technique || v.technique.valid;
        const value = values[i]!;
        const scale = g.decimals === 0 ? 1 : 10;
        const q = valid ? Math.round(value * scale) : Number.NaN;
        const band = bands && g.id !== 'current' && g.id !== 'voltage' ? bands[g.id] : null;
        const ok = band && valid ? (value >= band[0] && value <= band[1] ? 1 : 0) : -1;
        if (ok !== inBand[i]) {
          inBand[i] = ok;
          const box = el.parentElement?.parentElement;
          box?.classList.toggle('wt-in-band', ok === 1);
          box?.classList.toggle('wt-out-band', ok === 0);
        }
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

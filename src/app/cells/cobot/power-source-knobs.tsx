// The power source's front panel in 3D: wire-feed-speed and voltage knobs with − / + keys and a display.
// The keys are pressable by the XR ray and trigger, or clicked with the mouse; each press is a setWeld intent.
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CanvasTexture, type Group, type Mesh, SRGBColorSpace } from 'three';
import { WELD_SETTING_RANGES } from '../../../sim/cell/weld-settings.ts';
import { addPressable } from '../../scene/scene-refs.ts';
import { useSimStore } from '../../stores/sim-store.ts';
import type { CobotLayout } from './scenery.ts';

type KnobKey = 'wireFeedSpeedMPerMin' | 'voltageV';

interface Knob {
  key: KnobKey;
  label: string;
  /** One key press, in the setting's unit (0.5 m/min and 0.5 V: one detent of a typical panel encoder). */
  step: number;
  x: number;
}

const KNOBS: readonly Knob[] = [
  { key: 'wireFeedSpeedMPerMin', label: 'power.wfs', step: 0.5, x: -0.08 },
  { key: 'voltageV', label: 'power.voltage', step: 0.5, x: 0.08 },
];
/** Knob travel end to end (a 270° potentiometer sweep). */
const SWEEP = (270 * Math.PI) / 180;

function nudge(key: KnobKey, step: number): void {
  const { world, send } = useSimStore.getState();
  if (!world) return;
  const [lo, hi] = WELD_SETTING_RANGES[key];
  const value = Math.round(Math.min(hi, Math.max(lo, world.settings[key] + step)) * 10) / 10;
  send({ type: 'setWeld', key, value });
}

export function PowerSourceKnobs({ panel }: { panel: CobotLayout['panel'] }) {
  const { t, i18n } = useTranslation();
  const knobRefs = useRef<(Group | null)[]>([]);
  const padRefs = useRef<(Mesh | null)[]>([]);
  const shown = useRef<[number, number]>([Number.NaN, Number.NaN]);
  const display = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 512;
    canvas.height = 160;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    return { canvas, texture };
  }, []);
  useEffect(() => () => display.texture.dispose(), [display]);

  const draw = (wfs: number, volts: number) => {
    const ctx = display.canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#06140a';
    ctx.fillRect(0, 0, 512, 160);
    ctx.fillStyle = '#7CFC9A';
    ctx.font = 'bold 52px system-ui, sans-serif';
    ctx.fillText(wfs.toFixed(1), 40, 80);
    ctx.fillText(volts.toFixed(1), 300, 80);
    ctx.font = '22px system-ui, "Noto Sans CJK SC", sans-serif';
    ctx.fillText(t('power.wfs'), 40, 130, 220);
    ctx.fillText(t('power.voltage'), 300, 130, 200);
    display.texture.needsUpdate = true;
  };

  // Redraw when the language changes.
  useEffect(() => {
    shown.current = [Number.NaN, Number.NaN];
  }, [i18n.language]);

  useEffect(() => {
    const cleanups: (() => void)[] = [];
    KNOBS.forEach((k, i) => {
      for (const [j, sign] of [
        [0, -1],
        [1, 1],
      ] as const) {
        const object = padRefs.current[i * 2 + j];
        if (object) cleanups.push(addPressable({ object, down: () => nudge(k.key, sign * k.step) }));
      }
    });
    return () => cleanups.forEach((c) => c());
  }, []);

  useFrame(() => {
    const w = useSimStore.getState().world;
    if (!w) return;
    const wfs = w.settings.wireFeedSpeedMPerMin;
    const volts = w.settings.voltageV;
    if (wfs === shown.current[0] && volts === shown.current[1]) return;
    shown.current[0] = wfs;
    shown.current[1] = volts;
    draw(wfs, volts);
    // An indexed loop, no closure: one over `w` would make V8 allocate this callback's context on every call,
    // also on the frames that return early above.
    for (let i = 0; i < KNOBS.length; i++) {
      const k = KNOBS[i]!;
      const range = WELD_SETTING_RANGES[k.key];
      const g = knobRefs.current[i];
      if (g) g.rotation.y = -SWEEP / 2 + (SWEEP * (w.settings[k.key] - range[0])) / (range[1] - range[0]);
    }
  });

  const click = (key: KnobKey, step: number) => (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    nudge(key, step);
  };

  const { x, y, z } = panel;
  return (
    <group position={[x, y - 0.01, z]} name="power-source-panel">
      <mesh position={[0, -0.002, 0.14]} rotation={[Math.PI / 2, 0, 0]}>
        <planeGeometry args={[0.28, 0.0875]} />
        <meshBasicMaterial map={display.texture} toneMapped={false} />
      </mesh>
      {KNOBS.map((k, i) => (
        <group key={k.key} position={[k.x, 0, 0.03]}>
          <group
            ref={(g) => {
              knobRefs.current[i] = g;
            }}
          >
            <mesh position={[0, -0.015, 0]}>
              <cylinderGeometry args={[0.028, 0.03, 0.03, 24]} />
              <meshStandardMaterial color="#202326" />
            </mesh>
            <mesh position={[0, -0.031, 0.018]}>
              <boxGeometry args={[0.004, 0.002, 0.02]} />
              <meshBasicMaterial color="#ffffff" />
            </mesh>
          </group>
          {([-1, 1] as const).map((sign, j) => (
            <mesh
              key={sign}
              name={`knob-${k.key}-${sign < 0 ? 'minus' : 'plus'}`}
              ref={(m) => {
                padRefs.current[i * 2 + j] = m;
              }}
              position={[sign * 0.03, -0.006, -0.06]}
              onClick={click(k.key, sign * k.step)}
            >
              <boxGeometry args={[0.024, 0.012, 0.024]} />
              <meshStandardMaterial color={sign < 0 ? '#3a424c' : '#2d6cdf'} />
            </mesh>
          ))}
        </group>
      ))}
    </group>
  );
}

// The teach pendant held in the left hand: a screen showing mode, enabling switch, jog and program state, and
// buttons pressed with the right hand's ray and trigger. Labels come from the i18n tables, drawn on a canvas
// texture that is redrawn only when the shown state or the language changes.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoxGeometry,
  CanvasTexture,
  type Group,
  type Mesh,
  MeshStandardMaterial,
  SRGBColorSpace,
} from 'three';
import * as c from '../controls/commands.ts';
import { probe } from '../probe.ts';
import { addPressable } from '../scene/scene-refs.ts';
import { usePendantStore } from '../stores/pendant-store.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { xrInput } from './xr-input.ts';

/** A 250 x 330 mm pendant (the size class of a UR or FANUC iPendant). */
const W = 0.25;
const H = 0.33;
const DEPTH = 0.04;
const PX_PER_M = 2000;

interface ButtonDef {
  id: string;
  /** i18n key of the label. */
  label: string;
  col: number;
  row: number;
  color: string;
  down: () => void;
  up?: () => void;
}

const BUTTONS: readonly ButtonDef[] = [
  { id: 'estop', label: 'pendant.eStop', col: 2, row: 0, color: '#d11f1f', down: c.eStop },
  { id: 'reset', label: 'pendant.resetProtective', col: 0, row: 0, color: '#3a424c', down: c.resetStops },
  { id: 'mode', label: 'pendant.mode', col: 1, row: 0, color: '#3a424c', down: c.toggleMode },
  {
    id: 'jog-minus',
    label: 'pendant.jogMinus',
    col: 0,
    row: 1,
    color: '#2d6cdf',
    down: () => c.jog(-1),
    up: () => c.jog(0),
  },
  {
    id: 'jog-plus',
    label: 'pendant.jogPlus',
    col: 1,
    row: 1,
    color: '#2d6cdf',
    down: () => c.jog(1),
    up: () => c.jog(0),
  },
  {
    id: 'axis',
    label: 'pendant.axis',
    col: 2,
    row: 1,
    color: '#3a424c',
    down: () => c.selectJogAxis((usePendantStore.getState().jogAxis + 1) % 6),
  },
  {
    id: 'record',
    label: 'pendant.recordPoint',
    col: 0,
    row: 2,
    color: '#2d6cdf',
    down: () => void c.recordPoint(),
  },
  { id: 'move-j', label: 'pendant.moveJ', col: 1, row: 2, color: '#2d6cdf', down: () => void c.addMove('J') },
  { id: 'move-l', label: 'pendant.moveL', col: 2, row: 2, color: '#2d6cdf', down: () => void c.addMove('L') },
  { id: 'arc', label: 'pendant.arcOn', col: 0, row: 3, color: '#b7791f', down: c.toggleArc },
  { id: 'step', label: 'pendant.step', col: 1, row: 3, color: '#2d6cdf', down: c.stepProgram },
  { id: 'run', label: 'pendant.run', col: 2, row: 3, color: '#2fa84f', down: c.runProgram },
  { id: 'stop', label: 'pendant.stop', col: 0, row: 4, color: '#3a424c', down: c.stopProgram },
  {
    id: 'speed-down',
    label: 'keys.speedDown',
    col: 1,
    row: 4,
    color: '#3a424c',
    down: () => c.changeSpeedOverride(-10),
  },
  {
    id: 'speed-up',
    label: 'keys.speedUp',
    col: 2,
    row: 4,
    color: '#3a424c',
    down: () => c.changeSpeedOverride(10),
  },
];

const COLS = 3;
const BTN_W = 0.07;
const BTN_H = 0.035;
const GRID_TOP = -0.015; // below the screen (pendant-local y, centre = 0)

function buttonCentre(b: ButtonDef): [number, number] {
  const x = (b.col - (COLS - 1) / 2) * (BTN_W + 0.008);
  const y = GRID_TOP - b.row * (BTN_H + 0.01);
  return [x, y];
}

function drawFace(ctx: CanvasRenderingContext2D, t: (k: string) => string): void {
  const s = useSimStore.getState().view;
  const p = usePendantStore.getState();
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  ctx.fillStyle = '#2b2f35';
  ctx.fillRect(0, 0, w, h);
  // Screen.
  ctx.fillStyle = '#0d1b2a';
  ctx.fillRect(20, 20, w - 40, 250);
  ctx.fillStyle = '#e8eaed';
  ctx.font = '26px system-ui, "Noto Sans CJK SC", sans-serif';
  const lines = [
    `${t('pendant.mode')}: ${s.mode === 'manual' ? t('pendant.manual') : t('pendant.auto')}`,
    `${t('pendant.enabling')}: ${t(`pendant.enablingState.${s.enablingDevice}`)}`,
    `${t('safety.title')}: ${t(`safety.${s.safety}`)}`,
    `${t('pendant.jogFrame')}: ${t(`pendant.frames.${p.jogFrame}`)} · ${t('pendant.axis')} ${p.jogAxis + 1}`,
    `${t('pendant.points')}: ${p.points.join(' ') || '—'}`,
    `${t('pendant.program')}: ${s.programLength} · ${t(`pendant.programState.${s.programState}`)}`,
    `${t('pendant.speedOverride')}: ${s.speedOverridePercent} %`,
  ];
  lines.forEach((line, i) => ctx.fillText(line, 36, 56 + i * 32, w - 72));
  // Button labels (the buttons themselves are meshes in front of these spots).
  ctx.font = 'bold 22px system-ui, "Noto Sans CJK SC", sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of BUTTONS) {
    const [x, y] = buttonCentre(b);
    const cx = (x + W / 2) * PX_PER_M;
    const cy = (H / 2 - y) * PX_PER_M;
    ctx.fillStyle = b.color;
    ctx.fillRect(
      cx - (BTN_W * PX_PER_M) / 2,
      cy - (BTN_H * PX_PER_M) / 2,
      BTN_W * PX_PER_M,
      BTN_H * PX_PER_M,
    );
    ctx.fillStyle = '#fff';
    ctx.fillText(t(b.label), cx, cy, BTN_W * PX_PER_M - 8);
  }
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
}

export function Pendant3D() {
  const { t, i18n } = useTranslation();
  const group = useRef<Group>(null);
  const buttonRefs = useRef<(Mesh | null)[]>([]);
  const res = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(W * PX_PER_M);
    canvas.height = Math.round(H * PX_PER_M);
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    return {
      canvas,
      texture,
      face: new MeshStandardMaterial({ map: texture, roughness: 0.7 }),
      body: new MeshStandardMaterial({ color: '#1d2126', roughness: 0.8 }),
      bodyGeometry: new BoxGeometry(W, H, DEPTH),
      // Hit targets: thin slabs just in front of the printed buttons.
      buttonGeometry: new BoxGeometry(BTN_W, BTN_H, 0.006),
      buttonMaterial: new MeshStandardMaterial({ transparent: true, opacity: 0, depthWrite: false }),
    };
  }, []);

  // Redraw the face on discrete state changes and language switches, never per frame.
  useEffect(() => {
    const ctx = res.canvas.getContext('2d');
    if (!ctx) return;
    const redraw = () => {
      drawFace(ctx, t);
      res.texture.needsUpdate = true;
    };
    redraw();
    const a = useSimStore.subscribe((s, prev) => {
      if (s.revision !== prev.revision) redraw();
    });
    const b = usePendantStore.subscribe(redraw);
    return () => {
      a();
      b();
    };
  }, [res, t, i18n.language]);

  useEffect(() => {
    const cleanups = BUTTONS.map((def, i) => {
      const object = buttonRefs.current[i];
      if (!object) return () => undefined;
      return addPressable({
        object,
        down: () => {
          probe.xr.pendantPresses++;
          def.down();
        },
        ...(def.up ? { up: def.up } : {}),
      });
    });
    return () => {
      for (const c of cleanups) c();
      res.texture.dispose();
      res.face.dispose();
      res.body.dispose();
      res.bodyGeometry.dispose();
      res.buttonGeometry.dispose();
      res.buttonMaterial.dispose();
    };
  }, [res]);

  // Held in the left hand: the screen faces the trainee, tilted like a tablet held at chest height.
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const left = xrInput.left;
    g.visible = xrInput.active && left.connected;
    if (!g.visible) return;
    g.position.copy(left.gripPosition);
    g.quaternion.copy(left.gripQuaternion);
    g.updateMatrixWorld(true);
  }, -30);

  return (
    <group ref={group} name="xr-pendant" visible={false}>
      <group position={[0.06, 0.02, -0.12]} rotation={[-Math.PI / 2.6, 0, 0]}>
        <mesh
          geometry={res.bodyGeometry}
          material={[res.body, res.body, res.body, res.body, res.face, res.body]}
        />
        {BUTTONS.map((b, i) => {
          const [x, y] = buttonCentre(b);
          return (
            <mesh
              key={b.id}
              name={`pendant-${b.id}`}
              ref={(m) => {
                buttonRefs.current[i] = m;
              }}
              position={[x, y, DEPTH / 2 + 0.004]}
              geometry={res.buttonGeometry}
              material={res.buttonMaterial}
            />
          );
        })}
      </group>
    </group>
  );
}

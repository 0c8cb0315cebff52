// The running scenario in the headset: a board beside the cell (like the work instruction posted at a real cell)
// with the phase, its goals ticked off live, the time left, the latest coaching, and two buttons pressed with the
// controller ray or a poke: "Phase done" and "Finish" (press twice to confirm). After the attempt it shows the
// score and offers to leave VR for the full results screen. The canvas is redrawn only when what it shows changes
// (the countdown once a simulated second), never per frame.
import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CanvasTexture, type Mesh, SRGBColorSpace } from 'three';
import * as c from '../controls/commands.ts';
import { useFlowStore } from '../flow/flow-store.ts';
import { clock, pick } from '../flow/text.ts';
import { addPressable } from '../scene/scene-refs.ts';
import { useSimStore, type ActiveRun } from '../stores/sim-store.ts';
import { xrStore } from './xr-store.ts';
import './i18n.ts';

/** Board 0.8 × 0.62 m at eye height to the trainee's right, turned towards where they start [layout]. */
const W_M = 0.8;
const H_M = 0.62;
const PX_PER_M = 1200;
const POSITION: [number, number, number] = [1.05, 1.45, 0.55];
const ROTATION: [number, number, number] = [0, -Math.PI / 4, 0];
/** Buttons under the board, in board coordinates (m). */
const BUTTON_W_M = 0.3;
const BUTTON_H_M = 0.09;
const BUTTON_Y_M = -H_M / 2 - 0.07;
/** A second press on "Finish" within this many real seconds confirms it [UI choice: same as a double click]. */
const CONFIRM_WINDOW_MS = 6000;
const FONT = 'system-ui, "Noto Sans CJK SC", sans-serif';

interface Shown {
  revision: number;
  second: number;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxW: number): string[] {
  // Latin text breaks at spaces; CJK text (no spaces) at any character.
  const words = /\s/.test(text) ? text.split(/(\s+)/) : Array.from(text);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line + w;
    if (ctx.measureText(next).width > maxW && line.trim() !== '') {
      lines.push(line.trim());
      line = w.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

function drawBoard(
  ctx: CanvasRenderingContext2D,
  t: TFunction,
  lang: string,
  run: ActiveRun,
  ended: boolean,
  score: { score: number; grade: string; passed: boolean } | null,
): void {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  const spec = run.scenario.spec;
  const st = run.state;
  const phase = spec.phases[st.phaseIndex];
  ctx.fillStyle = '#f3f1e8';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#1d4f91';
  ctx.fillRect(0, 0, w, 74);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold 38px ${FONT}`;
  ctx.fillText(pick(spec.title, lang), 24, 50, w - 48);
  ctx.fillStyle = '#1b1f24';
  let y = 124;
  if (score) {
    ctx.font = `bold 44px ${FONT}`;
    ctx.fillText(t('xr.board.result', { score: score.score, grade: score.grade }), 24, y, w - 48);
    y += 60;
    ctx.font = `32px ${FONT}`;
    ctx.fillStyle = score.passed ? '#1e7b34' : '#b3261e';
    ctx.fillText(t(score.passed ? 'xr.board.passed' : 'xr.board.failed'), 24, y, w - 48);
    y += 56;
    ctx.fillStyle = '#1b1f24';
    for (const line of wrap(ctx, t('xr.board.seeResults'), w - 48)) {
      ctx.fillText(line, 24, y);
      y += 40;
    }
    return;
  }
  ctx.font = `26px ${FONT}`;
  ctx.fillText(
    t('xr.board.phase', {
      index: Math.min(st.phaseIndex + 1, spec.phases.length),
      count: spec.phases.length,
    }),
    24,
    y,
  );
  y += 44;
  ctx.font = `bold 34px ${FONT}`;
  ctx.fillText(phase ? pick(phase.title, lang) : '', 24, y, w - 48);
  y += 46;
  const limit = phase?.timeLimitS;
  const phaseLeft = limit !== undefined ? clock(limit - st.phaseElapsedS) : '—';
  ctx.font = `28px ${FONT}`;
  ctx.fillText(
    t('xr.board.timeLeft', { phase: phaseLeft, attempt: clock(spec.timeLimitS - st.timeS) }),
    24,
    y,
  );
  y += 48;
  ctx.font = `27px ${FONT}`;
  for (let i = 0; phase && i < phase.goals.length && y < h - 110; i++) {
    const met = st.goals[i]?.met ?? false;
    ctx.fillStyle = met ? '#1e7b34' : '#1b1f24';
    for (const line of wrap(ctx, `${met ? '✔' : '○'} ${pick(phase.goals[i]!.description, lang)}`, w - 60)) {
      ctx.fillText(line, 36, y);
      y += 36;
    }
  }
  const broken = st.brokenRules[st.brokenRules.length - 1];
  const rule = broken !== undefined ? spec.rules.find((r) => r.id === broken) : undefined;
  if (rule) {
    ctx.fillStyle = '#b3261e';
    ctx.font = `bold 26px ${FONT}`;
    const lines = wrap(ctx, pick(rule.message, lang), w - 48).slice(0, 2);
    let ry = h - 24 - 34 * (lines.length - 1);
    for (const line of lines) {
      ctx.fillText(line, 24, ry);
      ry += 34;
    }
  }
  if (ended) {
    ctx.fillStyle = '#1b1f24';
    ctx.font = `26px ${FONT}`;
    ctx.fillText(t('xr.board.grading'), 24, h - 24);
  }
}

function drawButton(ctx: CanvasRenderingContext2D, label: string, color: string): void {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${Math.round(h * 0.42)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(label, w / 2, h * 0.64, w - 16);
  ctx.textAlign = 'left';
}

function canvasTexture(wM: number, hM: number): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(wM * PX_PER_M);
  canvas.height = Math.round(hM * PX_PER_M);
  const tex = new CanvasTexture(canvas);
  tex.colorSpace = SRGBColorSpace;
  return tex;
}

function redraw(tex: CanvasTexture, draw: (ctx: CanvasRenderingContext2D) => void): void {
  const ctx = (tex.image as HTMLCanvasElement).getContext('2d');
  if (!ctx) return;
  draw(ctx);
  tex.needsUpdate = true;
}

/** The board's canvas redrawn with the run's state. */
function redrawBoard(
  tex: CanvasTexture,
  t: TFunction,
  lang: string,
  run: ActiveRun,
  ended: boolean,
  score: { score: number; grade: string; passed: boolean } | null,
): void {
  const ctx = (tex.image as HTMLCanvasElement).getContext('2d');
  if (!ctx) return;
  drawBoard(ctx, t, lang, run, ended, score);
  tex.needsUpdate = true;
}

export function XRScenarioBoard() {
  const { t, i18n } = useTranslation();
  const inSession = useXR((s) => s.session != null);
  const run = useSimStore((s) => s.run);
  const ended = useSimStore((s) => s.runEnded);
  const finished = useFlowStore((s) => s.finished);
  const [confirmUntil, setConfirmUntil] = useState(0);
  const board = useMemo(() => canvasTexture(W_M, H_M), []);
  const doneTex = useMemo(() => canvasTexture(BUTTON_W_M, BUTTON_H_M), []);
  const finishTex = useMemo(() => canvasTexture(BUTTON_W_M, BUTTON_H_M), []);
  const doneMesh = useRef<Mesh>(null);
  const finishMesh = useRef<Mesh>(null);
  const shown = useRef<Shown>({ revision: -1, second: -1 });
  const lastRun = useRef<ActiveRun | null>(null);
  if (run) lastRun.current = run;
  const score = finished
    ? { score: finished.result.score, grade: finished.result.grade, passed: finished.result.passed }
    : null;
  const visible = inSession && (run !== null || (score !== null && lastRun.current !== null));

  // Buttons: what they say, and what pressing them does.
  const confirming = confirmUntil > 0;
  useEffect(() => {
    redraw(doneTex, (ctx) =>
      drawButton(ctx, score ? t('xr.board.exitVR') : t('xr.board.phaseDone'), score ? '#1d4f91' : '#2a6fc9'),
    );
    redraw(finishTex, (ctx) =>
      drawButton(ctx, confirming ? t('xr.board.finishConfirm') : t('xr.board.finish'), '#b3261e'),
    );
  }, [doneTex, finishTex, t, i18n.language, confirming, score]);
  useEffect(() => {
    if (!confirming) return;
    const id = window.setTimeout(() => setConfirmUntil(0), Math.max(0, confirmUntil - performance.now()));
    return () => window.clearTimeout(id);
  }, [confirming, confirmUntil]);
  useEffect(() => {
    if (!visible) return;
    const cleanups: Array<() => void> = [];
    if (doneMesh.current)
      cleanups.push(
        addPressable({
          object: doneMesh.current,
          down: () => {
            if (useFlowStore.getState().finished) void xrStore.getState().session?.end();
            else if (useSimStore.getState().run) c.phaseDone();
          },
        }),
      );
    if (finishMesh.current && !score)
      cleanups.push(
        addPressable({
          object: finishMesh.current,
          down: () => {
            if (!useSimStore.getState().run || useSimStore.getState().runEnded) return;
            setConfirmUntil((until) => {
              if (until > performance.now()) {
                c.finishAttempt();
                return 0;
              }
              return performance.now() + CONFIRM_WINDOW_MS;
            });
          },
        }),
      );
    return () => cleanups.forEach((f) => f());
  }, [visible, score]);

  // The board text: redrawn when the phase, goals or broken rules change (the store's runRevision), when the shown
  // second changes, or on language/result changes (a re-render resets `shown`). No allocation on other frames.
  shown.current.revision = -1;
  useFrame(() => {
    const sim = useSimStore.getState();
    const r = sim.run ?? lastRun.current;
    if (!visible || !r) return;
    const second = Math.floor(r.timeS);
    if (sim.runRevision === shown.current.revision && second === shown.current.second) return;
    shown.current.revision = sim.runRevision;
    shown.current.second = second;
    // A plain call, no arrow here: a closure over this callback's locals would make V8 allocate their context
    // on every call, also on the frames that return early above.
    redrawBoard(board, t, i18n.language, r, ended, score);
  });
  useEffect(
    () => () => {
      board.dispose();
      doneTex.dispose();
      finishTex.dispose();
    },
    [board, doneTex, finishTex],
  );

  return (
    <group name="xr-scenario-board" position={POSITION} rotation={ROTATION} visible={visible}>
      <mesh>
        <planeGeometry args={[W_M, H_M]} />
        <meshBasicMaterial map={board} toneMapped={false} />
      </mesh>
      <mesh ref={doneMesh} name="xr-board-phase-done" position={[-0.18, BUTTON_Y_M, 0.01]}>
        <planeGeometry args={[BUTTON_W_M, BUTTON_H_M]} />
        <meshBasicMaterial map={doneTex} toneMapped={false} />
      </mesh>
      <mesh ref={finishMesh} name="xr-board-finish" position={[0.18, BUTTON_Y_M, 0.01]} visible={!score}>
        <planeGeometry args={[BUTTON_W_M, BUTTON_H_M]} />
        <meshBasicMaterial map={finishTex} toneMapped={false} />
      </mesh>
    </group>
  );
}

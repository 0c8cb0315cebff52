// The headset help: a board standing beside the cell (like a posted work instruction) listing what the
// controllers and the tracked hands do, in the UI language. Shown only in an immersive session; the canvas is
// redrawn only when the language changes.
import { useXR } from '@react-three/xr';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CanvasTexture, SRGBColorSpace } from 'three';
import './i18n.ts';

/** 0.9 x 0.6 m, at eye height to the trainee's left, turned towards where they start. */
const W_M = 0.9;
const H_M = 0.6;
const PX_PER_M = 1400;
const POSITION: [number, number, number] = [-1.05, 1.45, 0.55];
const ROTATION: [number, number, number] = [0, Math.PI / 4, 0];

const CONTROLLER_LINES = ['c1', 'c2', 'c3', 'c4', 'c5'] as const;
const HAND_LINES = ['h1', 'h2', 'h3', 'h4', 'h5'] as const;

function draw(ctx: CanvasRenderingContext2D, t: (k: string) => string): void {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  ctx.fillStyle = '#f3f1e8';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#f2c200';
  ctx.fillRect(0, 0, w, 70);
  ctx.fillStyle = '#1b1f24';
  ctx.font = 'bold 44px system-ui, "Noto Sans CJK SC", sans-serif';
  ctx.fillText(t('xr.help.title'), 28, 52, w - 56);
  let y = 120;
  const section = (title: string, keys: readonly string[]) => {
    ctx.font = 'bold 32px system-ui, "Noto Sans CJK SC", sans-serif';
    ctx.fillText(title, 28, y, w - 56);
    y += 42;
    ctx.font = '27px system-ui, "Noto Sans CJK SC", sans-serif';
    for (const k of keys) {
      ctx.fillText(`• ${t(`xr.help.${k}`)}`, 40, y, w - 70);
      y += 36;
    }
    y += 14;
  };
  section(t('xr.help.controllers'), CONTROLLER_LINES);
  section(t('xr.help.hands'), HAND_LINES);
  ctx.fillStyle = '#b3261e';
  ctx.font = 'bold 26px system-ui, "Noto Sans CJK SC", sans-serif';
  ctx.fillText(t('xr.help.safety'), 28, y, w - 56);
}

export function XRHelpBoard() {
  const { t, i18n } = useTranslation();
  const inSession = useXR((s) => s.session != null);
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(W_M * PX_PER_M);
    canvas.height = Math.round(H_M * PX_PER_M);
    const tex = new CanvasTexture(canvas);
    tex.colorSpace = SRGBColorSpace;
    return tex;
  }, []);
  useEffect(() => {
    const ctx = (texture.image as HTMLCanvasElement).getContext('2d');
    if (!ctx) return;
    draw(ctx, t);
    texture.needsUpdate = true;
  }, [texture, t, i18n.language]);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <mesh name="xr-help-board" position={POSITION} rotation={ROTATION} visible={inSession}>
      <planeGeometry args={[W_M, H_M]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}

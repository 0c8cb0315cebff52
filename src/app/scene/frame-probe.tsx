// Publishes renderer statistics to the test probe and offers an on-demand pixel read-back.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { probe } from '../probe.ts';

const GRID = 32;

export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);

  useEffect(() => {
    probe.sampleCanvas = () => {
      // Render and read back in the same task: the drawing buffer is still valid before compositing.
      gl.render(scene, camera);
      const ctx = gl.getContext();
      const w = ctx.drawingBufferWidth;
      const h = ctx.drawingBufferHeight;
      const px = new Uint8Array(4);
      const colors = new Set<number>();
      let sum = 0;
      let sumSq = 0;
      for (let j = 0; j < GRID; j++) {
        for (let i = 0; i < GRID; i++) {
          const x = Math.floor(((i + 0.5) * w) / GRID);
          const y = Math.floor(((j + 0.5) * h) / GRID);
          ctx.readPixels(x, y, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, px);
          const r = px[0]!,
            g = px[1]!,
            b = px[2]!;
          colors.add((r << 16) | (g << 8) | b);
          const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
          sum += luma;
          sumSq += luma * luma;
        }
      }
      const n = GRID * GRID;
      const mean = sum / n;
      return {
        width: w,
        height: h,
        distinctColors: colors.size,
        lumaStdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
      };
    };
    return () => {
      probe.sampleCanvas = null;
    };
  }, [gl, scene, camera]);

  useFrame(() => {
    // renderer.info still holds the previous frame's numbers here (it resets at the start of render).
    const info = gl.info;
    probe.render.calls = info.render.calls;
    probe.render.triangles = info.render.triangles;
    probe.render.geometries = info.memory.geometries;
    probe.render.textures = info.memory.textures;
    probe.frames++;
    if (probe.frames > 2) probe.ready = true;
  });
  return null;
}

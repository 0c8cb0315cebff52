// Publishes renderer statistics to the test probe and offers an on-demand pixel read-back.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { type InstancedMesh, type Material, type Mesh, Vector3 } from 'three';
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
    probe.project = (x, y, z) => {
      // Sim (Z-up) to three (Y-up), then to the canvas's CSS pixels.
      const p = new Vector3(x, z, -y).project(camera);
      const r = gl.domElement.getBoundingClientRect();
      return [r.left + ((p.x + 1) / 2) * r.width, r.top + ((1 - p.y) / 2) * r.height];
    };
    probe.objectWorld = (name) => {
      const o = scene.getObjectByName(name);
      if (!o) return null;
      o.updateWorldMatrix(true, false);
      const p = o.getWorldPosition(new Vector3());
      return [p.x, p.y, p.z];
    };
    probe.objectVisible = (name) => {
      let o = scene.getObjectByName(name) ?? null;
      if (!o) return null;
      for (; o; o = o.parent) if (!o.visible) return false;
      return true;
    };
    probe.sceneStats = () => {
      let meshes = 0;
      let triangles = 0;
      scene.traverseVisible((o) => {
        const m = o as Mesh;
        if (!m.isMesh || !m.geometry) return;
        const mat = m.material as Material | Material[];
        if (!Array.isArray(mat) && !mat.visible) return;
        const inst = (m as InstancedMesh).isInstancedMesh ? (m as InstancedMesh).count : 1;
        if (inst === 0) return;
        const g = m.geometry;
        const verts = g.index ? g.index.count : g.getAttribute('position').count;
        meshes += Array.isArray(mat) ? mat.length : 1;
        triangles += (verts / 3) * inst;
      });
      return { meshes, triangles: Math.round(triangles) };
    };
    return () => {
      probe.sampleCanvas = null;
      probe.sceneStats = null;
      probe.project = null;
      probe.objectWorld = null;
      probe.objectVisible = null;
    };
  }, [gl, scene, camera]);

  useFrame(() => {
    // renderer.info still holds the previous frame's numbers here (it resets at the start of render).
    const info = gl.info;
    probe.render.calls = info.render.calls;
    probe.render.triangles = info.render.triangles;
    probe.render.geometries = info.memory.geometries;
    probe.render.textures = info.memory.textures;
    probe.render.programs = info.programs?.length ?? 0;
    probe.frames++;
    if (probe.frames > 2) probe.ready = true;
  });
  return null;
}

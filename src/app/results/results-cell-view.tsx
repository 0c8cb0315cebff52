// The cell at the replayed tick, drawn with the live view's own pieces (robot rigs, torch, workpiece, pipe) fed
// from the replay's world instead of the live sim, plus the bead laid so far and a marker per imperfection.
// Selecting a marker (click, or the list) flies the camera to it. Everything per frame is read transiently.
import { OrbitControls } from '@react-three/drei';
import { Canvas, createPortal, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, type InstancedMesh, Mesh, MeshStandardMaterial, SphereGeometry, Vector3 } from 'three';
import { getRobot } from '../../sim/robot/index.ts';
import { buildPipeGeometry } from '../cells/pipe/scenery.ts';
import { applyMat34 } from '../cells/common/pose.ts';
import { RobotView } from '../cells/common/robot-view.tsx';
import { steelMaterial } from '../models/materials.ts';
import { buildWorkpieceGeometry } from '../models/workpiece.ts';
import { createTorchVisual } from '../robots/torch-visual.ts';
import { SimFrame, simToThree } from '../scene/sim-frame.tsx';
import { beadMatrices, seamPoint } from './replay-bead.ts';
import type { ReplayController } from './replay-controller.ts';
import { resultsProbe } from './results-probe.ts';
import type { ImperfectionRow } from './seam-quality.ts';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];
const LEVEL_COLOURS = { B: '#3fae5a', C: '#e0b020', D: '#e07020', reject: '#d0302a' } as const;
/** Camera stand-off from a selected imperfection, m (three.js frame). */
const FLY_OFFSET = new Vector3(0.12, 0.1, 0.14);
const FLY_RATE = 6;

export interface ResultsCellViewProps {
  controller: ReplayController;
  imperfections: readonly ImperfectionRow[];
  selected: number | null;
  onSelect: (i: number) => void;
  label: string;
}

function ReplayBead({ controller }: { controller: ReplayController }) {
  const mesh = useRef<InstancedMesh>(null);
  const res = useMemo(() => {
    const matrices = beadMatrices(controller.timeline);
    return {
      matrices,
      count: matrices.length / 16,
      geometry: new SphereGeometry(0.5, 10, 6),
      material: new MeshStandardMaterial({ color: '#6b6560', metalness: 0.5, roughness: 0.6 }),
    };
  }, [controller]);
  useEffect(() => {
    const im = mesh.current;
    if (im) {
      im.instanceMatrix.array.set(res.matrices);
      im.instanceMatrix.needsUpdate = true;
    }
    return () => {
      res.geometry.dispose();
      res.material.dispose();
    };
  }, [res]);
  useFrame(() => {
    if (mesh.current) mesh.current.count = Math.min(res.count, controller.world.bead.seamMm.length);
  });
  if (res.count === 0) return null;
  return (
    <instancedMesh
      ref={mesh}
      name="results-bead"
      args={[res.geometry, res.material, res.count]}
      frustumCulled={false}
    />
  );
}

function Markers({
  controller,
  imperfections,
  selected,
  onSelect,
  markerRefs,
}: ResultsCellViewProps & { markerRefs: React.RefObject<(Mesh | null)[]> }) {
  const geometry = useMemo(() => new SphereGeometry(0.004, 12, 8), []);
  const materials = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(LEVEL_COLOURS).map(([k, c]) => [
          k,
          new MeshStandardMaterial({ color: c, emissive: c, emissiveIntensity: 0.5 }),
        ]),
      ),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      for (const m of Object.values(materials)) m.dispose();
    },
    [geometry, materials],
  );
  const positions = useMemo(
    () =>
      imperfections.map((imp) => {
        const p: [number, number, number] = [0, 0, 0];
        seamPoint(controller.timeline, imp.atMm, p);
        return p;
      }),
    [controller, imperfections],
  );
  return (
    <group name="imperfection-markers">
      {imperfections.map((imp, i) => (
        <mesh
          key={i}
          ref={(m) => {
            markerRefs.current[i] = m;
          }}
          name={`imperfection-${i}`}
          position={positions[i]!}
          geometry={geometry}
          material={materials[imp.level]!}
          scale={selected === i ? 1.8 : 1}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(i);
          }}
        />
      ))}
    </group>
  );
}

function CameraFlight({
  selected,
  markerRefs,
  home,
}: {
  selected: number | null;
  markerRefs: React.RefObject<(Mesh | null)[]>;
  home: { target: Vector3; position: Vector3 };
}) {
  const controls = useThree((s) => s.controls) as { target: Vector3; update(): void } | null;
  const camera = useThree((s) => s.camera);
  const goal = useRef<{ target: Vector3; position: Vector3 } | null>(null);
  useEffect(() => {
    const marker = selected === null ? null : markerRefs.current[selected];
    if (!marker) return;
    const target = marker.getWorldPosition(new Vector3());
    goal.current = { target, position: target.clone().add(FLY_OFFSET) };
  }, [selected, markerRefs]);
  useEffect(() => {
    camera.position.copy(home.position);
    controls?.target.copy(home.target);
    controls?.update();
  }, [camera, controls, home]);
  useFrame((_s, delta) => {
    const g = goal.current;
    if (g && controls) {
      const k = 1 - Math.exp(-FLY_RATE * Math.min(delta, 0.1));
      camera.position.lerp(g.position, k);
      controls.target.lerp(g.target, k);
      controls.update();
      if (camera.position.distanceTo(g.position) < 1e-4) goal.current = null;
    }
    const c = resultsProbe.camera;
    c[0] = camera.position.x;
    c[1] = camera.position.y;
    c[2] = camera.position.z;
  });
  return null;
}

function ProbeReader({ controller }: { controller: ReplayController }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    resultsProbe.sampleCanvas = () => {
      gl.render(scene, camera);
      const ctx = gl.getContext();
      const w = ctx.drawingBufferWidth;
      const h = ctx.drawingBufferHeight;
      const px = new Uint8Array(w * h * 4);
      ctx.readPixels(0, 0, w, h, ctx.RGBA, ctx.UNSIGNED_BYTE, px);
      const colours = new Set<number>();
      let sum = 0;
      let sum2 = 0;
      let n = 0;
      for (let y = 0; y < h; y += 4)
        for (let x = 0; x < w; x += 4) {
          const i = (y * w + x) * 4;
          colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
          const l = 0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!;
          sum += l;
          sum2 += l * l;
          n++;
        }
      const mean = sum / n;
      return {
        width: w,
        height: h,
        distinctColors: colours.size,
        lumaStdDev: Math.sqrt(Math.max(0, sum2 / n - mean * mean)),
      };
    };
    return () => {
      resultsProbe.sampleCanvas = null;
    };
  }, [gl, scene, camera]);
  useFrame(() => {
    const q = controller.world.motion.q;
    const j = resultsProbe.joints;
    j.length = q.length;
    for (let i = 0; i < q.length; i++) j[i] = q[i]!;
    resultsProbe.tick = controller.tick;
  });
  return null;
}

function CellContent(props: ResultsCellViewProps & { markerRefs: React.RefObject<(Mesh | null)[]> }) {
  const { controller } = props;
  const cell = controller.timeline.finalWorld.cell;
  const model = getRobot(cell.robotId);
  const positioner = cell.positionerId ? getRobot(cell.positionerId) : undefined;
  if (!model) throw new Error(`unknown robot "${cell.robotId}"`);
  const torch = useMemo(() => createTorchVisual(cell.tool, false), [cell.tool]);
  const flange = useMemo(() => [torch.root], [torch]);
  const pipe = cell.workpiece.pipeOdMm != null;
  const geometry = useMemo(
    () =>
      pipe
        ? buildPipeGeometry(cell.workpiece.pipeOdMm! / 1000, cell.workpiece.gapMm / 1000)
        : buildWorkpieceGeometry(cell.workpiece),
    [pipe, cell.workpiece],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  // The work object: the positioner faceplate (industrial) or the world; the bead and markers ride on it.
  const weldment = useMemo(() => {
    const g = new Group();
    g.name = 'results-weldment';
    if (!pipe) g.add(new Mesh(geometry, steelMaterial));
    return g;
  }, [geometry, pipe]);
  const positionerFlange = useMemo(() => [weldment], [weldment]);
  const joints = useMemo(() => () => controller.world.motion.q, [controller]);
  const positionerJoints = useMemo(() => () => controller.world.positioner?.q ?? null, [controller]);
  const placePipe = (g: Group | null) => {
    if (g) applyMat34(g, cell.robotBase);
  };
  return (
    <SimFrame>
      {pipe && (
        <group ref={placePipe}>
          <mesh geometry={geometry} material={steelMaterial} />
        </group>
      )}
      <RobotView model={model} base={cell.robotBase} joints={joints} flangeChildren={flange} />
      {positioner ? (
        <RobotView
          model={positioner}
          base={cell.positionerBase ?? IDENTITY}
          joints={positionerJoints}
          flangeChildren={positionerFlange}
        />
      ) : (
        <primitive object={weldment} />
      )}
      {createPortal(
        <>
          <ReplayBead controller={controller} />
          <Markers {...props} />
        </>,
        weldment,
      )}
    </SimFrame>
  );
}

export function ResultsCellView(props: ResultsCellViewProps) {
  const markerRefs = useRef<(Mesh | null)[]>([]);
  const home = useMemo(() => {
    // Frame the finished seam: look at its middle from a little above and in front.
    const t = props.controller.timeline;
    const b = t.finalWorld.bead;
    const mid = b.seamMm.length ? (Math.min(...b.seamMm) + Math.max(...b.seamMm)) / 2 : 0;
    const p: [number, number, number] = [0, 0, 0];
    seamPoint(t, mid, p);
    const wp = t.finalWorld.cell;
    // On a positioner the seam point is in the faceplate frame: near enough to frame the weldment.
    if (wp.positionerBase) {
      const pb = wp.positionerBase;
      p[0] += pb[3]!;
      p[1] += pb[7]!;
      p[2] += pb[11]!;
    }
    const out: [number, number, number] = [0, 0, 0];
    simToThree(p[0], p[1], p[2], out);
    const target = new Vector3(...out);
    return { target, position: target.clone().add(new Vector3(0.45, 0.4, 0.55)) };
  }, [props.controller]);
  return (
    <Canvas
      aria-label={props.label}
      data-testid="results-canvas"
      camera={{ fov: 45, near: 0.005, far: 30 }}
      dpr={1}
      gl={{ antialias: true }}
      className="wt-results-canvas"
    >
      <color attach="background" args={['#20262d']} />
      <hemisphereLight args={['#dfe8f0', '#30343a', 1.2]} />
      <directionalLight position={[3, 6, 4]} intensity={1.8} />
      <CellContent {...props} markerRefs={markerRefs} />
      <OrbitControls makeDefault />
      <CameraFlight selected={props.selected} markerRefs={markerRefs} home={home} />
      <ProbeReader controller={props.controller} />
    </Canvas>
  );
}

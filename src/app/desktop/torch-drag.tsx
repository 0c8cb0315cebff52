// Desktop hand-guiding: press on the torch grip (that presses the freedrive button on it) and drag.
// The drag moves the TCP target in a horizontal plane through the grab point; with Shift held, in the vertical
// plane facing the camera. Each move is a handGuide intent: the sim's admittance model moves the arm.
import { createPortal, type ThreeEvent, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type Object3D, Plane, Vector3 } from 'three';
import type { RotationRows, Vec3Tuple } from '../../sim/cell/types.ts';
import { handGuide, setFreedrive } from '../controls/commands.ts';
import { probe } from '../probe.ts';
import { threeToSim } from '../scene/sim-frame.tsx';
import { useSimStore } from '../stores/sim-store.ts';

interface OrbitLike {
  enabled: boolean;
}

const hit = new Vector3();
const up = new Vector3(0, 1, 0);
const facing = new Vector3();
const simOut: Vec3Tuple = [0, 0, 0];

interface Drag {
  pointerId: number;
  plane: Plane;
  grab: Vector3;
  /** TCP position (sim world) and orientation when grabbed. */
  tcp: Vec3Tuple;
  rotation: RotationRows;
  vertical: boolean;
}

export function TorchDrag({ handle }: { handle: Object3D }) {
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null;
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const drag = useRef<Drag | null>(null);

  useEffect(() => {
    probe.torchHandleScreen = () => {
      const p = handle.getWorldPosition(new Vector3()).project(camera);
      const r = gl.domElement.getBoundingClientRect();
      return [r.left + ((p.x + 1) / 2) * r.width, r.top + ((1 - p.y) / 2) * r.height];
    };
    return () => {
      probe.torchHandleScreen = null;
    };
  }, [handle, camera, gl]);

  const begin = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const { view } = useSimStore.getState();
    const t = view.tcp;
    const vertical = e.shiftKey;
    const grab = e.point.clone();
    const plane = new Plane();
    if (vertical) {
      camera.getWorldDirection(facing);
      facing.y = 0;
      facing.normalize().negate();
      plane.setFromNormalAndCoplanarPoint(facing, grab);
    } else {
      plane.setFromNormalAndCoplanarPoint(up, grab);
    }
    drag.current = {
      pointerId: e.pointerId,
      plane,
      grab,
      tcp: [t[3]!, t[7]!, t[11]!],
      rotation: [
        [t[0]!, t[1]!, t[2]!],
        [t[4]!, t[5]!, t[6]!],
        [t[8]!, t[9]!, t[10]!],
      ],
      vertical,
    };
    threeToSim(grab.x, grab.y, grab.z, simOut);
    probe.dragGrab = [simOut[0], simOut[1], simOut[2]];
    (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
    if (controls) controls.enabled = false;
    setFreedrive(true);
  };

  const move = (e: ThreeEvent<PointerEvent>) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    e.stopPropagation();
    if (!e.ray.intersectPlane(d.plane, hit)) return;
    hit.sub(d.grab);
    // Displacement in three (Y-up) → sim (Z-up), added to the TCP at grab time.
    threeToSim(hit.x, hit.y, hit.z, simOut);
    handGuide([d.tcp[0] + simOut[0], d.tcp[1] + simOut[1], d.tcp[2] + simOut[2]], d.rotation);
  };

  const end = (e: ThreeEvent<PointerEvent>) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointerId) return;
    drag.current = null;
    if (controls) controls.enabled = true;
    setFreedrive(false);
  };

  return createPortal(
    <mesh
      name="torch-grip-collider"
      onPointerDown={begin}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerOver={() => (gl.domElement.style.cursor = 'grab')}
      onPointerOut={() => (gl.domElement.style.cursor = '')}
    >
      <sphereGeometry args={[0.05, 12, 8]} />
      <meshBasicMaterial visible={false} />
    </mesh>,
    handle,
  );
}

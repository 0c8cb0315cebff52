// Reads the controller grip poses every XR frame and publishes the right one to the probe.
// No allocation of our own per frame (XRFrame.getPose returns a browser object we only read).
import { useFrame } from '@react-three/fiber';
import { probe } from '../probe.ts';

export function ControllerTracker() {
  useFrame((state, _delta, frame?: XRFrame) => {
    if (frame == null) return;
    const ref = state.gl.xr.getReferenceSpace();
    if (ref == null) return;
    const right = probe.rightController;
    right.connected = false;
    for (const source of frame.session.inputSources) {
      if (source.handedness !== 'right' || source.gripSpace == null) continue;
      const pose = frame.getPose(source.gripSpace, ref);
      if (pose == null) continue;
      const p = pose.transform.position;
      right.connected = true;
      if (p.x !== right.position[0] || p.y !== right.position[1] || p.z !== right.position[2]) {
        right.position[0] = p.x;
        right.position[1] = p.y;
        right.position[2] = p.z;
        right.updates++;
      }
    }
  });
  return null;
}

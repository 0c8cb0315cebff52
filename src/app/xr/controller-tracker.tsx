// Reads the XR input every frame (before the interactions) and publishes the right hand to the test probe.
import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { probe } from '../probe.ts';
import { readXRInput, xrInput, xrOrigin } from './xr-input.ts';

/** Before the interactions (−40) and after the XR store's own frame hook (−1000). */
export const READ_INPUT_PRIORITY = -60;

const viewer = new Vector3();

export function ControllerTracker() {
  useFrame((state, _delta, frame?: XRFrame) => {
    if (frame == null) {
      xrInput.active = false;
      return;
    }
    const ref = state.gl.xr.getReferenceSpace();
    // Our own XR origin (the one the camera hangs under), not the store's: the store may still hold its default
    // origin for a while after the session starts, and hands placed through it would be off by the cell's start
    // offset (0.7 m in the industrial cell: inside the light curtain).
    const origin = xrOrigin.current;
    if (ref == null || origin == null) {
      xrInput.active = false;
      return;
    }
    state.camera.getWorldPosition(viewer);
    origin.updateWorldMatrix(true, false);
    readXRInput(frame, ref, origin.matrixWorld, viewer);
    const ray = probe.rightRay;
    const ro = xrInput.right.rayOrigin;
    const rd = xrInput.right.rayDirection;
    ray.origin[0] = ro.x;
    ray.origin[1] = ro.y;
    ray.origin[2] = ro.z;
    ray.direction[0] = rd.x;
    ray.direction[1] = rd.y;
    ray.direction[2] = rd.z;
    const right = probe.rightController;
    right.connected = xrInput.right.connected;
    const p = xrInput.right.gripPosition;
    if (p.x !== right.position[0] || p.y !== right.position[1] || p.z !== right.position[2]) {
      right.position[0] = p.x;
      right.position[1] = p.y;
      right.position[2] = p.z;
      right.updates++;
    }
  }, READ_INPUT_PRIORITY);
  return null;
}

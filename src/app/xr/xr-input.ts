// Controller, hand and head poses in three.js world coordinates plus button values, read once per XR frame into
// preallocated objects (the XR interactions read them; nothing allocates per frame except the browser's pose objects).
// A tracked hand (WebXR Hand Input) reports its pinch as `trigger` and `pinch`, and its finger tips.
import { type Group, Matrix4, Quaternion, Vector3 } from 'three';

export interface HandInput {
  connected: boolean;
  /** Grip pose (where the hand holds the controller), world. */
  grip: Matrix4;
  gripPosition: Vector3;
  gripQuaternion: Quaternion;
  /** Pointing ray, world. */
  rayOrigin: Vector3;
  rayDirection: Vector3;
  trigger: number;
  squeeze: number;
  /** A/X (index 4) and B/Y (index 5) of the xr-standard mapping. */
  primary: boolean;
  secondary: boolean;
  /** Thumbstick forward/back (−1 = fully forward, xr-standard axis 3). */
  thumbY: number;
  /** A tracked hand rather than a controller. */
  isHand: boolean;
  /** Hand: how far thumb and index are pinched together, 0..1 (the hand's select button). */
  pinch: number;
  /** Hand: midway between the thumb and index finger tips, world. */
  pinchPoint: Vector3;
  /** Hand: the index finger tip (pokes buttons), world. */
  indexTip: Vector3;
}

function hand(): HandInput {
  return {
    connected: false,
    grip: new Matrix4(),
    gripPosition: new Vector3(),
    gripQuaternion: new Quaternion(),
    rayOrigin: new Vector3(),
    rayDirection: new Vector3(0, 0, -1),
    trigger: 0,
    squeeze: 0,
    primary: false,
    secondary: false,
    thumbY: 0,
    isHand: false,
    pinch: 0,
    pinchPoint: new Vector3(),
    indexTip: new Vector3(),
  };
}

/** The trainee's XR origin (teleport.tsx owns it): every pose read from the session is placed through it. */
export const xrOrigin: { current: Group | null } = { current: null };

export const xrInput = {
  left: hand(),
  right: hand(),
  head: new Vector3(),
  active: false,
};

const m = new Matrix4();
const scale = new Vector3();
const thumbTip = new Vector3();

/** Position of a hand joint in the world, or false when the joint is not tracked this frame. */
function jointPosition(
  frame: XRFrame,
  joint: XRJointSpace | undefined,
  ref: XRReferenceSpace,
  origin: Matrix4 | null,
  out: Vector3,
): boolean {
  if (!joint || !frame.getJointPose) return false;
  const pose = frame.getJointPose(joint, ref);
  if (!pose) return false;
  const p = pose.transform.position;
  out.set(p.x, p.y, p.z);
  if (origin) out.applyMatrix4(origin);
  return true;
}

/** Reads `frame` relative to `ref`, placing poses in the world through `origin` (the XR origin's matrixWorld). */
export function readXRInput(
  frame: XRFrame,
  ref: XRReferenceSpace,
  origin: Matrix4 | null,
  viewer: Vector3,
): void {
  xrInput.active = true;
  xrInput.head.copy(viewer);
  xrInput.left.connected = false;
  xrInput.right.connected = false;
  const sources = frame.session.inputSources;
  // Indexed loop: no iterator object per frame.
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!;
    const h =
      source.handedness === 'left' ? xrInput.left : source.handedness === 'right' ? xrInput.right : null;
    if (!h || !source.gripSpace) continue;
    const grip = frame.getPose(source.gripSpace, ref);
    const ray = frame.getPose(source.targetRaySpace, ref);
    if (!grip || !ray) continue;
    h.connected = true;
    h.grip.fromArray(grip.transform.matrix);
    if (origin) h.grip.premultiply(origin);
    h.grip.decompose(h.gripPosition, h.gripQuaternion, scale);
    m.fromArray(ray.transform.matrix);
    if (origin) m.premultiply(origin);
    h.rayOrigin.setFromMatrixPosition(m);
    h.rayDirection.set(-m.elements[8]!, -m.elements[9]!, -m.elements[10]!).normalize();
    const b = source.gamepad?.buttons;
    h.trigger = b?.[0]?.value ?? 0;
    h.squeeze = b?.[1]?.value ?? 0;
    h.primary = b?.[4]?.pressed ?? false;
    h.secondary = b?.[5]?.pressed ?? false;
    h.thumbY = source.gamepad?.axes[3] ?? 0;
    const hand = source.hand;
    h.isHand = hand != null;
    if (hand) {
      h.pinch = h.trigger;
      h.squeeze = 0;
      const tips =
        jointPosition(frame, hand.get('index-finger-tip'), ref, origin, h.indexTip) &&
        jointPosition(frame, hand.get('thumb-tip'), ref, origin, thumbTip);
      if (tips) h.pinchPoint.copy(h.indexTip).add(thumbTip).multiplyScalar(0.5);
      else h.pinchPoint.copy(h.gripPosition);
    } else {
      h.pinch = 0;
    }
  }
}

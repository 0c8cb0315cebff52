// What the hands do in the headset (the in-headset help board, xr-help-board.tsx, says the same to the trainee).
// Controllers:
// - left grip = the pendant's 3-position enabling switch (half squeeze enables, full squeeze is panic);
// - right grip near the cobot torch grip grabs it; right trigger while grabbed = the freedrive button: the TCP
//   follows the hand (handGuide intents) with the offset it had when the button was pressed;
// - right trigger otherwise presses whatever pressable the right ray points at (pendant, power-source knobs);
// - left Y toggles the welding helmet.
// Tracked hands (WebXR Hand Input, no buttons):
// - left pinch held = enabling switch in its middle position (a hand has no panic position: use the E-stop);
// - right pinch started on the torch grip = grab and freedrive together: a held pinch on the grip is the
//   freedrive button under the fingers, the TCP follows the hand; open the fingers and the arm stops;
// - the right index finger pokes pendant buttons; a right pinch elsewhere presses what the hand's ray points at;
// - a pinch at the brow (either hand) flips the welding helmet, like lifting the shell by its brim.
// Head and hands are reported to the safety model at 10 Hz (separation distance, hazard zones, arc flash).
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { type Group, Matrix4, Quaternion, Raycaster, Vector3 } from 'three';
import type { Vec3Tuple } from '../../sim/cell/types.ts';
import type { BodyPart } from '../../sim/intents.ts';
import * as c from '../controls/commands.ts';
import { probe } from '../probe.ts';
import { type Pressable, sceneRefs } from '../scene/scene-refs.ts';
import { pokeStep } from './hand-poke.ts';
import { threeToSim } from '../scene/sim-frame.tsx';
import { type SimState, useSimStore } from '../stores/sim-store.ts';
import { type HandInput, xrInput } from './xr-input.ts';
import { xrProbe } from './xr-probe.ts';

/** Hand within this distance of the torch grip can grab it, m (a hand's reach round a 50 mm grip). */
export const GRAB_RADIUS_M = 0.1;
/** Squeeze travel: above ENABLE the switch is in its middle (enabled) position, above PANIC fully squeezed. */
const ENABLE_AT = 0.3;
const PANIC_AT = 0.98;
const PRESS_AT = 0.6;
const RELEASE_AT = 0.4;
/** A hand's pinch holds the enabling switch from this value (a pinch is all or nothing, unlike a squeeze). */
const HAND_ENABLE_AT = 0.5;
/** A pinch this close to the eyes takes the helmet's brim, m. */
const BROW_REACH_M = 0.18;
/** Eye height to chest centre, m (ISO 7250-1 adult stature ~1.75 m: eyes ~1.63 m, chest ~1.30 m). */
const HEAD_TO_CHEST_M = 0.33;
/** Body points reported to the safety model this often, s. */
const BODY_PERIOD_S = 0.1;
const RAY_LENGTH_M = 3;

const handleWorld = new Vector3();
const tcpWorldM = new Matrix4();
const grabOffset = new Matrix4();
const target = new Matrix4();
const targetPos = new Vector3();
const targetQuat = new Quaternion();
const targetScale = new Vector3();
// Sim (Z-up) → three (Y-up) is the SimFrame rotation, −90° about X; and back.
const Z_UP = new Matrix4().makeRotationX(-Math.PI / 2);
const Z_UP_INV = new Matrix4().makeRotationX(Math.PI / 2);
const raycaster = new Raycaster();
const hits: { object: unknown; distance: number }[] = [];
const simPos: Vec3Tuple = [0, 0, 0];

type Enabling = 'released' | 'enabled' | 'panic';

// The body points last reported (sim world, m; 3 per part) and the world they went to.
const HEAD = 0;
const TORSO = 3;
const RIGHT_HAND = 6;
const LEFT_HAND = 9;
const reported = new Float64Array(12).fill(Number.NaN);
let reportedTo: unknown = null;

/**
 * Sends a bodyPose for the three.js point `p` (`belowHead`: the chest under it) when it moved since it was last
 * reported. The intent is a log record, so a new object by design; an unmoved point costs nothing.
 */
function reportBody(sim: SimState, part: BodyPart, at: number, p: Vector3, belowHead: boolean): void {
  threeToSim(p.x, p.y, p.z, simPos);
  if (belowHead) simPos[2] -= HEAD_TO_CHEST_M;
  if (reported[at] === simPos[0] && reported[at + 1] === simPos[1] && reported[at + 2] === simPos[2]) return;
  reported[at] = simPos[0];
  reported[at + 1] = simPos[1];
  reported[at + 2] = simPos[2];
  sim.send({ type: 'bodyPose', part, position: [simPos[0], simPos[1], simPos[2]] });
}

function enablingFromSqueeze(v: number): Enabling {
  return v >= PANIC_AT ? 'panic' : v >= ENABLE_AT ? 'enabled' : 'released';
}

/** The sim's TCP (Mat34, sim world) as a three.js world matrix. */
function tcpAsThree(out: Matrix4): Matrix4 {
  const t = useSimStore.getState().view.tcp;
  // prettier-ignore
  out.set(t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!, t[6]!, t[7]!, t[8]!, t[9]!, t[10]!, t[11]!, 0, 0, 0, 1);
  return out.premultiply(Z_UP);
}

function enablingOf(left: HandInput, pinchAtBrow: boolean): Enabling {
  if (!left.connected) return 'released';
  if (left.isHand) return left.pinch >= HAND_ENABLE_AT && !pinchAtBrow ? 'enabled' : 'released';
  return enablingFromSqueeze(left.squeeze);
}

function kindOf(h: HandInput): 'none' | 'controller' | 'hand' {
  return !h.connected ? 'none' : h.isHand ? 'hand' : 'controller';
}

function pressableHit(): Pressable | null {
  let best: Pressable | null = null;
  let bestD = Infinity;
  raycaster.set(xrInput.right.rayOrigin, xrInput.right.rayDirection);
  raycaster.far = RAY_LENGTH_M;
  for (const p of sceneRefs.pressables) {
    hits.length = 0;
    raycaster.intersectObject(p.object, false, hits as never);
    const h = hits[0];
    if (h && h.distance < bestD) {
      bestD = h.distance;
      best = p;
    }
  }
  return best;
}

export function XRInteractions() {
  const st = useRef({
    enabling: 'released' as Enabling,
    grabbing: false,
    guiding: false,
    triggerDown: false,
    pressed: null as Pressable | null,
    poked: null as Pressable | null,
    helmetDown: false,
    secondaryWas: false,
    /** Per hand: the pinch is down, and it began at the brow (a helmet flip, nothing else). */
    leftPinchWas: false,
    rightPinchWas: false,
    leftBrow: false,
    rightBrow: false,
    bodyTimer: 0,
  });
  const rayGroup = useRef<Group>(null);

  useFrame((_state, delta) => {
    if (!xrInput.active) return;
    const s = st.current;
    const { left, right } = xrInput;
    const sim = useSimStore.getState();

    // Helmet by hand: a pinch that starts at the brow flips it; that pinch does nothing else until released.
    const leftPinch = left.connected && left.isHand && left.pinch >= (s.leftPinchWas ? RELEASE_AT : PRESS_AT);
    const rightPinch =
      right.connected && right.isHand && right.pinch >= (s.rightPinchWas ? RELEASE_AT : PRESS_AT);
    if (leftPinch && !s.leftPinchWas && left.pinchPoint.distanceTo(xrInput.head) <= BROW_REACH_M) {
      s.leftBrow = true;
      c.toggleHelmet();
      xrProbe.helmetGestures++;
    }
    if (
      rightPinch &&
      !s.rightPinchWas &&
      !s.grabbing &&
      right.pinchPoint.distanceTo(xrInput.head) <= BROW_REACH_M
    ) {
      s.rightBrow = true;
      c.toggleHelmet();
      xrProbe.helmetGestures++;
    }
    if (!leftPinch) s.leftBrow = false;
    if (!rightPinch) s.rightBrow = false;
    const rightPinchEdge = rightPinch && !s.rightPinchWas;
    s.leftPinchWas = leftPinch;
    s.rightPinchWas = rightPinch;

    // Enabling switch on the pendant hand.
    const enabling = enablingOf(left, s.leftBrow);
    if (enabling !== s.enabling) {
      s.enabling = enabling;
      c.setEnabling(enabling);
    }

    // Grab the torch grip with the right hand: grip squeeze (controller) or a pinch begun on the grip (hand).
    const handle = sceneRefs.torchHandle;
    let near = false;
    if (handle && right.connected) {
      handle.getWorldPosition(handleWorld);
      near = handleWorld.distanceTo(right.isHand ? right.pinchPoint : right.gripPosition) <= GRAB_RADIUS_M;
    }
    if (right.isHand) {
      if (!s.grabbing && rightPinchEdge && near && !s.rightBrow) s.grabbing = true;
      else if (s.grabbing && !rightPinch) s.grabbing = false;
    } else {
      const squeezing = right.connected && right.squeeze >= PRESS_AT;
      if (!s.grabbing && squeezing && near) s.grabbing = true;
      else if (s.grabbing && (!right.connected || right.squeeze < RELEASE_AT)) s.grabbing = false;
    }

    const trigger = right.connected && right.trigger >= (s.triggerDown ? RELEASE_AT : PRESS_AT);
    const triggerEdge = trigger && !s.triggerDown;
    s.triggerDown = trigger;

    // Freedrive button: under the index finger while the grip is held (controller), or the held pinch (hand).
    const guide = s.grabbing && (right.isHand || trigger);
    if (guide && !s.guiding) {
      s.guiding = true;
      // Keep the TCP where it is relative to the hand from this moment on.
      grabOffset.copy(right.grip).invert().multiply(tcpAsThree(tcpWorldM));
      c.setFreedrive(true);
    } else if (!guide && s.guiding) {
      s.guiding = false;
      c.setFreedrive(false);
    }
    if (s.guiding) {
      target.copy(right.grip).multiply(grabOffset).premultiply(Z_UP_INV);
      target.decompose(targetPos, targetQuat, targetScale);
      const e = target.elements; // column-major
      // The intent is a record in the input log, so it is a fresh object by design.
      c.handGuide(
        [targetPos.x, targetPos.y, targetPos.z],
        [
          [e[0]!, e[4]!, e[8]!],
          [e[1]!, e[5]!, e[9]!],
          [e[2]!, e[6]!, e[10]!],
        ],
      );
    }

    // Ray presses (pendant, panel knobs) when the right hand is not on the torch nor at the helmet.
    if (!s.grabbing && !s.rightBrow) {
      if (triggerEdge) {
        const p = pressableHit();
        if (p) {
          s.pressed = p;
          p.down();
        }
      } else if (!trigger && s.pressed) {
        s.pressed.up?.();
        s.pressed = null;
      }
    }

    // Poking with the right index finger tip (hands only; not while holding the torch).
    const poking = right.connected && right.isHand && !s.grabbing;
    const poked = pokeStep(poking ? right.indexTip : null, s.poked);
    if (poked && poked !== s.poked) xrProbe.pokes++;
    s.poked = poked;

    // Helmet on the left Y button.
    if (left.secondary && !s.secondaryWas) c.toggleHelmet();
    s.secondaryWas = left.secondary;

    // Body points for the safety model (separation distance, hazard zones). A point that has not moved since it was
    // last reported to this world is not sent again: the model keeps the last pose, and a trainee standing still
    // adds nothing to the input log.
    s.bodyTimer += delta;
    if (s.bodyTimer >= BODY_PERIOD_S) {
      s.bodyTimer = 0;
      if (sim.world !== reportedTo) {
        reportedTo = sim.world;
        reported.fill(Number.NaN);
      }
      reportBody(sim, 'head', HEAD, xrInput.head, false);
      // The torso under the head (the headset knows no more): without it the model keeps its default torso.
      reportBody(sim, 'torso', TORSO, xrInput.head, true);
      if (right.connected) reportBody(sim, 'rightHand', RIGHT_HAND, right.gripPosition, false);
      if (left.connected) reportBody(sim, 'leftHand', LEFT_HAND, left.gripPosition, false);
    }

    probe.xr.grabbing = s.grabbing;
    probe.xr.guiding = s.guiding;
    probe.xr.nearTorch = near;
    probe.xr.enabling = s.enabling;
    xrProbe.leftKind = kindOf(left);
    xrProbe.rightKind = kindOf(right);
    xrProbe.rightPinch = right.pinch;
    xrProbe.rightPinchPoint[0] = right.pinchPoint.x;
    xrProbe.rightPinchPoint[1] = right.pinchPoint.y;
    xrProbe.rightPinchPoint[2] = right.pinchPoint.z;
    xrProbe.rightIndexTip[0] = right.indexTip.x;
    xrProbe.rightIndexTip[1] = right.indexTip.y;
    xrProbe.rightIndexTip[2] = right.indexTip.z;

    // The pointing ray.
    if (rayGroup.current) {
      rayGroup.current.visible = right.connected && !s.grabbing && !s.poked;
      rayGroup.current.position.copy(right.rayOrigin);
      rayGroup.current.quaternion.setFromUnitVectors(Y_AXIS, right.rayDirection);
    }
  }, -40);

  return (
    <group ref={rayGroup} visible={false}>
      <mesh position={[0, RAY_LENGTH_M / 2, 0]}>
        <cylinderGeometry args={[0.0015, 0.0015, RAY_LENGTH_M, 6]} />
        <meshBasicMaterial color="#7fd0ff" transparent opacity={0.5} />
      </mesh>
    </group>
  );
}

const Y_AXIS = new Vector3(0, 1, 0);

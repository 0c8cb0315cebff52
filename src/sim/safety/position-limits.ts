// Safety-rated position limits (UR safety planes "Normal"/"Trigger Reduced", keep-out volumes, tool orientation;
// domain/robots.md §4.6): a violation is a category 0 stop latched until restart; a trigger plane enters reduced mode.
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyState } from './safety-state.ts';
import type { StepContext } from './step-context.ts';
import { angleBetween, pointInBox, segmentIntersectsBox, signedPlaneDistance } from './geometry.ts';
import { limitSpeed } from './motion-arbiter.ts';
import { notePeakDistance, trackRule } from './safety-events.ts';
import { armLatch } from './step-context.ts';

const DEG = Math.PI / 180;
const depth = { mm: 0.5 };

/** Deepest penetration (m, negative) of the TCP — and of the links when the plane restricts them — past a plane. */
function planeSide(plane: SafetyConfig['safetyPlanes'][number], inputs: SafetyInputs): number {
  let side = signedPlaneDistance(inputs.tcpPositionM, plane.normal, plane.offsetM);
  if (plane.includeLinks) {
    for (let k = 0; k < inputs.linkCount; k++) {
      const link = inputs.links[k]!;
      const a = signedPlaneDistance(link.aM, plane.normal, plane.offsetM) - link.radiusM;
      const b = signedPlaneDistance(link.bM, plane.normal, plane.offsetM) - link.radiusM;
      if (a < side) side = a;
      if (b < side) side = b;
    }
  }
  return side;
}

function robotInBox(box: SafetyConfig['keepOutBoxes'][number], inputs: SafetyInputs): boolean {
  if (pointInBox(inputs.tcpPositionM, box)) return true;
  for (let k = 0; k < inputs.linkCount; k++) {
    const link = inputs.links[k]!;
    if (segmentIntersectsBox(link.aM, link.bM, box, link.radiusM)) return true;
  }
  return false;
}

export function checkPositionLimits(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  let planeViolated = false;
  let reduced = false;
  depth.mm = Infinity;
  for (let i = 0; i < config.safetyPlanes.length; i++) {
    const plane = config.safetyPlanes[i]!;
    if (plane.kind === 'trigger-reduced') {
      if (signedPlaneDistance(inputs.tcpPositionM, plane.normal, plane.offsetM) < 0) reduced = true;
      continue;
    }
    const side = planeSide(plane, inputs);
    if (side < 0) {
      planeViolated = true;
      if (side * 1000 < depth.mm) depth.mm = side * 1000;
    }
  }
  const planeEvent = trackRule(state, 'safety-plane', planeViolated, 'plane-crossed', 0, 'mm', 0);
  if (planeViolated) notePeakDistance(planeEvent, depth.mm);

  let inKeepOut = false;
  for (let i = 0; i < config.keepOutBoxes.length && !inKeepOut; i++)
    inKeepOut = robotInBox(config.keepOutBoxes[i]!, inputs);
  trackRule(state, 'keep-out-zone', inKeepOut, 'robot-in-keep-out', 0, 'mm', 0);

  let tiltViolated = false;
  const orient = config.toolOrientation;
  if (orient) {
    tiltViolated = angleBetween(inputs.toolAxis, orient.axis) > orient.maxTiltDeg * DEG;
    trackRule(state, 'tool-orientation', tiltViolated, 'tool-tilted', orient.maxTiltDeg, 'deg', 0);
  }
  if (planeViolated) armLatch(ctx, state.protective, 'safety-plane', 0);
  if (inKeepOut) armLatch(ctx, state.protective, 'keep-out-zone', 0);
  if (tiltViolated) armLatch(ctx, state.protective, 'tool-orientation', 0);
  ctx.limitViolated = planeViolated || inKeepOut || tiltViolated;

  ctx.reducedMode = reduced;
  trackRule(
    state,
    'reduced-mode-plane',
    reduced,
    'tool-in-reduced-zone',
    config.reducedSpeedMmPerS,
    'mm/s',
    null,
  );
  if (reduced) limitSpeed(ctx.decision, config.reducedSpeedMmPerS, 'reduced-mode-plane');
}

// The steady state of a set-up: the torch held exactly as the set-up says, far from starts and stops.
// The static `evaluateWeld` and the nominal (design) bead both use it, so they share the sampler's physics.
import type { WeldSetup } from './types.ts';
import type { TorchState } from './bead-sampler.ts';
import { createBeadSample, sampleBead } from './bead-sampler.ts';
import type { WeldContext } from './weld-context.ts';
import { prepareWeldContext } from './weld-context.ts';

/** Torch state that holds the set-up's values (no weave, on the joint line). */
export function steadyTorchState(setup: WeldSetup): TorchState {
  return {
    arcOn: true,
    ctwdMm: setup.ctwdMm,
    workAngleDeg: setup.workAngleDeg,
    travelAngleDeg: setup.travelAngleDeg,
    travelSpeedMmPerS: setup.travelSpeedMmPerS,
    aimOffsetMm: 0,
    weaveWidthMm: 0,
    weaveFrequencyHz: 0,
    gasFlowLPerMin: setup.shieldingGas === 'none' ? 0 : (setup.gasFlowLPerMin ?? 0),
    draughtMPerS: setup.draughtMPerS ?? 0,
    position: setup.position,
    clockHour: setup.clockHour ?? 12,
    passIndex: 0,
    craterFill: false,
  };
}

/** Prepare a set-up for sampling (nominal window, design bead). Call when a setting changes, not per step. */
export function prepareWeld(setup: WeldSetup): WeldContext {
  return prepareWeldContext(setup, (nominalCtx) => {
    const bead = sampleBead(nominalCtx, steadyTorchState(nominalCtx.setup), 0, createBeadSample());
    return { legMm: (bead.legAMm + bead.legBMm) / 2, throatMm: bead.throatMm };
  });
}

// Putting a fault into the cell: an injection waits in `pending` until its time or condition, then changes the
// physical state (worn tip, closed valve, bent neck…) and opens the fault's record.
import type { PrngState } from '../core/prng.ts';
import type { FaultInjection, FaultSpec, FaultsState, Xyz } from './faults-state.ts';
import { nextFloat, nextGaussian } from '../core/prng.ts';
import { TIP_LIFE_ARC_MIN } from './maintenance.ts';
import { CYLINDER_EMPTY_BAR } from './fault-diagnosis.ts';
import type { At } from './fault-log.ts';
import { openFault, raiseAlarm } from './fault-log.ts';

/** Default worn tip: one and a half shifts of arc time (§5: replace each shift). */
const DEFAULT_WORN_TIP_ARC_MIN = 1.5 * TIP_LIFE_ARC_MIN;
/** Default slipping tension: 1 on the 0–5 dial, well below the 2.5–3.5 band [sim scale]. */
const DEFAULT_LOOSE_TENSION = 1;
/** Default spatter: 70 % of the bore closed [sim tuning]. */
const DEFAULT_SPATTER = 0.7;
/** Default short burnback that freezes the wire: 20 ms vs the 70 ms typical (Kemppi DCM) [sim tuning]. */
const DEFAULT_SHORT_BURNBACK_MS = 20;
/** A crash bends the neck by 1–3 mm at the wire tip [sim tuning; ESAB: drift shifts the bead off the joint]. */
const CRASH_OFFSET_MIN_MM = 1;
const CRASH_OFFSET_MAX_MM = 3;
/** Default part variation: 1.5 mm systematic lateral shift plus ±1 mm random per part [sim tuning]. */
const DEFAULT_SYSTEMATIC_MM: Xyz = [1.5, 0, 0];
const DEFAULT_RANDOM_MM = 1;
/** Default carriage slip: 2 % of the commanded travel is lost [sim tuning]. */
const DEFAULT_SLIP_FRACTION = 0.02;

/** Queue an injection (scenario start or any time). */
export function injectFault(s: FaultsState, injection: FaultInjection): void {
  s.pending.push(injection);
}

/** Bend the torch neck: the wire tip moves by `offsetMm` (flange frame), the collision sensor trips. */
export function crashTorch(s: FaultsState, offsetMm: Xyz, at: At, cause: 'injected' | 'event'): void {
  const a = s.torch.actualTcpM;
  a[0] += offsetMm[0] / 1000;
  a[1] += offsetMm[1] / 1000;
  a[2] += offsetMm[2] / 1000;
  s.torch.collisionSensorTripped = true;
  raiseAlarm(s, 'collision', at);
  openFault(s, 'tcp-drift', cause, null, at);
}

/** A random crash offset: uniform 1–3 mm in a random direction. Draws 4 numbers. */
export function randomCrashOffsetMm(rng: PrngState): Xyz {
  const x = nextGaussian(rng),
    y = nextGaussian(rng);
  const z = nextGaussian(rng);
  const n = Math.sqrt(x * x + y * y + z * z) || 1;
  const mag = CRASH_OFFSET_MIN_MM + (CRASH_OFFSET_MAX_MM - CRASH_OFFSET_MIN_MM) * nextFloat(rng);
  return [(x / n) * mag, (y / n) * mag, (z / n) * mag];
}

/** Where the seam of the part now in the fixture lies vs the program: systematic + uniform ±a per axis. */
export function drawPartOffset(s: FaultsState, rng: PrngState): void {
  const seam = s.seam;
  for (let i = 0; i < 3; i++) {
    seam.partOffsetMm[i] = seam.systematicOffsetMm[i]! + (2 * nextFloat(rng) - 1) * seam.randomAmplitudeMm;
  }
}

/** Make the fault happen now. */
export function activateFault(s: FaultsState, spec: FaultSpec, at: At, rng: PrngState): void {
  switch (spec.fault) {
    case 'contact-tip-wear':
      s.maintenance.tipAgeArcMin = spec.tipAgeArcMin ?? DEFAULT_WORN_TIP_ARC_MIN;
      openFault(s, spec.fault, 'injected', null, at);
      return;
    case 'wire-feed-slip':
      s.wire.driveRollTension = spec.driveRollTension ?? DEFAULT_LOOSE_TENSION;
      openFault(s, spec.fault, 'injected', null, at);
      return;
    case 'bird-nest':
      s.wire.birdNest = true;
      openFault(s, spec.fault, 'injected', null, at);
      return;
    case 'gas-supply-loss': {
      if (spec.cause === 'valve-closed') s.gas.cylinderValveOpen = false;
      else if (spec.cause === 'cylinder-empty') s.maintenance.cylinderPressureBar = CYLINDER_EMPTY_BAR / 2;
      else s.gas.leak = spec.location ?? 'hose';
      const variant = spec.cause === 'leak' ? `leak-${s.gas.leak}` : spec.cause;
      openFault(s, spec.fault, 'injected', variant, at);
      return;
    }
    case 'nozzle-spatter':
      s.maintenance.nozzleSpatter = spec.spatter ?? DEFAULT_SPATTER;
      s.maintenance.antiSpatterArcMinLeft = 0;
      openFault(s, spec.fault, 'injected', null, at);
      return;
    case 'wire-stick':
      s.wire.burnbackMs = spec.burnbackMs ?? DEFAULT_SHORT_BURNBACK_MS;
      s.wire.forceStick = true;
      s.wire.stickAtArcEnd = true; // also when the weld in progress ends
      openFault(s, spec.fault, 'injected', null, at);
      return;
    case 'tcp-drift':
      crashTorch(s, spec.offsetMm ?? randomCrashOffsetMm(rng), at, 'injected');
      return;
    case 'earth-clamp-loose':
      s.earthClampTight = false;
      openFault(s, spec.fault, 'injected', null, at);
      return;
    case 'seam-variation': {
      const sys = spec.systematicOffsetMm ?? DEFAULT_SYSTEMATIC_MM;
      s.seam.systematicOffsetMm = [sys[0], sys[1], sys[2]];
      s.seam.randomAmplitudeMm = spec.randomAmplitudeMm ?? DEFAULT_RANDOM_MM;
      drawPartOffset(s, rng);
      openFault(s, spec.fault, 'injected', null, at);
      return;
    }
    case 'carriage-slip':
      s.carriage.slipFraction = spec.slipFraction ?? DEFAULT_SLIP_FRACTION;
      openFault(s, spec.fault, 'injected', null, at);
      return;
  }
}

// Test harness that drives the fault layer the way the world would: weld for a while (arc and gas on, then the
// arc ends), idle, and apply trainee intents with the arc off and the robot stopped unless told otherwise.
import type { PrngState } from '../../../src/sim/core/prng.ts';
import type {
  ArcNominal,
  ArcSymptoms,
  FaultIntent,
  FaultIntentResult,
  FaultSpec,
  FaultStepContext,
  FaultTrigger,
  FaultsState,
} from '../../../src/sim/faults/index.ts';
import {
  applyFaultIntent,
  applyFaultsToArc,
  createArcSymptoms,
  createFaultStepContext,
  createFaultsState,
  injectFault,
  stepFaults,
} from '../../../src/sim/faults/index.ts';
import { nextGaussian, seedPrng } from '../../../src/sim/core/prng.ts';
import { fromAxisAngleTranslation, mat34, multiply34 } from '../../../src/sim/core/transform.ts';

/** 10 Hz is plenty for wear and alarms and keeps long welds quick in tests. */
export const DT = 0.1;

export class FaultTestCell {
  readonly state: FaultsState = createFaultsState([0, 0, 0.4]);
  readonly rng: PrngState;
  readonly ctx: FaultStepContext = createFaultStepContext();
  readonly symptoms: ArcSymptoms = createArcSymptoms();
  readonly nominal: ArcNominal = { wireFeedSpeedMPerMin: 8, gasFlowLPerMin: 15, currentA: 220 };
  tS = 0;

  constructor(seed = 7) {
    this.rng = seedPrng(seed);
  }

  inject(spec: FaultSpec, trigger: FaultTrigger = { atS: 0 }): this {
    injectFault(this.state, { spec, trigger });
    return this;
  }

  private tick(arcOn: boolean, extra: Partial<FaultStepContext> = {}): void {
    Object.assign(
      this.ctx,
      { tS: this.tS, arcOn, gasOn: arcOn, gasFlowSetLPerMin: this.nominal.gasFlowLPerMin },
      extra,
    );
    stepFaults(this.state, this.ctx, DT, this.rng);
    applyFaultsToArc(this.state, this.nominal, this.rng, this.symptoms);
    Object.assign(this.ctx, {
      arcEnded: false,
      arcStartFailed: false,
      arcEstablished: false,
      torchCollision: false,
      newPart: false,
      travelMm: 0,
    });
    this.tS += DT;
  }

  /** Weld for `seconds` (arc and gas on), then end the arc. `each` sees the symptoms every step. */
  weld(seconds: number, each?: (s: ArcSymptoms) => void, extra: Partial<FaultStepContext> = {}): this {
    const n = Math.round(seconds / DT);
    for (let i = 0; i < n; i++) {
      this.tick(true, extra);
      each?.(this.symptoms);
    }
    this.tick(false, { arcEnded: true });
    return this;
  }

  idle(seconds: number, extra: Partial<FaultStepContext> = {}): this {
    const n = Math.max(1, Math.round(seconds / DT));
    for (let i = 0; i < n; i++) this.tick(false, extra);
    return this;
  }

  act(intent: FaultIntent, opts: { arcOn?: boolean; robotStopped?: boolean } = {}): FaultIntentResult {
    return applyFaultIntent(this.state, intent, {
      tS: this.tS,
      arcOn: opts.arcOn ?? false,
      robotStopped: opts.robotStopped ?? true,
      gasFlowSetLPerMin: this.nominal.gasFlowLPerMin,
    });
  }

  record(id: string) {
    return this.state.faults.find((f) => f.id === id);
  }

  /** Average of a symptom over `seconds` of welding. */
  mean(seconds: number, pick: (s: ArcSymptoms) => number): number {
    let sum = 0;
    let n = 0;
    this.weld(seconds, (s) => {
      sum += pick(s);
      n++;
    });
    return sum / n;
  }
}

/** Flange poses whose wire tip (tcp in the flange frame) touches `point`, from tilted orientations. */
export function touchPoses(
  tcp: [number, number, number],
  point: [number, number, number],
  tilts: [number, number, number][],
  noise = { positionMm: 0, rotationDeg: 0, seed: 1 },
): number[][] {
  const rng = seedPrng(noise.seed);
  const rx = mat34(),
    ry = mat34(),
    rz = mat34(),
    r = mat34();
  return tilts.map(([ax, ay, az]) => {
    const d = Math.PI / 180;
    const jitter = () => nextGaussian(rng) * noise.rotationDeg * d;
    fromAxisAngleTranslation('x', Math.PI + ax * d + jitter(), 0, 0, 0, rx); // torch pointing down, tilted
    fromAxisAngleTranslation('y', ay * d + jitter(), 0, 0, 0, ry);
    fromAxisAngleTranslation('z', az * d + jitter(), 0, 0, 0, rz);
    multiply34(rz, multiply34(ry, rx, r), r);
    const pose = Array.from(r);
    for (let i = 0; i < 3; i++) {
      const tipFromFlange = r[i * 4]! * tcp[0] + r[i * 4 + 1]! * tcp[1] + r[i * 4 + 2]! * tcp[2];
      pose[i * 4 + 3] = point[i]! - tipFromFlange + (nextGaussian(rng) * noise.positionMm) / 1000;
    }
    return pose;
  });
}

/** Eight distinct torch tilts (deg about x, y, then z) for touching a pointer. */
export const TILTS: [number, number, number][] = [
  [0, 0, 0],
  [30, 0, 0],
  [-30, 0, 90],
  [0, 35, 45],
  [0, -35, 180],
  [20, 20, 270],
  [-25, 15, 135],
  [15, -25, 315],
];

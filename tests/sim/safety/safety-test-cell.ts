// Test harness that drives the safety monitor the way a cell would: one robot link standing on the Z axis
// (0,0,0)–(0,0,1) m with a 60 mm radius, one tracked person whose points the test places by separation.
import type {
  SafetyConfig,
  SafetyInputs,
  SafetyOutput,
  SafetyState,
  TrackedPoint,
} from '../../../src/sim/safety/index.ts';
import {
  cobotSafetyConfig,
  createSafetyInputs,
  createSafetyState,
  stepSafety,
} from '../../../src/sim/safety/index.ts';
import { STEP_S } from '../../../src/sim/core/clock.ts';

export const LINK_RADIUS_M = 0.06;

export class SafetyTestCell {
  readonly config: SafetyConfig;
  readonly state: SafetyState;
  readonly inputs: SafetyInputs;

  constructor(config: SafetyConfig = cobotSafetyConfig()) {
    this.config = config;
    this.state = createSafetyState(config);
    this.inputs = createSafetyInputs(1, 1);
    this.inputs.linkCount = 1;
    this.inputs.links[0] = { aM: [0, 0, 0], bM: [0, 0, 1], radiusM: LINK_RADIUS_M };
    this.inputs.tcpPositionM = [0, 0, 1];
    this.inputs.arcPositionM = [0, 0, 1];
    this.inputs.partPositionM = [0, 0.5, 0.8];
  }

  get out(): SafetyOutput {
    return this.state.output;
  }

  /** Robot moving at `speed` (actual and commanded). */
  moving(speedMmPerS: number, commandedMmPerS = speedMmPerS): this {
    this.inputs.tcpSpeedMmPerS = speedMmPerS;
    this.inputs.commandedSpeedMmPerS = commandedMmPerS;
    return this;
  }

  /** One body point at a surface separation (mm) from the link, on +X at mid-height. */
  personAtSeparation(separationMm: number, part: TrackedPoint['part'] = 'torso', radiusM = 0.2): this {
    const region = part === 'head' ? 'skull-forehead' : part === 'torso' ? 'chest' : 'hand-fingers';
    const x = separationMm / 1000 + LINK_RADIUS_M + radiusM;
    const person = this.inputs.people[0]!;
    person.present = true;
    person.points = [{ part, region, positionM: [x, 0, 0.5], radiusM }];
    return this;
  }

  personAt(positionM: [number, number, number], part: TrackedPoint['part'] = 'head'): this {
    const person = this.inputs.people[0]!;
    person.present = true;
    person.points = [
      { part, region: part === 'head' ? 'skull-forehead' : 'hand-fingers', positionM, radiusM: 0.05 },
    ];
    return this;
  }

  nobody(): this {
    this.inputs.people[0]!.present = false;
    return this;
  }

  set(patch: Partial<SafetyInputs>): this {
    Object.assign(this.inputs, patch);
    return this;
  }

  /** Press and release a button over two steps (edge-triggered inputs). */
  press(button: 'resetPressed' | 'restartRequested'): this {
    this.inputs[button] = true;
    this.step();
    this.inputs[button] = false;
    return this.step();
  }

  step(n = 1, dtS = STEP_S): this {
    for (let i = 0; i < n; i++) stepSafety(this.state, this.config, this.inputs, dtS);
    return this;
  }

  eventsOf(kind: string) {
    return this.state.events.filter((e) => e.kind === kind);
  }
}

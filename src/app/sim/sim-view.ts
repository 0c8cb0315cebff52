// What the app shows of the simulation, copied out of the world state once per rendered frame into
// preallocated fields (no allocation per frame). Components read it transiently in useFrame.
export type ArcPhaseView = 'off' | 'preflow' | 'ignition' | 'welding' | 'crater' | 'burnback' | 'postflow';
export type SafetyStateView = 'normal' | 'reduced' | 'protective-stop' | 'e-stop';

export interface TechniqueView {
  /** False when the torch is nowhere near the seam (gauges greyed out). */
  valid: boolean;
  ctwdMm: number;
  workAngleDeg: number;
  travelAngleDeg: number;
  travelSpeedMmPerS: number;
  aimMm: number;
}

export interface SimView {
  /** Steps simulated so far. */
  tick: number;
  robotQ: Float64Array;
  positionerQ: Float64Array;
  /** TCP pose in the world (Mat34). */
  tcp: Float64Array;
  arcPhase: ArcPhaseView;
  arcOn: boolean;
  currentA: number;
  voltageV: number;
  technique: TechniqueView;
  safety: SafetyStateView;
  enablingDevice: 'released' | 'enabled' | 'panic';
  freedrive: boolean;
  mode: 'manual' | 'auto';
  speedOverridePercent: number;
  programState: 'idle' | 'running' | 'paused' | 'error';
  programLength: number;
  programPointer: number;
  helmetDown: boolean;
  doorOpen: boolean;
  /** Bead samples in the world state (the bead view reads new ones from the world directly). */
  beadSamples: number;
  /** Events in the world state (the HUD reads new ones from the world directly). */
  events: number;
}

export function createSimView(robotDof: number, positionerDof: number): SimView {
  return {
    tick: 0,
    robotQ: new Float64Array(robotDof),
    positionerQ: new Float64Array(positionerDof),
    tcp: new Float64Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]),
    arcPhase: 'off',
    arcOn: false,
    currentA: 0,
    voltageV: 0,
    technique: {
      valid: false,
      ctwdMm: 0,
      workAngleDeg: 0,
      travelAngleDeg: 0,
      travelSpeedMmPerS: 0,
      aimMm: 0,
    },
    safety: 'normal',
    enablingDevice: 'released',
    freedrive: false,
    mode: 'manual',
    speedOverridePercent: 100,
    programState: 'idle',
    programLength: 0,
    programPointer: -1,
    helmetDown: false,
    doorOpen: false,
    beadSamples: 0,
    events: 0,
  };
}

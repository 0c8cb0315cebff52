// The weld cycle a robot power source runs (domain/robots.md §3.4, Kemppi A7 MIG integration guide pp.58–60):
// preflow → ignition (creep wire until the arc is established, timeout = arc-start failure) → welding →
// crater fill → burnback → wire-stick check → postflow.

/** Default pre-purge time: PATON StandardMIG manual §5.3 "by default the pre-purging time is 0.5 s". */
export const PREFLOW_S = 0.5;
/** Arc establishment after preflow: Kemppi DCM cobotics start timing, typical "pre gas + wire distance + 150 ms". */
export const IGNITION_S = 0.15;
/** Crater fill (voltage/current down-slope): PATON ADI 200 manual §5.3 default 1.0 s. */
export const CRATER_FILL_S = 1.0;
/** Burnback / arc-off time: Kemppi DCM cobotics stop timing, "Arc OFF time" typical 70 ms. */
export const BURNBACK_S = 0.07;
/** Post-purge: operator set (Kemppi: cycle off = post gas time + 20 ms); we mirror PATON's 0.5 s pre-purge default. */
export const POSTFLOW_S = 0.5;
/** Arc-start retries before the controller raises "arc start failure" (Yaskawa arc retry; domain §5 "retry"). */
export const ARC_START_RETRIES = 2;

export type ArcPhase = 'off' | 'preflow' | 'ignition' | 'welding' | 'crater' | 'burnback' | 'postflow';

export interface ArcState {
  phase: ArcPhase;
  /** Time spent in the current phase, s. */
  phaseS: number;
  /** The robot program or the trainee asks for the arc. */
  requested: boolean;
  /** Total arc-on time, s (drives consumable wear). */
  arcOnS: number;
  retries: number;
  /** Gas is flowing at the nozzle (preflow, welding, postflow). */
  gasFlowing: boolean;
}

export function initialArcState(): ArcState {
  return { phase: 'off', phaseS: 0, requested: false, arcOnS: 0, retries: 0, gasFlowing: false };
}

export interface ArcStepInputs {
  /** Interlocks allow an arc (no person in the hazard zone, no stop active). */
  permitted: boolean;
  /** Probability that one ignition attempt succeeds (faults: loose earth clamp, worn tip, no gas). */
  ignitionSuccess: number;
  /** A uniform random number in [0,1) drawn from the world PRNG this step. */
  random: number;
  /** The wire froze in the pool at burnback (fault: wire stick). */
  wireStick: boolean;
}

export type ArcTransition =
  'none' | 'arc-established' | 'arc-start-failure' | 'arc-ended' | 'wire-stick' | 'arc-interrupted';

function go(st: ArcState, phase: ArcPhase): void {
  st.phase = phase;
  st.phaseS = 0;
}

/** Advance the weld cycle by dt. Returns what happened this step (for events). Mutates `st`. */
export function stepArc(st: ArcState, inp: ArcStepInputs, dtS: number): ArcTransition {
  st.phaseS += dtS;
  let result: ArcTransition = 'none';
  switch (st.phase) {
    case 'off':
      if (st.requested && inp.permitted) {
        st.retries = 0;
        go(st, 'preflow');
      }
      break;
    case 'preflow':
      if (!st.requested || !inp.permitted) go(st, 'postflow');
      else if (st.phaseS >= PREFLOW_S) go(st, 'ignition');
      break;
    case 'ignition':
      if (!st.requested || !inp.permitted) go(st, 'postflow');
      else if (st.phaseS >= IGNITION_S) {
        if (inp.random < inp.ignitionSuccess) {
          go(st, 'welding');
          result = 'arc-established';
        } else if (st.retries < ARC_START_RETRIES) {
          st.retries++;
          st.phaseS = 0;
        } else {
          st.requested = false;
          go(st, 'postflow');
          result = 'arc-start-failure';
        }
      }
      break;
    case 'welding':
      st.arcOnS += dtS;
      if (!inp.permitted) {
        // An interlock (e-stop, protective stop, person in the zone) cuts the arc at once: no crater fill.
        st.requested = false;
        go(st, 'burnback');
        result = 'arc-interrupted';
      } else if (!st.requested) go(st, 'crater');
      break;
    case 'crater':
      st.arcOnS += dtS;
      if (st.phaseS >= CRATER_FILL_S || !inp.permitted) go(st, 'burnback');
      break;
    case 'burnback':
      if (st.phaseS >= BURNBACK_S) {
        go(st, 'postflow');
        result = inp.wireStick ? 'wire-stick' : 'arc-ended';
      }
      break;
    case 'postflow':
      if (st.phaseS >= POSTFLOW_S) go(st, 'off');
      break;
  }
  st.gasFlowing = st.phase !== 'off';
  return result;
}

export function arcIsBurning(st: ArcState): boolean {
  return st.phase === 'welding' || st.phase === 'crater';
}

// Speed and separation monitoring (SSM): protective separation distance of ISO/TS 15066, carried into
// ISO 10218-2:2025 (domain/robots.md §4.3; Marvel & Norcross, RCIM 44 (2017) 144–155), constant speeds:
//   S_p = v_h·(T_r + T_s) + v_r·T_r + S_s + C + Z_d + Z_r
// This is the one function both the `safety` CLI command and the cells' run-time monitor use.

/** Inputs of S_p, named as in the `safety` command contract (shared/CONTRACTS.md). */
export interface SsmParameters {
  /** v_h: speed of the person towards the robot (ISO 13855 walking speed 1600 mm/s by default, §4.3). */
  humanSpeedMmPerS: number;
  /** v_r: robot speed towards the person. */
  robotSpeedMmPerS: number;
  /** T_r: reaction time of the robot system (sensing + processing + drive reaction). */
  reactionTimeS: number;
  /** T_s: stopping time of the robot. */
  stoppingTimeS: number;
  /** S_s: distance the robot travels while stopping. */
  stoppingDistanceMm: number;
  /** C: intrusion distance (reach-through allowed by the sensor resolution, ISO 13855). */
  intrusionDistanceMm: number;
  /** Z_d: uncertainty of the person's measured position. */
  humanUncertaintyMm: number;
  /** Z_r: uncertainty of the robot's position. */
  robotUncertaintyMm: number;
}

export type SsmZone = 'clear' | 'warning' | 'slow' | 'stop';
export type SsmDecision = 'continue' | 'stop';

export interface SsmResult {
  protectiveSeparationMm: number;
  /** The contract's decision: 'stop' exactly when separation < S_p. */
  decision: SsmDecision;
  /** Zone the person is in: inside S_p (stop), inside the reduced-speed zone (slow), warning field, clear. */
  zone: SsmZone;
}

/** Floating-point slack (1 nm) so that a separation equal to S_p up to rounding counts as "not below". */
const EQUALITY_SLACK_MM = 1e-6;

/** S_p in mm (ISO/TS 15066 eq., domain/robots.md §4.3), written into `out` (no boxed number on the per-step path). */
export function writeProtectiveSeparation(p: SsmParameters, out: { protectiveSeparationMm: number }): void {
  const humanTravel = p.humanSpeedMmPerS * (p.reactionTimeS + p.stoppingTimeS); // S_h
  const robotTravel = p.robotSpeedMmPerS * p.reactionTimeS; // S_r
  out.protectiveSeparationMm =
    humanTravel +
    robotTravel +
    p.stoppingDistanceMm +
    p.intrusionDistanceMm +
    p.humanUncertaintyMm +
    p.robotUncertaintyMm;
}

const spScratch = { protectiveSeparationMm: 0.5 };

/** S_p in mm (ISO/TS 15066 eq., domain/robots.md §4.3). */
export function protectiveSeparationDistanceMm(p: SsmParameters): number {
  writeProtectiveSeparation(p, spScratch);
  return spScratch.protectiveSeparationMm;
}

export function createSsmResult(): SsmResult {
  return { protectiveSeparationMm: 0, decision: 'continue', zone: 'clear' };
}

/** One SSM question: a measured separation and the cell's zone edges (mm; null = the cell has no such zone). */
export interface SsmQuery {
  separationMm: number;
  /** Inside it (but outside S_p) the robot slows down. */
  reducedSpeedZoneMm: number | null;
  /** Outer warning field (light/horn only). */
  warningZoneMm: number | null;
}

/** SSM decision for one measured separation, written into `out` (no allocation). */
export function evaluateSsm(p: SsmParameters, q: SsmQuery, out: SsmResult): SsmResult {
  writeProtectiveSeparation(p, out);
  const stop = q.separationMm < out.protectiveSeparationMm - EQUALITY_SLACK_MM;
  out.decision = stop ? 'stop' : 'continue';
  if (stop) out.zone = 'stop';
  else if (q.reducedSpeedZoneMm !== null && q.separationMm < q.reducedSpeedZoneMm) out.zone = 'slow';
  else if (q.warningZoneMm !== null && q.separationMm < q.warningZoneMm) out.zone = 'warning';
  else out.zone = 'clear';
  return out;
}

const fmt = (x: number): string => String(Math.round(x * 1000) / 1000);

/** The rule that decided, in words, with the numbers that went into it (for the CLI and coaching text). */
export function describeSsmRule(p: SsmParameters, separationMm: number, r: SsmResult): string {
  const terms =
    `S_p = v_h·(T_r+T_s) ${fmt(p.humanSpeedMmPerS * (p.reactionTimeS + p.stoppingTimeS))} + ` +
    `v_r·T_r ${fmt(p.robotSpeedMmPerS * p.reactionTimeS)} + S_s ${fmt(p.stoppingDistanceMm)} + ` +
    `C ${fmt(p.intrusionDistanceMm)} + Z_d ${fmt(p.humanUncertaintyMm)} + Z_r ${fmt(p.robotUncertaintyMm)} = ` +
    `${fmt(r.protectiveSeparationMm)} mm`;
  const head = `speed and separation monitoring (ISO/TS 15066, ISO 10218-2): separation ${fmt(separationMm)} mm is`;
  if (r.decision === 'stop')
    return `${head} below the protective separation distance ${terms}, so the robot must stop`;
  const verdict =
    r.zone === 'slow'
      ? 'but inside the reduced-speed zone, so the robot must slow down'
      : r.zone === 'warning'
        ? 'but inside the warning field, so the robot may continue'
        : 'so the robot may continue';
  return `${head} not below the protective separation distance ${terms}, ${verdict}`;
}

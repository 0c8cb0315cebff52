// The orbital carriage's weld program: sectors ("levels") round the clock, each with its own current, travel speed
// and oscillation (domain/robots.md §2.3, Magnatech "Recent Developments in Orbital-Welding Equipment").
import type { OrbitalSector } from '../intents.ts';
import { sin } from '../core/fmath.ts';

export interface OrbitalState {
  sectors: OrbitalSector[];
  running: boolean;
  /** Clock angle travelled from the program start, degrees. */
  travelledDeg: number;
  /** Active sector index (−1 = none). */
  sector: number;
  /** Time into the oscillation, s. */
  oscillationS: number;
  /** Torch height set point (AVC / arc length), m. */
  heightM: number;
  finished: boolean;
}

export function createOrbitalState(heightM: number): OrbitalState {
  return {
    sectors: [],
    running: false,
    travelledDeg: 0,
    sector: -1,
    oscillationS: 0,
    heightM,
    finished: false,
  };
}

/** Validate and install a sector table: sectors must be contiguous, ascending, and physically possible. */
export function setOrbitalProgram(
  st: OrbitalState,
  sectors: OrbitalSector[],
  refuse: (why: string) => void,
): void {
  if (st.running) return refuse('stop the carriage before changing its program');
  if (sectors.length === 0) return refuse('a weld program needs at least one sector');
  for (let i = 0; i < sectors.length; i++) {
    const s = sectors[i]!;
    const where = `sector ${i + 1}`;
    if (!(s.toDeg > s.fromDeg))
      return refuse(`${where}: it must end after it starts (from ${s.fromDeg}° to ${s.toDeg}°)`);
    if (i > 0 && s.fromDeg !== sectors[i - 1]!.toDeg)
      return refuse(`${where}: must start where sector ${i} ends (${sectors[i - 1]!.toDeg}°)`);
    if (!(s.currentPercent >= 30 && s.currentPercent <= 130))
      return refuse(`${where}: current must be 30–130 % of the set current`);
    if (!(s.travelSpeedMmPerS > 0 && s.travelSpeedMmPerS <= 25))
      return refuse(`${where}: travel speed must be 0–25 mm/s (carriage max 1.5 m/min)`);
    if (!(s.oscillationWidthMm >= 0 && s.oscillationWidthMm <= 30))
      return refuse(`${where}: oscillation width must be 0–30 mm (slide ±15 mm)`);
    if (!(s.oscillationHz >= 0 && s.oscillationHz <= 5))
      return refuse(`${where}: oscillation must be 0–5 Hz`);
  }
  if (sectors[sectors.length - 1]!.toDeg - sectors[0]!.fromDeg > 400)
    return refuse('the program may cover at most 400° (a full turn plus overlap)');
  st.sectors = sectors.map((s) => ({ ...s }));
  st.travelledDeg = 0;
  st.sector = 0;
  st.finished = false;
}

export interface OrbitalStepResult {
  /** Carriage joints to command: [travel rad, oscillation m, height m]. */
  q: [number, number, number];
  arcRequested: boolean;
  currentPercent: number;
  travelSpeedMmPerS: number;
  /** Travel along the joint this step, mm (for slip faults). */
  travelMm: number;
}

const result: OrbitalStepResult = {
  q: [0, 0, 0],
  arcRequested: false,
  currentPercent: 100,
  travelSpeedMmPerS: 0,
  travelMm: 0,
};

/**
 * Advance the carriage. `speedScale` from safety (0 = hold), `slipFraction` from the ring-slip fault (the carriage
 * drives but part of the travel is lost), `pipeRadiusM` for converting travel speed to angle. No allocation.
 */
export function stepOrbital(
  st: OrbitalState,
  q: readonly number[],
  pipeRadiusM: number,
  speedScale: number,
  slipFraction: number,
  dtS: number,
): OrbitalStepResult {
  result.q[0] = q[0] ?? 0;
  result.q[1] = q[1] ?? 0;
  result.q[2] = st.heightM;
  result.travelMm = 0;
  result.arcRequested = false;
  const first = st.sectors[0];
  if (!st.running || st.finished || !first) {
    result.q[1] = 0;
    return result;
  }
  const s = st.sectors[Math.max(0, st.sector)]!;
  const v = s.travelSpeedMmPerS * speedScale;
  const dThetaDeg = ((v * dtS) / (pipeRadiusM * 1000)) * (180 / Math.PI);
  st.travelledDeg += dThetaDeg * (1 - slipFraction);
  result.travelMm = v * dtS;
  const clockDeg = first.fromDeg + st.travelledDeg;
  while (st.sector < st.sectors.length - 1 && clockDeg >= st.sectors[st.sector]!.toDeg) st.sector++;
  if (clockDeg >= st.sectors[st.sectors.length - 1]!.toDeg) {
    st.finished = true;
    st.running = false;
  }
  st.oscillationS += dtS * (speedScale > 0 ? 1 : 0);
  const cur = st.sectors[st.sector]!;
  result.q[0] = (clockDeg * Math.PI) / 180;
  result.q[1] = (cur.oscillationWidthMm / 2000) * sin(2 * Math.PI * cur.oscillationHz * st.oscillationS);
  result.arcRequested = !st.finished;
  result.currentPercent = cur.currentPercent;
  result.travelSpeedMmPerS = cur.travelSpeedMmPerS;
  return result;
}

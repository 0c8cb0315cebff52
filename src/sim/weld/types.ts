// Vocabulary of the weld model: processes, materials, joints, positions and the set-up a trainee dials in.
// Field names and units follow the `weld` command contract (shared/CONTRACTS.md); conventions in domain/welding.md §0.
import type { A, DegC, Deg, LPerMin, MPerMin, MmPerS, Mm, V } from '../core/units.ts';

/** ISO 4063 process families (domain/welding.md §1). */
export const PROCESSES = ['GMAW', 'FCAW', 'GTAW', 'SMAW', 'SAW'] as const;
export type Process = (typeof PROCESSES)[number];

export const MATERIALS = ['carbon-steel', 'stainless-steel', 'aluminium'] as const;
export type Material = (typeof MATERIALS)[number];

export const JOINTS = ['fillet', 'butt', 'lap'] as const;
export type Joint = (typeof JOINTS)[number];

/** ISO 6947 welding positions (domain/welding.md §3). */
export const POSITIONS = ['PA', 'PB', 'PC', 'PD', 'PE', 'PF', 'PG', 'PH', 'PJ'] as const;
export type WeldPosition = (typeof POSITIONS)[number];

export const SHIELDING_GASES = ['Ar-18CO2', 'Ar-8CO2', 'CO2', 'Ar-2O2', 'Ar', 'Ar-He', 'none'] as const;
export type ShieldingGas = (typeof SHIELDING_GASES)[number];

export type TransferMode = 'short-circuit' | 'globular' | 'spray' | 'pulsed' | 'none';
export type QualityLevel = 'B' | 'C' | 'D' | 'reject';

/** What the trainee sets on the power source, wire feeder, gas and torch (CONTRACTS.md `weld` input). */
export interface WeldSetup {
  process: Process;
  material: Material;
  thicknessMm: Mm;
  joint: Joint;
  position: WeldPosition;
  /** GMAW/FCAW/SAW wire; GTAW tungsten; SMAW electrode core (domain §0). */
  wireDiameterMm: Mm;
  /** GMAW, FCAW, SAW: current is derived from it (domain §2.1). */
  wireFeedSpeedMPerMin?: MPerMin;
  /** GTAW, SMAW: set on the constant-current power source. */
  currentA?: A;
  voltageV: V;
  travelSpeedMmPerS: MmPerS;
  /** Contact-tip-to-work distance; arc length for GTAW/SMAW (domain §0). */
  ctwdMm: Mm;
  workAngleDeg: Deg;
  /** > 0 push (forehand), < 0 drag (backhand). */
  travelAngleDeg: Deg;
  shieldingGas: ShieldingGas;
  gasFlowLPerMin?: LPerMin;
  /** Pulsed GMAW/FCAW power source program (domain §2.2 "Pulsed"). */
  pulsed?: boolean;
  /** Air speed at the arc, m/s (AWS D1.1 limit for gas shielding: 8 km/h). */
  draughtMPerS?: number;
  /** CE(IIW) of the parent steel (domain §7). */
  carbonEquivalent?: number;
  preheatC?: DegC;
  /** Root gap of a butt joint; default from the chart rows (domain §4). */
  rootGapMm?: Mm;
  /** Pipe clock position (0–12, 12 = top) for PH/PJ. */
  clockHour?: number;
}

/** Metal-transfer category used for arithmetic (CO2 never sprays, domain §2.2). */
export type GasFamily = 'co2' | 'argon-rich' | 'inert' | 'none';

export function gasFamily(gas: ShieldingGas): GasFamily {
  if (gas === 'none') return 'none';
  if (gas === 'CO2') return 'co2';
  if (gas === 'Ar' || gas === 'Ar-He') return 'inert';
  return 'argon-rich';
}

/** Processes whose current follows the wire feed speed on a CV source (domain §0, §2.1). */
export function isWireProcess(p: Process): boolean {
  return p === 'GMAW' || p === 'FCAW' || p === 'SAW';
}

/** Processes that need an external shielding gas (FCAW without gas = self-shielded 114, domain §1). */
export function needsShieldingGas(p: Process): boolean {
  return p === 'GMAW' || p === 'GTAW';
}

/** Joints welded as fillets (a lap joint is a fillet on the sheet edge). */
export function isFilletLike(j: Joint): boolean {
  return j === 'fillet' || j === 'lap';
}

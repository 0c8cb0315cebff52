// TCP calibration by the 4-point (sphere) method (domain/robots.md §3.2; ABB N-point "TCP (default orient.)",
// KUKA XYZ 4-point, FANUC 3-point): the wire tip touches one fixed point from ≥ 4 distinct orientations. Every
// flange pose (R_i, p_i) then satisfies R_i·t + p_i = P: the flange origins lie on a sphere about the touched point
// P whose radius vector, seen from the flange, is the TCP t. Least squares over all poses:
//   minimise Σ |R_i·t − P + p_i|²  over the 6 unknowns (t, P)   (normal equations, 6×6)
// The residual |R_i·t + p_i − P| per pose says how well the touches agree; acceptance ≲ 0.5 mm (§3.2 [unverified]).

/** Acceptance of the fit: RMS distance of the touches from the fitted point (domain/robots.md §3.2 ≲ 0.5 mm). */
export const TCP_ACCEPTANCE_MM = 0.5;
/** Fewest touch poses the method needs (§3.2 "≥ 4 distinct orientations"). */
export const TCP_MIN_POSES = 4;
/** Smallest pivot of the normal equations: below it the orientations are too alike to fix t [numerical bound]. */
const MIN_PIVOT = 1e-6;

export interface TcpCalibrationResult {
  ok: boolean;
  /** Why the fit was refused: 'too-few-poses', 'orientations-too-similar', 'residual-too-large', or ''. */
  reason: string;
  /** TCP in the flange frame, m. */
  tcpM: [number, number, number];
  /** The touched point in the base frame, m. */
  pointM: [number, number, number];
  rmsResidualMm: number;
  maxResidualMm: number;
  poses: number;
}

/** Solve the n×n system A·x = b in place by Gaussian elimination with partial pivoting; false if singular. */
function solveInPlace(a: number[][], b: number[], n: number, minPivot: number): boolean {
  for (let col = 0; col < n; col++) {
    let pivotRow = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivotRow]![col]!)) pivotRow = r;
    if (Math.abs(a[pivotRow]![col]!) < minPivot) return false;
    if (pivotRow !== col) {
      const tmpRow = a[col]!;
      a[col] = a[pivotRow]!;
      a[pivotRow] = tmpRow;
      const tmpB = b[col]!;
      b[col] = b[pivotRow]!;
      b[pivotRow] = tmpB;
    }
    const rowC = a[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = a[r]!;
      const f = row[col]! / rowC[col]!;
      if (f === 0) continue;
      for (let k = col; k < n; k++) row[k] = row[k]! - f * rowC[k]!;
      b[r] = b[r]! - f * b[col]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r]!;
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= row[k]! * b[k]!;
    b[r] = s / row[r]!;
  }
  return true;
}

/**
 * Fit the TCP from flange poses (each a row-major 3×4 transform, 12 numbers, metres) that all touched one point.
 * Not a per-step function: allocates a little.
 */
export function fitTcpFourPoint(flangePoses: ReadonlyArray<ArrayLike<number>>): TcpCalibrationResult {
  const result: TcpCalibrationResult = {
    ok: false,
    reason: '',
    tcpM: [0, 0, 0],
    pointM: [0, 0, 0],
    rmsResidualMm: Infinity,
    maxResidualMm: Infinity,
    poses: flangePoses.length,
  };
  if (flangePoses.length < TCP_MIN_POSES) {
    result.reason = 'too-few-poses';
    return result;
  }
  // Rows of pose i: [R_i | −I] x = −p_i, x = (t, P). Accumulate AᵀA and Aᵀb.
  const ata: number[][] = [];
  for (let i = 0; i < 6; i++) ata.push([0, 0, 0, 0, 0, 0]);
  const atb = [0, 0, 0, 0, 0, 0];
  const row = [0, 0, 0, 0, 0, 0];
  for (const m of flangePoses) {
    for (let r = 0; r < 3; r++) {
      for (let k = 0; k < 3; k++) row[k] = m[r * 4 + k]!;
      for (let k = 0; k < 3; k++) row[3 + k] = k === r ? -1 : 0;
      const rhs = -m[r * 4 + 3]!;
      for (let i = 0; i < 6; i++) {
        atb[i] = atb[i]! + row[i]! * rhs;
        const ataRow = ata[i]!;
        for (let j = 0; j < 6; j++) ataRow[j] = ataRow[j]! + row[i]! * row[j]!;
      }
    }
  }
  if (!solveInPlace(ata, atb, 6, MIN_PIVOT * flangePoses.length)) {
    result.reason = 'orientations-too-similar';
    return result;
  }
  result.tcpM = [atb[0]!, atb[1]!, atb[2]!];
  result.pointM = [atb[3]!, atb[4]!, atb[5]!];
  const [tx, ty, tz] = result.tcpM;
  let sum2 = 0;
  let max = 0;
  for (const m of flangePoses) {
    let e2 = 0;
    for (let r = 0; r < 3; r++) {
      const tip = m[r * 4]! * tx + m[r * 4 + 1]! * ty + m[r * 4 + 2]! * tz + m[r * 4 + 3]!;
      const d = tip - result.pointM[r]!;
      e2 += d * d;
    }
    sum2 += e2;
    if (e2 > max) max = e2;
  }
  result.rmsResidualMm = Math.sqrt(sum2 / flangePoses.length) * 1000;
  result.maxResidualMm = Math.sqrt(max) * 1000;
  result.ok = result.rmsResidualMm <= TCP_ACCEPTANCE_MM;
  if (!result.ok) result.reason = 'residual-too-large';
  return result;
}

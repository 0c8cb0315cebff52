// On-line trapezoidal velocity profile along a path parameter (the classic "accelerate, cruise, brake to the
// end speed" law of robot path interpolators, evaluated one fixed step at a time so speed overrides and safety
// slow-downs act immediately and deterministically). Position advances by the trapezoidal rule
// ds = (v0 + v1)·dt/2, and the braking curve below is exact for that rule.

/**
 * Path rate after one step.
 * @param v0 rate now (≥ 0)
 * @param vTarget rate to cruise at (programmed × overrides; 0 = controlled stop on the path)
 * @param vEnd rate required at the end of the path (0 = exact stop)
 * @param a acceleration / deceleration limit (> 0)
 * @param remaining path left to the end (≥ 0)
 * @param hardEnd true when the end must not be passed (exact stop): then braking may exceed `a` if needed
 */
export function nextPathRate(
  v0: number,
  vTarget: number,
  vEnd: number,
  a: number,
  remaining: number,
  dt: number,
  hardEnd: boolean,
): number {
  let v1 = v0 <= vTarget ? Math.min(v0 + a * dt, vTarget) : Math.max(v0 - a * dt, vTarget);
  // Largest v1 from which constant deceleration a still reaches vEnd at the end:
  // v1² = vEnd² + 2a·(remaining − (v0 + v1)·dt/2)  ⇒  v1² + a·dt·v1 − (vEnd² + 2a·remaining − a·dt·v0) = 0.
  const c = vEnd * vEnd + 2 * a * remaining - a * dt * v0;
  const vBrake = c <= 0 ? 0 : (-a * dt + Math.sqrt(a * a * dt * dt + 4 * c)) / 2;
  if (v1 > vBrake) v1 = hardEnd ? vBrake : Math.max(vBrake, v0 - a * dt);
  return v1 < 0 ? 0 : v1;
}

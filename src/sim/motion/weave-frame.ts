// The weave frame (FANUC/ABB): x along the seam (path tangent), z "up" away from the work along the reversed
// torch axis (tool Z points out of the contact tip into the work, domain/robots.md §3.2), y = z × x to the left.
// With the torch normal to the surface, z is the surface normal; for a fillet it is the torch bisector.

type Out = number[] | Float64Array;

/**
 * Writes the lateral (left) and up unit axes of the weave frame for a TCP pose (rotation columns = tool axes)
 * moving along unit `tangent`. Returns false when the tangent is zero (no travel direction).
 */
export function weaveAxes(
  pose: ArrayLike<number>,
  tangent: ArrayLike<number>,
  lateral: Out,
  up: Out,
): boolean {
  const tx = tangent[0]!,
    ty = tangent[1]!,
    tz = tangent[2]!;
  if (tx * tx + ty * ty + tz * tz < 0.5) return false;
  // up = −toolZ with its component along the tangent removed.
  let ux = -pose[2]!,
    uy = -pose[6]!,
    uz = -pose[10]!;
  const d = ux * tx + uy * ty + uz * tz;
  ux -= d * tx;
  uy -= d * ty;
  uz -= d * tz;
  let n = Math.sqrt(ux * ux + uy * uy + uz * uz);
  if (n < 1e-6) {
    // Torch along the seam: take the tool X axis instead (any normal of the tangent is as good).
    ux = pose[0]!;
    uy = pose[4]!;
    uz = pose[8]!;
    const e = ux * tx + uy * ty + uz * tz;
    ux -= e * tx;
    uy -= e * ty;
    uz -= e * tz;
    n = Math.sqrt(ux * ux + uy * uy + uz * uz);
  }
  ux /= n;
  uy /= n;
  uz /= n;
  up[0] = ux;
  up[1] = uy;
  up[2] = uz;
  lateral[0] = uy * tz - uz * ty;
  lateral[1] = uz * tx - ux * tz;
  lateral[2] = ux * ty - uy * tx;
  return true;
}

// A torch pose on a straight seam as a welder would set it: wire along −normal, leaning `travelAngleDeg`
// toward the travel direction (push > 0), tip `standoffMm` above the joint line. Mat34 (12 numbers).
export function torchPoseAt(
  point: number[],
  normal: number[],
  dir: number[],
  travelAngleDeg: number,
  standoffMm = 0,
): number[] {
  const a = (travelAngleDeg * Math.PI) / 180;
  const z = [0, 1, 2].map((i) => -normal[i]! * Math.cos(a) + dir[i]! * Math.sin(a));
  const zl = Math.hypot(z[0]!, z[1]!, z[2]!);
  for (let i = 0; i < 3; i++) z[i]! /= zl;
  const dz = dir[0]! * z[0]! + dir[1]! * z[1]! + dir[2]! * z[2]!;
  const x = [0, 1, 2].map((i) => dir[i]! - dz * z[i]!);
  const xl = Math.hypot(x[0]!, x[1]!, x[2]!);
  for (let i = 0; i < 3; i++) x[i]! /= xl;
  const y = [z[1]! * x[2]! - z[2]! * x[1]!, z[2]! * x[0]! - z[0]! * x[2]!, z[0]! * x[1]! - z[1]! * x[0]!];
  const p = [0, 1, 2].map((i) => point[i]! + (normal[i]! * standoffMm) / 1000);
  return [x[0]!, y[0]!, z[0]!, p[0]!, x[1]!, y[1]!, z[1]!, p[1]!, x[2]!, y[2]!, z[2]!, p[2]!];
}

// Mat34 (row-major 3x4, the sim's transform format) into three.js objects.
import type { Matrix4, Object3D } from 'three';

export function setMatrix4FromMat34(m: Matrix4, t: ArrayLike<number>): Matrix4 {
  // prettier-ignore
  return m.set(
    t[0]!, t[1]!, t[2]!, t[3]!,
    t[4]!, t[5]!, t[6]!, t[7]!,
    t[8]!, t[9]!, t[10]!, t[11]!,
    0, 0, 0, 1,
  );
}

/** Places `o` at pose `t` (relative to its parent). */
export function applyMat34(o: Object3D, t: ArrayLike<number>): void {
  setMatrix4FromMat34(o.matrix, t);
  o.matrix.decompose(o.position, o.quaternion, o.scale);
}

// Builds one merged, vertex-coloured BufferGeometry from many primitives, so a whole machine part
// costs one draw call. Used at load time only (allocation here is fine; nothing runs per frame).
import {
  BoxGeometry,
  BufferAttribute,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Euler,
  Matrix4,
  Quaternion,
  SphereGeometry,
  TorusGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export type Axis = 'x' | 'y' | 'z';
export type V3 = readonly [number, number, number];

const Y_AXIS = new Vector3(0, 1, 0);

export class PartBuilder {
  private readonly parts: BufferGeometry[] = [];
  private readonly color = new Color();

  /** Adds `geometry` (consumed) transformed by `matrix`, painted one colour. */
  add(geometry: BufferGeometry, matrix: Matrix4, color: number): this {
    const g = geometry.index ? geometry.toNonIndexed() : geometry;
    if (g !== geometry) geometry.dispose();
    g.applyMatrix4(matrix);
    g.deleteAttribute('uv');
    this.color.setHex(color).convertSRGBToLinear();
    const n = g.getAttribute('position').count;
    const colors = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) {
      colors[i * 3] = this.color.r;
      colors[i * 3 + 1] = this.color.g;
      colors[i * 3 + 2] = this.color.b;
    }
    g.setAttribute('color', new BufferAttribute(colors, 3));
    this.parts.push(g);
    return this;
  }

  /** Axis-aligned box of size (sx, sy, sz) centred at `at`, optionally rotated (Euler XYZ, rad). */
  box(size: V3, at: V3, color: number, rotation: V3 = [0, 0, 0]): this {
    const m = new Matrix4().compose(
      new Vector3(...at),
      new Quaternion().setFromEuler(new Euler(...rotation)),
      new Vector3(1, 1, 1),
    );
    return this.add(new BoxGeometry(size[0], size[1], size[2]), m, color);
  }

  /** Cylinder (or cone with `radiusTop`) of length `length` centred at `at` along `axis`. */
  cylinder(
    radius: number,
    length: number,
    at: V3,
    axis: Axis,
    color: number,
    segments = 20,
    radiusTop = radius,
  ): this {
    const q = new Quaternion();
    if (axis === 'x') q.setFromAxisAngle(new Vector3(0, 0, 1), -Math.PI / 2);
    else if (axis === 'z') q.setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);
    const m = new Matrix4().compose(new Vector3(...at), q, new Vector3(1, 1, 1));
    return this.add(new CylinderGeometry(radiusTop, radius, length, segments), m, color);
  }

  /** Cylinder of radius `radius` from point `a` to point `b`. */
  tube(a: V3, b: V3, radius: number, color: number, segments = 16): this {
    const va = new Vector3(...a);
    const d = new Vector3(...b).sub(va);
    const length = d.length();
    if (length < 1e-9) return this;
    const q = new Quaternion().setFromUnitVectors(Y_AXIS, d.clone().normalize());
    const m = new Matrix4().compose(va.addScaledVector(d, 0.5), q, new Vector3(1, 1, 1));
    return this.add(new CylinderGeometry(radius, radius, length, segments), m, color);
  }

  sphere(radius: number, at: V3, color: number, segments = 16): this {
    const m = new Matrix4().makeTranslation(at[0], at[1], at[2]);
    return this.add(new SphereGeometry(radius, segments, Math.max(6, segments >> 1)), m, color);
  }

  /** Torus of major radius `radius` and tube radius `tube`, centred at `at`, its axis along `axis`. */
  torus(radius: number, tube: number, at: V3, axis: Axis, color: number, radial = 10, tubular = 48): this {
    const q = new Quaternion();
    if (axis === 'x') q.setFromAxisAngle(new Vector3(0, 1, 0), Math.PI / 2);
    else if (axis === 'y') q.setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);
    const m = new Matrix4().compose(new Vector3(...at), q, new Vector3(1, 1, 1));
    return this.add(new TorusGeometry(radius, tube, radial, tubular), m, color);
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  build(): BufferGeometry {
    if (this.parts.length === 0) throw new Error('PartBuilder.build(): no primitives were added');
    const merged = mergeGeometries(this.parts, false);
    if (merged == null) throw new Error('PartBuilder.build(): primitives have incompatible attributes');
    for (const p of this.parts) p.dispose();
    this.parts.length = 0;
    merged.computeBoundingSphere();
    return merged;
  }
}

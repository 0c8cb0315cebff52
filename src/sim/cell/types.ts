// Plain-data description of a welding cell: what robot, what part, what seam. Serialisable, hashed with the state.
export type Vec3Tuple = [number, number, number];
export type RotationRows = [Vec3Tuple, Vec3Tuple, Vec3Tuple];

export type Process = 'GMAW' | 'FCAW' | 'GTAW' | 'SMAW' | 'SAW';
export type Material = 'carbon-steel' | 'stainless-steel' | 'aluminium';
export type JointType = 'fillet' | 'butt' | 'lap';
export type WeldPosition = 'PA' | 'PB' | 'PC' | 'PD' | 'PE' | 'PF' | 'PG' | 'PH' | 'PJ';
export type ShieldingGas = 'Ar-18CO2' | 'Ar-8CO2' | 'CO2' | 'Ar-2O2' | 'Ar' | 'Ar-He' | 'none';
export type CellFamily = 'cobot' | 'industrial' | 'orbital';

export interface Workpiece {
  material: Material;
  thicknessMm: number;
  joint: JointType;
  position: WeldPosition;
  /** Root gap, mm. */
  gapMm: number;
  /** Seam start and end in the work-object frame (the world, or the positioner faceplate), metres. Pipe: ring centre and axis point. */
  seamStart: Vec3Tuple;
  seamEnd: Vec3Tuple;
  /** Unit normal of the surface the torch works against (bisector for a fillet), work-object frame. */
  seamNormal: Vec3Tuple;
  /** Pipe outside diameter, mm (orbital cell only). */
  pipeOdMm?: number;
  /** Carbon equivalent CE(IIW) of the batch (variation per seed). */
  carbonEquivalent: number;
}

export interface CellConfig {
  family: CellFamily;
  robotId: string;
  /** Robot base pose in the world frame (Mat34 as 12 numbers). */
  robotBase: number[];
  /** Tool centre point relative to the flange (Mat34 as 12 numbers). */
  tool: number[];
  workpiece: Workpiece;
  positionerId?: string;
  /** Positioner base in the world (Mat34); the work object rides on its faceplate. */
  positionerBase?: number[];
}

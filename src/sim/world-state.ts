// The whole digital twin as plain serialisable data. Hash it, save it, send it: it is the truth.
import type { PrngState } from './core/prng.ts';
import type { CellConfig, Vec3Tuple } from './cell/types.ts';
import type { WeldSettings } from './cell/weld-settings.ts';
import type { SimEvent } from './events.ts';

export const WORLD_SCHEMA = 1;

export interface PeopleState {
  head: Vec3Tuple;
  leftHand: Vec3Tuple;
  rightHand: Vec3Tuple;
  torso: Vec3Tuple;
  helmetDown: boolean;
  doorOpen: boolean;
}

export interface WorldStateCore {
  schema: typeof WORLD_SCHEMA;
  /** Steps since the start (fixed step, see core/clock.ts). */
  tick: number;
  rng: PrngState;
  cell: CellConfig;
  settings: WeldSettings;
  people: PeopleState;
  events: SimEvent[];
}

// What the scenario engine needs from the twin. The world (src/sim/world.ts) is adapted to this in
// world-port.ts; tests can drive the engine with any other implementation.
import type { Intent } from '../../sim/intents.ts';
import type { CellFamily, JointType, Material, Process, WeldPosition } from '../../sim/cell/types.ts';
import type { Value } from '../expr/index.ts';
import type { MaintenanceStateSpec, WeldSettingsSpec } from '../schema/cell.ts';
import type { MacroIntent } from '../schema/intent.ts';

/** Everything a scenario decides about the world it starts, after seeded variation. */
export interface ScenarioWorldInit {
  seed: number;
  family: CellFamily;
  robotId: string;
  positionerId?: string;
  process: Process;
  workpiece: {
    material: Material;
    thicknessMm: number;
    joint: JointType;
    position: WeldPosition;
    gapMm: number;
    lengthMm?: number;
    pipeOdMm?: number;
    carbonEquivalent: number;
    /** Lateral shift of the real seam from the nominal one, mm (seeded). */
    seamOffsetMm: number;
  };
  weld: WeldSettingsSpec;
  maintenance: MaintenanceStateSpec;
}

/** A fault or safety event the scenario injects. */
export interface Injection {
  kind: 'fault' | 'safety';
  type: string;
  params: Readonly<Record<string, number | string | boolean | readonly number[]>>;
}

export interface SimPort<W> {
  createWorld(init: ScenarioWorldInit): W;
  /** Advance one fixed step (1/180 s) applying `intents` at its start; may mutate and return `world`. */
  step(world: W, intents: readonly Intent[]): W;
  /** Make a fault or safety event happen now. */
  inject(world: W, injection: Injection): W;
  /** Readers for the measurement names of measurements/catalogue.ts. */
  readonly readers: ReadonlyMap<string, (world: W) => Value>;
  /** Safety incidents the world has recorded so far (append-only): the rule (`kind`) and onset time `tS`. */
  safetyEvents(world: W): ReadonlyArray<{ readonly kind: string; readonly tS: number }>;
  /** Stable hash of the whole world state. */
  hash(world: W): string;
  /** Weld-model coaching lines at the end of an attempt (English), if the twin gives any. */
  advice?(world: W): readonly string[];
  /**
   * Robot joints that put the torch where a teachSeamPoint shortcut says (undefined: out of reach), on the IK
   * branch nearest to `near` (the previously taught point) so a taught path keeps one arm configuration.
   */
  seamTargetJoints?(
    world: W,
    init: ScenarioWorldInit,
    point: MacroIntent,
    near: readonly number[] | undefined,
  ): number[] | undefined;
}

// The attempt re-run once through the pure engine (createScenarioRun + the logged intents, exactly as
// replayAttempt does), with what the world received at each step kept aside: the sim intents and the injected
// faults. Any tick can then be rebuilt from the nearest checkpoint (a structuredClone of the world every few
// seconds) by stepping the world forward with the same inputs: scrubbing costs at most one checkpoint span.
import type { Scenario } from '../../scenario/model.ts';
import type { Attempt } from '../../scenario/engine/replay.ts';
import { ReplayError } from '../../scenario/engine/replay.ts';
import { createScenarioRun } from '../../scenario/engine/run.ts';
import type { Injection, SimPort } from '../../scenario/engine/sim-port.ts';
import type { AttemptResult } from '../../scenario/grading/types.ts';
import { asAnyIntent } from '../../scenario/schema/intent.ts';
import { worldPort } from '../../scenario/world/port.ts';
import { STEP_HZ } from '../../sim/core/clock.ts';
import type { Intent } from '../../sim/intents.ts';
import type { WorldState } from '../../sim/world-state.ts';

/** A checkpoint every 2 s of attempt: a scrub re-simulates at most 360 steps (a few ms). */
export const CHECKPOINT_EVERY_TICKS = 2 * STEP_HZ;

export type MarkerKind = 'arc-on' | 'arc-off' | 'fault' | 'safety' | 'phase';

export interface TimelineMarker {
  tick: number;
  kind: MarkerKind;
  /** Event code or phase id, for the tooltip. */
  code: string;
}

export interface ReplayTimeline {
  readonly endTick: number;
  /** The result the replay gives (the engine's own grading, for checking the one shown). */
  readonly result: AttemptResult;
  /** The world at the end of the attempt. */
  readonly finalWorld: WorldState;
  readonly checkpointTicks: readonly number[];
  readonly markers: readonly TimelineMarker[];
  /** Tick at which each bead record was laid (index = record). */
  readonly recordTicks: readonly number[];
  /** Wire tip in the world (x, y, z per record, m) when each record was laid: places an orbital bead. */
  readonly recordTip: readonly number[];
  /** The world at `tick` (0…endTick). The returned object is the timeline's cursor: read it, do not keep it. */
  worldAt(tick: number): WorldState;
}

interface Recorder {
  intents: Map<number, Intent[]>;
  injections: Map<number, Injection[]>;
}

function recordingPort(rec: Recorder): SimPort<WorldState> {
  return {
    ...worldPort,
    step(w, intents) {
      // The run reuses its intent array: keep a copy of what this step received.
      if (intents.length > 0) rec.intents.set(w.tick, structuredClone([...intents]));
      return worldPort.step(w, intents);
    },
    inject(w, injection) {
      const list = rec.injections.get(w.tick) ?? [];
      list.push(structuredClone(injection));
      rec.injections.set(w.tick, list);
      return worldPort.inject(w, injection);
    },
  };
}

const NO_INTENTS: readonly Intent[] = [];

/** Same checks and loop as replayAttempt (src/scenario/engine/replay.ts), plus checkpoints and markers. */
export function buildReplayTimeline(
  scenario: Scenario,
  attempt: Attempt,
  checkpointEveryTicks = CHECKPOINT_EVERY_TICKS,
): ReplayTimeline {
  const spec = scenario.spec;
  if (attempt.scenarioId !== spec.id)
    throw new ReplayError(`attempt is for scenario ${attempt.scenarioId}, not ${spec.id}`);
  if (String(attempt.version) !== String(spec.version))
    throw new ReplayError(
      `attempt is for ${spec.id} version ${attempt.version}, but ${spec.version} is loaded`,
    );
  const rec: Recorder = { intents: new Map(), injections: new Map() };
  const port = recordingPort(rec);
  const run = createScenarioRun(scenario, port);
  run.start(attempt.seed);
  const checkpoints = new Map<number, WorldState>([[0, structuredClone(run.world)]]);
  const markers: TimelineMarker[] = [];
  const recordTicks: number[] = [];
  const recordTip: number[] = [];
  const maxTicks = Math.ceil(spec.timeLimitS * STEP_HZ) + 1;
  const endTick = Math.min(attempt.endTick ?? maxTicks, maxTicks);
  let k = 0;
  let phaseIndex = -1;
  let events = 0;
  while (!run.finished && run.tick < endTick) {
    const tick = run.tick;
    while (k < attempt.log.length && attempt.log[k]!.tick <= tick)
      run.applyIntent(asAnyIntent(attempt.log[k++]!.intent));
    run.step();
    const w = run.world;
    const state = run.state;
    if (state.phaseIndex !== phaseIndex && state.phaseId !== undefined) {
      phaseIndex = state.phaseIndex;
      markers.push({ tick: w.tick, kind: 'phase', code: state.phaseId });
    }
    for (; events < w.events.length; events++) {
      const e = w.events[events]!;
      const kind: MarkerKind | null =
        e.kind === 'arc-start'
          ? 'arc-on'
          : e.kind === 'arc-end'
            ? 'arc-off'
            : e.kind === 'fault' || e.kind === 'alarm' || e.kind === 'collision'
              ? 'fault'
              : e.kind === 'safety'
                ? 'safety'
                : null;
      if (kind) markers.push({ tick: e.tick, kind, code: e.code });
    }
    while (recordTicks.length < w.bead.seamMm.length) {
      recordTicks.push(w.tick);
      recordTip.push(w.tcpWorld[3]!, w.tcpWorld[7]!, w.tcpWorld[11]!);
    }
    if (w.tick % checkpointEveryTicks === 0) checkpoints.set(w.tick, structuredClone(w));
  }
  if (!run.finished) run.end('log-ended');
  const result = run.result();
  const finalWorld = run.world;
  for (const [tick, list] of rec.injections)
    for (const inj of list)
      markers.push({ tick, kind: inj.kind === 'fault' ? 'fault' : 'safety', code: inj.type });
  markers.sort((a, b) => a.tick - b.tick);
  const checkpointTicks = [...checkpoints.keys()].sort((a, b) => a - b);
  const lastTick = finalWorld.tick;

  let cursor: WorldState | null = null;
  function worldAt(tick: number): WorldState {
    const target = Math.max(0, Math.min(lastTick, Math.round(tick)));
    if (target === lastTick) return finalWorld;
    let from = 0;
    for (const t of checkpointTicks) if (t <= target) from = t;
    // Step on from the cursor when it is behind the target and nearer than the checkpoint.
    if (!cursor || cursor.tick > target || cursor.tick < from)
      cursor = structuredClone(checkpoints.get(from)!);
    while (cursor.tick < target) {
      const t = cursor.tick;
      const inj = rec.injections.get(t);
      if (inj) for (const i of inj) cursor = worldPort.inject(cursor, i);
      cursor = worldPort.step(cursor, rec.intents.get(t) ?? NO_INTENTS);
    }
    return cursor;
  }

  return {
    endTick: lastTick,
    result,
    finalWorld,
    checkpointTicks,
    markers,
    recordTicks,
    recordTip,
    worldAt,
  };
}

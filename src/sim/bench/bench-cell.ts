// A reference weld job for `weldtwin bench`: a UR10e welds a 300 mm, 10 mm fillet (PB, chart row 12 class) with a
// 2 Hz, 4 mm zig-zag weave, repeatedly. Pure data: the CLI measures time around it.
import type { WorldInit } from '../world-state.ts';
import type { LoggedIntent } from '../intents.ts';
import type { MotionProgram } from '../motion/index.ts';
import { secondsToTicks } from '../core/clock.ts';
import { parkJoints, seamWeldProgram, standardCell } from '../cell/standard-cells.ts';

/** Each cycle ends back at the park pose, so the next run's MoveJ approaches from clear of the part. */
function withReturnToPark(p: MotionProgram): MotionProgram {
  p.targets['park'] = { kind: 'joints', joints: parkJoints('cobot') };
  p.instructions.push({ type: 'MoveJ', to: 'park', speed: { kind: 'percent', percent: 30 }, zone: 'fine' });
  return p;
}

export function benchInit(): WorldInit {
  const cell = standardCell('cobot', {
    material: 'carbon-steel',
    thicknessMm: 10,
    joint: 'fillet',
    position: 'PB',
  });
  return {
    seed: 'bench',
    cell,
    // Chart row 11/12 class settings (domain/welding.md §4): 1.2 mm wire, Ar-18CO2, 27 V, 45 cm/min.
    settings: {
      process: 'GMAW',
      wireDiameterMm: 1.2,
      wireFeedSpeedMPerMin: 6.7,
      currentA: 0,
      voltageV: 27,
      travelSpeedMmPerS: 7.5,
      shieldingGas: 'Ar-18CO2',
      gasFlowLPerMin: 15,
      pulsed: false,
    },
    joints: parkJoints('cobot'),
    program: withReturnToPark(
      seamWeldProgram(cell, { speedMmPerS: 7.5, weave: { pattern: 'zigzag', widthMm: 4, frequencyHz: 2 } }),
    ),
  };
}

/** Input log of an attempt of `minutes`: automatic mode, run the program again every 55 s, a few knob turns. */
export function benchLog(minutes: number): LoggedIntent[] {
  const log: LoggedIntent[] = [{ tick: 0, intent: { type: 'setMode', mode: 'auto' } }];
  const cycleS = 55;
  for (let t = 0, k = 0; t < minutes * 60; t += cycleS, k++) {
    log.push({ tick: secondsToTicks(t) + 1, intent: { type: 'runProgram' } });
    log.push({
      tick: secondsToTicks(t + 20),
      intent: { type: 'setWeld', key: 'voltageV', value: k % 2 ? 27 : 27.5 },
    });
  }
  log.push({ tick: secondsToTicks(minutes * 60) - 1, intent: { type: 'helmet', down: false } });
  return log.filter((e) => e.tick < secondsToTicks(minutes * 60)).sort((a, b) => a.tick - b.tick);
}

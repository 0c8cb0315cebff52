// A reference weld job for `weldtwin bench`: a UR10e welds a 300 mm, 10 mm fillet (PB, chart row 12 class) with a
// 2 Hz, 4 mm zig-zag weave, repeatedly. Pure data: the CLI measures time around it.
import type { WorldInit } from '../world-state.ts';
import type { LoggedIntent } from '../intents.ts';
import type { MotionProgram } from '../motion/index.ts';
import { defaultTorch } from '../robot/index.ts';
import { secondsToTicks } from '../core/clock.ts';

function torchPose(
  point: readonly number[],
  normal: readonly number[],
  dir: readonly number[],
  travelAngleDeg: number,
  standoffMm: number,
): number[] {
  const a = (travelAngleDeg * Math.PI) / 180;
  const z = [0, 1, 2].map((i) => -normal[i]! * Math.cos(a) + dir[i]! * Math.sin(a));
  const zl = Math.hypot(z[0]!, z[1]!, z[2]!);
  const zn = z.map((v) => v / zl);
  const dz = dir[0]! * zn[0]! + dir[1]! * zn[1]! + dir[2]! * zn[2]!;
  const x = [0, 1, 2].map((i) => dir[i]! - dz * zn[i]!);
  const xl = Math.hypot(x[0]!, x[1]!, x[2]!);
  const xn = x.map((v) => v / xl);
  const y = [
    zn[1]! * xn[2]! - zn[2]! * xn[1]!,
    zn[2]! * xn[0]! - zn[0]! * xn[2]!,
    zn[0]! * xn[1]! - zn[1]! * xn[0]!,
  ];
  const p = [0, 1, 2].map((i) => point[i]! + (normal[i]! * standoffMm) / 1000);
  return [xn[0]!, y[0]!, zn[0]!, p[0]!, xn[1]!, y[1]!, zn[1]!, p[1]!, xn[2]!, y[2]!, zn[2]!, p[2]!];
}

export function benchInit(): WorldInit {
  const seamStart: [number, number, number] = [-0.15, -0.6, 0];
  const seamEnd: [number, number, number] = [0.15, -0.6, 0];
  const normal: [number, number, number] = [0, Math.SQRT1_2, Math.SQRT1_2];
  const dir = [1, 0, 0];
  const program: MotionProgram = {
    targets: {
      approach: { kind: 'pose', pose: torchPose(seamStart, normal, dir, 10, 30) },
      start: { kind: 'pose', pose: torchPose(seamStart, normal, dir, 10, 0) },
      end: { kind: 'pose', pose: torchPose(seamEnd, normal, dir, 10, 0) },
      depart: { kind: 'pose', pose: torchPose(seamEnd, normal, dir, 10, 40) },
    },
    instructions: [
      { type: 'MoveJ', to: 'approach', speed: { kind: 'percent', percent: 30 }, zone: 'fine' },
      { type: 'MoveL', to: 'start', speedMmPerS: 50, zone: 'fine' },
      {
        type: 'MoveL',
        to: 'end',
        speedMmPerS: 7.5,
        zone: 'fine',
        arc: true,
        weave: { pattern: 'zigzag', widthMm: 4, frequencyHz: 2 },
      },
      { type: 'MoveL', to: 'depart', speedMmPerS: 100, zone: 'fine' },
    ],
  };
  return {
    seed: 'bench',
    cell: {
      family: 'cobot',
      robotId: 'ur10e',
      robotBase: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
      tool: Array.from(defaultTorch.tcp),
      workpiece: {
        material: 'carbon-steel',
        thicknessMm: 10,
        joint: 'fillet',
        position: 'PB',
        gapMm: 0,
        seamStart,
        seamEnd,
        seamNormal: normal,
        carbonEquivalent: 0.38,
      },
    },
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
    joints: [0, -1.2, 1.6, -1.97, -1.57, 0],
    program,
  };
}

/** Input log of an attempt of `minutes`: automatic mode, run the program again every 50 s, a few knob turns. */
export function benchLog(minutes: number): LoggedIntent[] {
  const log: LoggedIntent[] = [{ tick: 0, intent: { type: 'setMode', mode: 'auto' } }];
  const cycleS = 50;
  for (let t = 0, k = 0; t < minutes * 60; t += cycleS, k++) {
    log.push({ tick: secondsToTicks(t) + 1, intent: { type: 'runProgram' } });
    log.push({
      tick: secondsToTicks(t + 20),
      intent: { type: 'setWeld', key: 'voltageV', value: k % 2 ? 27 : 27.5 },
    });
  }
  log.push({ tick: secondsToTicks(minutes * 60) - 1, intent: { type: 'helmet', down: false } });
  return log;
}

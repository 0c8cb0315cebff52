// Alarms the robot controller / power source raises for process faults (domain/robots.md §5 "Alarms to emulate":
// arc start failure, wire stick, gas low, collision detection, wire out/feed fault). Codes are the sim's own;
// text keys index the app's i18n tables.

export type AlarmId = 'arc-start-failure' | 'wire-stick' | 'gas-low' | 'collision' | 'feed-fault';

export interface AlarmInfo {
  code: string;
  textKey: string;
  /** The controller holds the program while the alarm is active. */
  holdsProgram: boolean;
}

export const ALARMS: Readonly<Record<AlarmId, AlarmInfo>> = {
  // Arc not established after the retries (§3.4 weld cycle: "timeout ⇒ arc-start failure, retry").
  'arc-start-failure': { code: 'ARC-001', textKey: 'alarm.arcStartFailure', holdsProgram: true },
  // Wire frozen in the pool after burnback (Kemppi A7 "WireStuck" bit, §3.4): robot must not move.
  'wire-stick': { code: 'ARC-002', textKey: 'alarm.wireStick', holdsProgram: true },
  // Flow switch below the porosity threshold (§5 "flow-switch alarm").
  'gas-low': { code: 'GAS-001', textKey: 'alarm.gasLow', holdsProgram: true },
  // Collision sensor (clutch) tripped: collision stop (§5).
  collision: { code: 'COL-001', textKey: 'alarm.collisionDetected', holdsProgram: true },
  // Wire out / feed fault: wire not moving (bird-nest, §5).
  'feed-fault': { code: 'FED-001', textKey: 'alarm.wireFeedFault', holdsProgram: true },
};

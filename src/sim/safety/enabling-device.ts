// Three-position enabling device (hold-to-run): position 1 released = stop, position 2 middle = enable,
// position 3 squeezed (panic) = stop. Going from 3 back to 2 must not enable: the device has to be released first
// (IEC 60204-1 10.9, ISO 10218-1; domain/robots.md §4.1). Names follow the world intent
// `{type:'enablingDevice', position:'released'|'enabled'|'panic'}`.
import type { SafetyRule } from './rules.ts';

export type EnablingPosition = 'released' | 'enabled' | 'panic';

export interface EnablingDeviceState {
  position: EnablingPosition;
  /** Set by the panic position, cleared only by a full release. */
  lockout: boolean;
}

export function createEnablingDeviceState(): EnablingDeviceState {
  return { position: 'released', lockout: false };
}

/** Update with the device's current position; returns whether it enables motion. */
export function updateEnablingDevice(st: EnablingDeviceState, position: EnablingPosition): boolean {
  st.position = position;
  if (position === 'panic') st.lockout = true;
  else if (position === 'released') st.lockout = false;
  return position === 'enabled' && !st.lockout;
}

/** Why the device does not enable motion (null when it does). */
export function enablingStopRule(st: EnablingDeviceState): SafetyRule | null {
  if (st.position === 'released') return 'enabling-device-released';
  if (st.position === 'panic') return 'enabling-device-panic';
  return st.lockout ? 'enabling-device-not-rearmed' : null;
}

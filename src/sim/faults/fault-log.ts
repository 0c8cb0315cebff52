// Fault timeline bookkeeping: events, alarms, and each fault's onset / detection / fix times.
// Allocates only when something changes (an event, an alarm, a new fault record).
import type { AlarmId } from './alarms.ts';
import type { FaultId } from './fault-catalog.ts';
import type { ActiveFault, FaultEvent, FaultsState } from './faults-state.ts';
import { ALARMS } from './alarms.ts';
import { faultPresent, symptomVisible } from './fault-diagnosis.ts';

/** Bound on stored fault events so a runaway attempt cannot grow memory without limit. */
export const MAX_FAULT_EVENTS = 10000;

/**
 * When something happens: the step or intent context. Passed as an object rather than a bare number so per-step
 * calls do not box the time value.
 */
export interface At {
  tS: number;
}

export function logFaultEvent(s: FaultsState, e: FaultEvent): void {
  if (s.events.length < MAX_FAULT_EVENTS) s.events.push(e);
}

export function raiseAlarm(s: FaultsState, id: AlarmId, at: At): void {
  for (let i = 0; i < s.alarms.length; i++) if (s.alarms[i]!.id === id) return;
  s.alarms.push({ id, code: ALARMS[id].code, raisedS: at.tS });
  logFaultEvent(s, { tS: at.tS, kind: 'alarm-raised', fault: null, intent: null, key: ALARMS[id].textKey });
}

export function clearAlarm(s: FaultsState, id: AlarmId, at: At): void {
  for (let i = 0; i < s.alarms.length; i++) {
    if (s.alarms[i]!.id !== id) continue;
    s.alarms.splice(i, 1);
    logFaultEvent(s, {
      tS: at.tS,
      kind: 'alarm-cleared',
      fault: null,
      intent: null,
      key: ALARMS[id].textKey,
    });
    return;
  }
}

/** The unfixed record of a fault, or null. */
export function openFaultRecord(s: FaultsState, id: FaultId): ActiveFault | null {
  for (let i = 0; i < s.faults.length; i++) {
    const f = s.faults[i]!;
    if (f.id === id && f.fixedS === null) return f;
  }
  return null;
}

/** Start tracking a fault (or keep the open record). */
export function openFault(
  s: FaultsState,
  id: FaultId,
  cause: ActiveFault['cause'],
  variant: string | null,
  at: At,
): ActiveFault {
  const open = openFaultRecord(s, id);
  if (open) return open;
  const f: ActiveFault = { id, cause, variant, startS: at.tS, onsetS: null, detectedS: null, fixedS: null };
  s.faults.push(f);
  logFaultEvent(s, { tS: at.tS, kind: 'injected', fault: id, intent: null, key: `fault.${cause}` });
  return f;
}

/**
 * Mark onsets (when `arcOn` is known, i.e. from the step) and fixes: a tracked fault whose cause is gone is fixed.
 */
export function refreshFaults(s: FaultsState, at: At, arcOn: boolean | null): void {
  for (let i = 0; i < s.faults.length; i++) {
    const f = s.faults[i]!;
    if (f.fixedS !== null) continue;
    if (!faultPresent(f.id, s)) {
      f.fixedS = at.tS;
      logFaultEvent(s, { tS: at.tS, kind: 'fixed', fault: f.id, intent: null, key: 'fault.fixed' });
    } else if (f.onsetS === null && arcOn !== null && symptomVisible(f.id, s, arcOn)) {
      f.onsetS = at.tS;
      logFaultEvent(s, { tS: at.tS, kind: 'onset', fault: f.id, intent: null, key: 'fault.onset' });
    }
  }
}
